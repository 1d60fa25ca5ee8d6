package org.srodesk.persistence.csv;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;

/**
 * One record of a reference file, with typed accessors that refuse bad values with a
 * {@link CsvRowException} naming the file, line and column. Free text is kept exactly as written;
 * codes, dates, numbers and enum values are trimmed of surrounding spaces.
 */
final class CsvRow {

    private final String fileName;
    private final long line;
    private final CSVRecord record;
    private final Map<String, Integer> columnIndex;

    CsvRow(String fileName, long line, CSVRecord record, Map<String, Integer> columnIndex) {
        this.fileName = fileName;
        this.line = line;
        this.record = record;
        this.columnIndex = columnIndex;
    }

    /** 1-based physical line where the record starts. */
    long line() {
        return line;
    }

    /** Optional free text, verbatim; refused when longer than {@code maxLength}. */
    String text(String column, int maxLength) {
        String value = record.get(columnIndex.get(column));
        if (value.length() > maxLength) {
            throw problem(column, "longer than " + maxLength + " characters");
        }
        return value;
    }

    /** Free text that must not be blank. */
    String requiredText(String column, int maxLength) {
        String value = text(column, maxLength);
        if (value.isBlank()) {
            throw problem(column, "must not be empty");
        }
        return value;
    }

    /** A trimmed code (school code, badge): empty allowed. */
    String optionalCode(String column, int maxLength) {
        String value = record.get(columnIndex.get(column)).strip();
        if (value.length() > maxLength) {
            throw problem(column, "longer than " + maxLength + " characters");
        }
        return value;
    }

    /** A trimmed code that must be present. */
    String code(String column, int maxLength) {
        String value = optionalCode(column, maxLength);
        if (value.isEmpty()) {
            throw problem(column, "must not be empty");
        }
        return value;
    }

    LocalDate date(String column) {
        String value = code(column, Integer.MAX_VALUE);
        try {
            return LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            throw problem(column, quote(value) + " is not a valid date (expected YYYY-MM-DD, e.g. 2026-03-09)");
        }
    }

    <E extends Enum<E>> E enumValue(String column, Class<E> type) {
        String value = code(column, Integer.MAX_VALUE);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        throw problem(column, quote(value) + " is not one of " + allowed);
    }

    boolean bool(String column) {
        String value = code(column, Integer.MAX_VALUE).toLowerCase(Locale.ROOT);
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw problem(column, quote(record.get(columnIndex.get(column)).strip())
                    + " is not true or false");
        };
    }

    /** A whole number, zero or more. */
    int count(String column) {
        String value = code(column, Integer.MAX_VALUE);
        int count;
        try {
            count = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw problem(column, quote(value) + " is not a whole number");
        }
        if (count < 0) {
            throw problem(column, "negative count " + count + " (must be 0 or more)");
        }
        return count;
    }

    CsvRowException problem(String column, String reason) {
        return new CsvRowException(fileName, line, column, reason);
    }

    static String quote(String value) {
        return "\"" + value + "\"";
    }
}
