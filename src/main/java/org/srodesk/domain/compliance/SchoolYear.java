package org.srodesk.domain.compliance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.srodesk.domain.DateRange;

/**
 * A school year as the district names it, "2025-26": from 1 July 2025 to 30 June 2026 (the summer
 * before classes belongs to the year it leads into, like the demo calendar).
 */
public record SchoolYear(int startYear) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{2})");

    public SchoolYear {
        if (startYear < 1990 || startYear > 2199) {
            throw new IllegalArgumentException("School year " + startYear + " is out of range");
        }
    }

    /**
     * Parses "2025-26".
     *
     * @throws IllegalArgumentException with a sentence for the user when {@code text} is no school year
     */
    public static SchoolYear parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        Matcher matcher = FORMAT.matcher(trimmed);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("\"" + trimmed + "\" is not a school year; write it as 2025-26");
        }
        int start = Integer.parseInt(matcher.group(1));
        int end = Integer.parseInt(matcher.group(2));
        if ((start + 1) % 100 != end) {
            throw new IllegalArgumentException("\"" + trimmed + "\" is not a school year: " + start
                    + " is followed by " + String.format("%02d", (start + 1) % 100) + ", e.g. " + start + "-"
                    + String.format("%02d", (start + 1) % 100));
        }
        return new SchoolYear(start);
    }

    /** The school year a day belongs to. */
    public static SchoolYear containing(LocalDate day) {
        return new SchoolYear(day.getMonthValue() >= 7 ? day.getYear() : day.getYear() - 1);
    }

    public LocalDate start() {
        return LocalDate.of(startYear, 7, 1);
    }

    public LocalDate end() {
        return LocalDate.of(startYear + 1, 6, 30);
    }

    public DateRange range() {
        return new DateRange(start(), end());
    }

    /** July … June. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>(12);
        for (YearMonth m = YearMonth.of(startYear, 7); !m.isAfter(YearMonth.of(startYear + 1, 6)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** "2025-26". */
    public String label() {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }

    @Override
    public String toString() {
        return label();
    }
}
