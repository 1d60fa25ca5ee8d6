package org.srodesk.service;

import org.srodesk.testing.Actors;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.srodesk.service.ReferenceFixture.MARCH_2;
import static org.srodesk.service.ReferenceFixture.SERGEANT;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srodesk.persistence.Database;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.srodesk.testing.Backend;

/**
 * Hand-written files (BOM, CRLF and LF, quotes, embedded commas, a line break inside a quoted note,
 * accents) imported, exported, imported into a fresh database and exported again: the two exports
 * are byte-identical and both databases hold the same data.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class CsvRoundTripTest {

    @TempDir
    Path temp;

    @Parameter
    Backend backend;

    @Test
    void exportImportExportGivesByteIdenticalFilesAndEqualData() throws IOException {
        Path handWritten = ReferenceFixture.write(temp.resolve("hand"), ReferenceFixture.allFiles());
        Path firstExport = temp.resolve("export1");
        Path secondExport = temp.resolve("export2");
        List<String> firstData;
        List<String> secondData;
        try (Database first = ReferenceFixture.freshDatabase(backend)) {
            new ImportService(first, MARCH_2).importFolder(handWritten, SERGEANT, ImportProgress.none());
            new ExportService(first, MARCH_2).exportFolder(firstExport, Actors.SERGEANT);
            firstData = content(first);
        }
        try (Database second = ReferenceFixture.freshDatabase(backend)) {
            new ImportService(second, MARCH_2).importFolder(firstExport, SERGEANT, ImportProgress.none());
            new ExportService(second, MARCH_2).exportFolder(secondExport, Actors.SERGEANT);
            secondData = content(second);
        }

        for (String file : ReferenceFixture.allFiles().keySet()) {
            assertArrayEquals(Files.readAllBytes(firstExport.resolve(file)), Files.readAllBytes(secondExport.resolve(file)),
                    file);
        }
        assertEquals(firstData, secondData);
        assertEquals(16, firstData.size(), "3 schools, 3 officers, 2 postings, 3 days, 2 requests, 3 call counts");
    }

    /** Every stored row, by its natural keys rather than generated ids. */
    private static List<String> content(Database database) {
        return database.withHandle(h -> {
            List<String> rows = new java.util.ArrayList<>();
            rows.addAll(h.createQuery("SELECT code, name, level, address, principal_name, principal_email, phone, zone"
                    + " FROM school ORDER BY code").map((rs, ctx) -> row(rs, 8)).list());
            rows.addAll(h.createQuery("SELECT badge, last_name, first_name, rank, role, phone, email, zone"
                    + " FROM officer ORDER BY badge").map((rs, ctx) -> row(rs, 8)).list());
            rows.addAll(h.createQuery("SELECT o.badge, s.code, a.start_date, a.end_date FROM assignment a"
                    + " JOIN officer o ON o.id = a.officer_id JOIN school s ON s.id = a.school_id"
                    + " ORDER BY o.badge, a.start_date").map((rs, ctx) -> row(rs, 4)).list());
            rows.addAll(h.createQuery("SELECT calendar_date, in_session, note FROM calendar_day ORDER BY calendar_date")
                    .map((rs, ctx) -> row(rs, 3)).list());
            rows.addAll(h.createQuery("SELECT o.badge, t.kind, t.start_date, t.end_date, t.status, t.note,"
                    + " t.requested_by, t.requested_at, t.decided_by, t.decided_at FROM time_off_request t"
                    + " JOIN officer o ON o.id = t.officer_id ORDER BY o.badge, t.start_date")
                    .map((rs, ctx) -> row(rs, 10)).list());
            rows.addAll(h.createQuery("SELECT s.code, c.call_date, c.call_count FROM calls_for_service c"
                    + " JOIN school s ON s.id = c.school_id ORDER BY c.call_date, s.code").map((rs, ctx) -> row(rs, 3))
                    .list());
            return rows;
        });
    }

    private static String row(java.sql.ResultSet rs, int columns) throws java.sql.SQLException {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
            text.append(i > 1 ? "|" : "").append(rs.getString(i));
        }
        return text.toString();
    }
}
