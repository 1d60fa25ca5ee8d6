package org.srodesk.service;

import org.srodesk.domain.account.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.srodesk.persistence.Database;
import org.srodesk.testing.Backend;
import org.srodesk.testing.TestDatabases;

/** Hand-written reference files for service tests, and helpers to write and compare them. */
final class ReferenceFixture {

    static final Actor SERGEANT = new Actor("sgt.ramirez", "Sgt. Ramirez", Role.SERGEANT);

    /** Import date of most tests: Monday 2 March 2026. */
    static final Clock MARCH_2 = Clock.fixed(Instant.parse("2026-03-02T15:00:00Z"), ZoneOffset.UTC);

    static final String SCHOOLS = "\uFEFFcode,name,level,address,principal_name,principal_email,phone,zone\r\n"
            + "CEN,Central High,HIGH,\"275 Lexington Pkwy N, Saint Paul\",Ana Peña,pena@example.org,651-555-0100,West\r\n"
            + "HAR,Harding High,HIGH,1540 6th St E,\"Smith, \"\"Bo\"\"\",smith@example.org,651-555-0200,East\r\n"
            + "WASH,Washington Tech,MIDDLE,1495 Rice St,Lee Vang,vang@example.org,,North\r\n";

    static final String OFFICERS = "badge,last_name,first_name,rank,role,home_school,phone,email,zone\n"
            + "100,Nguyễn,Linh,Ofc.,PRIMARY_SRO,CEN,651-555-0111,linh@example.org,West\n"
            + "200,Peña,José,Ofc.,PRIMARY_SRO,HAR,,jose@example.org,East\n"
            + "300,Olson,Kari,Sgt.,ROVER,,,kari@example.org,\n";

    static final String CALENDAR = "date,in_session,note\r\n"
            + "2026-03-09,true,\r\n"
            + "2026-03-10,true,\"Early release, 1 pm\"\r\n"
            + "2026-03-14,false,Weekend\r\n";

    /** The first data row spans two physical lines, so the second row is on line 4. */
    static final String TIME_OFF = "badge,kind,start_date,end_date,status,note\r\n"
            + "100,VACATION,2026-03-09,2026-03-13,APPROVED,\"Family trip,\r\nback Monday\"\r\n"
            + "200,SICK,2026-03-10,2026-03-10,REQUESTED,\r\n";

    static final String CALLS = "school_code,date,count\r\n"
            + "CEN,2026-03-09,4\r\n"
            + "HAR,2026-03-09,0\r\n"
            + "CEN,2026-03-10,2\r\n";

    static final List<String> TABLES = List.of("school", "officer", "calendar_day", "assignment",
            "time_off_request", "reassignment", "coverage_assignment", "calls_for_service", "unit_event",
            "app_setting");

    private ReferenceFixture() {
    }

    /** All five files of the fixture, by file name, in import order. */
    static Map<String, String> allFiles() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("schools.csv", SCHOOLS);
        files.put("officers.csv", OFFICERS);
        files.put("calendar.csv", CALENDAR);
        files.put("time_off.csv", TIME_OFF);
        files.put("calls_for_service.csv", CALLS);
        return files;
    }

    static Path write(Path folder, Map<String, String> files) throws IOException {
        Files.createDirectories(folder);
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        return folder;
    }

    static Path write(Path folder, String fileName, String content) throws IOException {
        return write(folder, Map.of(fileName, content));
    }

    static Database freshDatabase(Backend backend) {
        return TestDatabases.open(backend, "csv");
    }

    /** Row count of every table, to show that a refused import wrote nothing. */
    static Map<String, Integer> rowCounts(Database database) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        database.useTransaction(h -> {
            for (String table : TABLES) {
                counts.put(table, h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
            }
        });
        return counts;
    }

    /** The text of every file in {@code folder}, by name. */
    static Map<String, String> readAll(Path folder) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (var paths = Files.list(folder)) {
            for (Path file : paths.sorted().toList()) {
                files.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
