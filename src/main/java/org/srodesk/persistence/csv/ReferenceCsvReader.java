package org.srodesk.persistence.csv;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.srodesk.domain.CalendarDay;
import org.srodesk.domain.Officer;
import org.srodesk.domain.OfficerRole;
import org.srodesk.domain.School;
import org.srodesk.domain.SchoolLevel;
import org.srodesk.domain.TimeOffKind;
import org.srodesk.domain.TimeOffStatus;

/**
 * Parses the reference files into validated rows. Everything that can be checked within one file
 * is checked here (header, field count, required fields, lengths, dates, enums, booleans, counts,
 * duplicates, date order, rovers without a home school); references to other files or to the
 * database (school codes, badges) are the importer's job. Every refusal is a
 * {@link CsvRowException} naming the file, line and column.
 *
 * <p>Maximum lengths follow the columns of the database schema.
 */
public final class ReferenceCsvReader {

    private ReferenceCsvReader() {
    }

    public static List<SchoolRow> readSchools(Path file) {
        List<SchoolRow> rows = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        CsvSource.read(file, ReferenceFile.SCHOOLS).forEachRow(row -> {
            String code = row.code("code", 16);
            refuseDuplicate(seen, code, row, "code", "school code");
            School school = new School(0, code, row.requiredText("name", 200),
                    row.enumValue("level", SchoolLevel.class), row.text("address", 300),
                    row.text("principal_name", 200), row.text("principal_email", 200).strip(),
                    row.text("phone", 40), row.text("zone", 40));
            rows.add(new SchoolRow(row.line(), school));
        });
        return rows;
    }

    public static List<OfficerRow> readOfficers(Path file) {
        List<OfficerRow> rows = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        CsvSource.read(file, ReferenceFile.OFFICERS).forEachRow(row -> {
            String badge = row.code("badge", 20);
            refuseDuplicate(seen, badge, row, "badge", "badge");
            OfficerRole role = row.enumValue("role", OfficerRole.class);
            String homeSchool = row.optionalCode("home_school", 16);
            if (role == OfficerRole.ROVER && !homeSchool.isEmpty()) {
                throw row.problem("home_school", "a rover has no home school; leave it empty (found "
                        + CsvRow.quote(homeSchool) + ")");
            }
            Officer officer = new Officer(0, badge, row.requiredText("last_name", 100),
                    row.requiredText("first_name", 100), row.text("rank", 40), role, row.text("phone", 40),
                    row.text("email", 200).strip(), row.text("zone", 40));
            rows.add(new OfficerRow(row.line(), officer, homeSchool));
        });
        return rows;
    }

    public static List<CalendarRow> readCalendar(Path file) {
        List<CalendarRow> rows = new ArrayList<>();
        Map<LocalDate, Long> seen = new HashMap<>();
        CsvSource.read(file, ReferenceFile.CALENDAR).forEachRow(row -> {
            LocalDate date = row.date("date");
            refuseDuplicate(seen, date, row, "date", "date");
            rows.add(new CalendarRow(row.line(), new CalendarDay(date, row.bool("in_session"), row.text("note", 200))));
        });
        return rows;
    }

    public static List<TimeOffRow> readTimeOff(Path file) {
        List<TimeOffRow> rows = new ArrayList<>();
        CsvSource.read(file, ReferenceFile.TIME_OFF).forEachRow(row -> {
            String badge = row.code("badge", 20);
            TimeOffKind kind = row.enumValue("kind", TimeOffKind.class);
            LocalDate start = row.date("start_date");
            LocalDate end = row.date("end_date");
            if (end.isBefore(start)) {
                throw row.problem("end_date", "ends " + end + " before it starts " + start);
            }
            TimeOffStatus status = row.enumValue("status", TimeOffStatus.class);
            rows.add(new TimeOffRow(row.line(), badge, kind, start, end, status, row.text("note", 2000)));
        });
        return rows;
    }

    public static List<CallsRow> readCallsForService(Path file) {
        List<CallsRow> rows = new ArrayList<>();
        Map<String, String> codes = new HashMap<>();
        Map<String, Map<LocalDate, Long>> seen = new HashMap<>();
        CsvSource.read(file, ReferenceFile.CALLS_FOR_SERVICE).forEachRow(row -> {
            // One String per school code, not one per row: the xl tier has 300,000+ rows.
            String code = codes.computeIfAbsent(row.code("school_code", 16), c -> c);
            LocalDate date = row.date("date");
            Long first = seen.computeIfAbsent(code, c -> new HashMap<>()).putIfAbsent(date, row.line());
            if (first != null) {
                throw row.problem("date", "duplicate school and date " + code + " " + date + " (also on line "
                        + first + ")");
            }
            rows.add(new CallsRow(row.line(), code, date, row.count("count")));
        });
        return rows;
    }

    private static <K> void refuseDuplicate(Map<K, Long> seen, K key, CsvRow row, String column, String what) {
        Long first = seen.putIfAbsent(key, row.line());
        if (first != null) {
            throw row.problem(column, "duplicate " + what + " " + CsvRow.quote(key.toString())
                    + " (also on line " + first + ")");
        }
    }
}
