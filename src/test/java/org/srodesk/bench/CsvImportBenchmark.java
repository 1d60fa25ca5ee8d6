package org.srodesk.bench;

import org.srodesk.testing.Actors;
import org.srodesk.domain.account.Role;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.srodesk.persistence.Database;
import org.srodesk.service.Actor;
import org.srodesk.service.ExportService;
import org.srodesk.service.ImportProgress;
import org.srodesk.service.ImportService;

/**
 * Importing the xl officers (with schools and calendar they refer to) and a school year of calls
 * for service: {@link ImportService} (validation, upsert, one transaction) against a bare JDBC batch
 * insert of the same rows (the floor). Each run starts from a fresh, migrated, empty file.
 */
final class CsvImportBenchmark {

    static List<Result> run(Database xl, DemoDatabases databases, int runs) throws Exception {
        Path folder = databases.scratch("xl-csv");
        prepareFolder(xl, folder);
        long calls;
        try (var lines = Files.lines(folder.resolve("calls_for_service.csv"))) {
            calls = lines.count() - 1;
        }
        int[] counter = {0};
        Stats ours = Measure.timeEach(runs, () -> freshDatabase(databases, "import-" + counter[0]++),
                database -> {
                    try (database) {
                        new ImportService(database).importFolder(folder, new Actor("bench", "Benchmark", Role.SERGEANT), ImportProgress.none());
                    }
                });
        Stats raw = Measure.timeEach(runs, () -> freshDatabase(databases, "raw-" + counter[0]++),
                database -> {
                    try (database) {
                        rawImport(database, folder);
                    }
                });
        return List.of(Result.against("CSV import: schools, officers, calendar, a year of calls", "xl", ours,
                "raw JDBC batch", raw, String.format("%,d calls rows", calls)));
    }

    /** Exports the xl district and keeps what this benchmark imports: no time off; calls of 2025–26 only. */
    private static void prepareFolder(Database xl, Path folder) throws Exception {
        if (Files.exists(folder.resolve("calls_for_service.csv"))) {
            return;
        }
        new ExportService(xl).exportFolder(folder, Actors.SERGEANT);
        Files.delete(folder.resolve("time_off.csv"));
        Path calls = folder.resolve("calls_for_service.csv");
        List<String> lines = Files.readAllLines(calls, StandardCharsets.UTF_8);
        List<String> year = new java.util.ArrayList<>();
        year.add(lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",");
            LocalDate date = LocalDate.parse(fields[1]);
            if (!date.isBefore(LocalDate.of(2025, 7, 1)) && date.isBefore(LocalDate.of(2026, 7, 1))) {
                year.add(line);
            }
        }
        Files.write(calls, year, StandardCharsets.UTF_8);
    }

    private static Database freshDatabase(DemoDatabases databases, String name) throws Exception {
        Path file = databases.scratch(name + ".mv.db");
        Files.deleteIfExists(file);
        return Database.openFile(file);
    }

    /** The same rows, inserted with plain prepared-statement batches: no validation, no upsert. */
    static void rawImport(Database database, Path folder) throws Exception {
        database.useTransaction(handle -> {
            Connection c = handle.getConnection();
            Map<String, Long> schools = new HashMap<>();
            long id = 1;
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO school (id, code, name, level, address,"
                    + " principal_name, principal_email, phone, zone) VALUES (?,?,?,?,?,?,?,?,?)")) {
                for (CSVRecord r : records(folder.resolve("schools.csv"))) {
                    insert.setLong(1, id);
                    for (int i = 0; i < 8; i++) {
                        insert.setString(i + 2, r.get(i));
                    }
                    schools.put(r.get(0), id++);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO officer (badge, last_name, first_name, rank,"
                    + " role, phone, email, zone) VALUES (?,?,?,?,?,?,?,?)")) {
                for (CSVRecord r : records(folder.resolve("officers.csv"))) {
                    int[] columns = {0, 1, 2, 3, 4, 6, 7, 8};
                    for (int i = 0; i < columns.length; i++) {
                        insert.setString(i + 1, r.get(columns[i]));
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO calendar_day (calendar_date, in_session, note) VALUES (?,?,?)")) {
                for (CSVRecord r : records(folder.resolve("calendar.csv"))) {
                    insert.setDate(1, Date.valueOf(r.get(0)));
                    insert.setBoolean(2, Boolean.parseBoolean(r.get(1)));
                    insert.setString(3, r.get(2));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO calls_for_service (school_id, call_date, call_count) VALUES (?,?,?)")) {
                int pending = 0;
                for (CSVRecord r : records(folder.resolve("calls_for_service.csv"))) {
                    insert.setLong(1, schools.get(r.get(0)));
                    insert.setDate(2, Date.valueOf(r.get(1)));
                    insert.setInt(3, Integer.parseInt(r.get(2)));
                    insert.addBatch();
                    if (++pending % 5_000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        });
    }

    private static List<CSVRecord> records(Path file) throws Exception {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    private CsvImportBenchmark() {
    }
}
