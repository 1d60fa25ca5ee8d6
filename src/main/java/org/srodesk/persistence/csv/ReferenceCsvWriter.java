package org.srodesk.persistence.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVPrinter;
import org.srodesk.domain.CalendarDay;
import org.srodesk.domain.Officer;
import org.srodesk.domain.School;

/**
 * Writes the reference files: UTF-8 with a byte-order mark (so that Excel shows accents), CRLF line
 * ends, the exact header of {@link ReferenceFile}, fields quoted only when needed. Rows are written
 * in the order given. Each file is written to a temporary sibling and then moved into place, so a
 * failed export never leaves half a file.
 */
public final class ReferenceCsvWriter {

    private ReferenceCsvWriter() {
    }

    public static void writeSchools(Path file, List<SchoolRow> rows) {
        write(file, ReferenceFile.SCHOOLS, rows, row -> {
            School s = row.school();
            return List.of(s.code(), s.name(), s.level().name(), s.address(), s.principalName(),
                    s.principalEmail(), s.phone(), s.zone());
        });
    }

    public static void writeOfficers(Path file, List<OfficerRow> rows) {
        write(file, ReferenceFile.OFFICERS, rows, row -> {
            Officer o = row.officer();
            return List.of(o.badge(), o.lastName(), o.firstName(), o.rank(), o.role().name(), row.homeSchool(),
                    o.phone(), o.email(), o.zone());
        });
    }

    public static void writeCalendar(Path file, List<CalendarRow> rows) {
        write(file, ReferenceFile.CALENDAR, rows, row -> {
            CalendarDay d = row.day();
            return List.of(d.date().toString(), Boolean.toString(d.inSession()), d.note());
        });
    }

    public static void writeTimeOff(Path file, List<TimeOffRow> rows) {
        write(file, ReferenceFile.TIME_OFF, rows, row -> List.of(row.badge(), row.kind().name(),
                row.startDate().toString(), row.endDate().toString(), row.status().name(), row.note()));
    }

    public static void writeCallsForService(Path file, List<CallsRow> rows) {
        write(file, ReferenceFile.CALLS_FOR_SERVICE, rows,
                row -> List.of(row.schoolCode(), row.date().toString(), Integer.toString(row.count())));
    }

    private static <R> void write(Path file, ReferenceFile kind, List<R> rows, Function<R, List<String>> fields) {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            try (BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
                 CSVPrinter printer = new CSVPrinter(out, CsvSource.FORMAT)) {
                out.write('\uFEFF');
                printer.printRecord(kind.columns());
                for (R row : rows) {
                    printer.printRecord(fields.apply(row));
                }
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // The original problem is the one to report.
            }
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
