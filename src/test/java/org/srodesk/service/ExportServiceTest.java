package org.srodesk.service;

import org.srodesk.testing.Actors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.srodesk.service.ReferenceFixture.MARCH_2;
import static org.srodesk.service.ReferenceFixture.SERGEANT;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srodesk.domain.Assignment;
import org.srodesk.domain.Officer;
import org.srodesk.domain.OfficerRole;
import org.srodesk.domain.School;
import org.srodesk.domain.SchoolLevel;
import org.srodesk.persistence.AssignmentDao;
import org.srodesk.persistence.Database;
import org.srodesk.persistence.OfficerDao;
import org.srodesk.persistence.SchoolDao;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.srodesk.testing.Backend;

@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class ExportServiceTest {

    @TempDir
    Path temp;

    private final Database database;

    ExportServiceTest(Backend backend) {
        database = ReferenceFixture.freshDatabase(backend);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void rowsAreWrittenInAStableOrderWithTheExactHeaders() throws IOException {
        new ImportService(database, MARCH_2).importFolder(
                ReferenceFixture.write(temp.resolve("in"), ReferenceFixture.allFiles()), SERGEANT, ImportProgress.none());
        Path out = temp.resolve("out");

        Map<String, Integer> written = new ExportService(database, MARCH_2).exportFolder(out, Actors.SERGEANT);

        assertEquals(Map.of("schools.csv", 3, "officers.csv", 3, "calendar.csv", 3, "time_off.csv", 2,
                "calls_for_service.csv", 3), written);
        assertEquals("\uFEFFschool_code,date,count\r\nCEN,2026-03-09,4\r\nHAR,2026-03-09,0\r\nCEN,2026-03-10,2\r\n",
                read(out, "calls_for_service.csv"));
        assertEquals("\uFEFFbadge,last_name,first_name,rank,role,home_school,phone,email,zone\r\n"
                + "100,Nguyễn,Linh,Ofc.,PRIMARY_SRO,CEN,651-555-0111,linh@example.org,West\r\n"
                + "200,Peña,José,Ofc.,PRIMARY_SRO,HAR,,jose@example.org,East\r\n"
                + "300,Olson,Kari,Sgt.,ROVER,,,kari@example.org,\r\n", read(out, "officers.csv"));
        assertEquals("\uFEFFbadge,kind,start_date,end_date,status,note\r\n"
                + "100,VACATION,2026-03-09,2026-03-13,APPROVED,\"Family trip,\r\nback Monday\"\r\n"
                + "200,SICK,2026-03-10,2026-03-10,REQUESTED,\r\n", read(out, "time_off.csv"));
    }

    @Test
    void homeSchoolIsThePostCoveringTodayElseTheLatestElseNoneAndNeverForARover() throws IOException {
        database.useTransaction(h -> {
            SchoolDao schools = h.attach(SchoolDao.class);
            long cen = schools.insert(new School(0, "CEN", "Central", SchoolLevel.HIGH, "", "", "", "", ""));
            long har = schools.insert(new School(0, "HAR", "Harding", SchoolLevel.HIGH, "", "", "", "", ""));
            OfficerDao officers = h.attach(OfficerDao.class);
            long a = officers.insert(officer("A", OfficerRole.PRIMARY_SRO));
            long b = officers.insert(officer("B", OfficerRole.PRIMARY_SRO));
            long c = officers.insert(officer("C", OfficerRole.PRIMARY_SRO));
            long d = officers.insert(officer("D", OfficerRole.ROVER));
            AssignmentDao assignments = h.attach(AssignmentDao.class);
            // A: covered today by HAR although a later CEN post is planned.
            assignments.insert(new Assignment(0, a, har, LocalDate.of(2025, 8, 25), LocalDate.of(2026, 6, 30)));
            assignments.insert(new Assignment(0, a, cen, LocalDate.of(2026, 8, 31), null));
            // B: nothing today; the latest-starting post is CEN.
            assignments.insert(new Assignment(0, b, har, LocalDate.of(2024, 8, 26), LocalDate.of(2025, 6, 30)));
            assignments.insert(new Assignment(0, b, cen, LocalDate.of(2025, 8, 25), LocalDate.of(2026, 1, 31)));
            // D: a rover with an old post.
            assignments.insert(new Assignment(0, d, har, LocalDate.of(2025, 8, 25), null));
        });
        Path out = temp.resolve("out");

        new ExportService(database, MARCH_2).exportFolder(out, Actors.SERGEANT);

        assertEquals("\uFEFFbadge,last_name,first_name,rank,role,home_school,phone,email,zone\r\n"
                + "A,Last,First,,PRIMARY_SRO,HAR,,,\r\n"
                + "B,Last,First,,PRIMARY_SRO,CEN,,,\r\n"
                + "C,Last,First,,PRIMARY_SRO,,,,\r\n"
                + "D,Last,First,,ROVER,,,,\r\n", read(out, "officers.csv"));
    }

    @Test
    void anEmptyDatabaseExportsHeadersOnly() throws IOException {
        Path out = temp.resolve("out");
        new ExportService(database, MARCH_2).exportFolder(out, Actors.SERGEANT);
        assertEquals("\uFEFFdate,in_session,note\r\n", read(out, "calendar.csv"));
        assertEquals(5, ReferenceFixture.readAll(out).size());
    }

    private static Officer officer(String badge, OfficerRole role) {
        return new Officer(0, badge, "Last", "First", "", role, "", "", "");
    }

    private static String read(Path folder, String name) throws IOException {
        return Files.readString(folder.resolve(name), StandardCharsets.UTF_8);
    }
}
