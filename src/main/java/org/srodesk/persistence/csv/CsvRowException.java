package org.srodesk.persistence.csv;

/**
 * A CSV file that cannot be read as reference data, pointing at the place: file name, 1-based
 * physical line (the header is line 1; a record spanning lines is reported at its first line;
 * 0 when the problem is not on one line) and column name (null when not about one column).
 */
public final class CsvRowException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final long line;
    private final String column;
    private final String reason;

    public CsvRowException(String fileName, long line, String column, String reason) {
        this(fileName, line, column, reason, null);
    }

    public CsvRowException(String fileName, long line, String column, String reason, Throwable cause) {
        super(describe(fileName, line, column, reason), cause);
        this.fileName = fileName;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /** {@code officers.csv, line 7, column home_school: unknown school code "XYZ"}. */
    public static String describe(String fileName, long line, String column, String reason) {
        StringBuilder text = new StringBuilder();
        if (fileName != null) {
            text.append(fileName);
        }
        if (line > 0) {
            text.append(text.isEmpty() ? "" : ", ").append("line ").append(line);
        }
        if (column != null) {
            text.append(text.isEmpty() ? "" : ", ").append("column ").append(column);
        }
        return text.isEmpty() ? reason : text + ": " + reason;
    }

    public String fileName() {
        return fileName;
    }

    public long line() {
        return line;
    }

    public String column() {
        return column;
    }

    public String reason() {
        return reason;
    }
}
