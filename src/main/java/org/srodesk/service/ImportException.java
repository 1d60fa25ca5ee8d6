package org.srodesk.service;

import org.srodesk.persistence.csv.CsvRowException;

/**
 * An import refused, with the place to fix: file name, 1-based physical line (header = line 1;
 * 0 when the problem is not on one line), column name (null when not about one column) and the
 * reason. The message reads {@code officers.csv, line 7, column home_school: unknown school code "XYZ"}.
 * When this is thrown nothing of the import has been written.
 */
public final class ImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final long line;
    private final String column;
    private final String reason;

    public ImportException(String fileName, long line, String column, String reason) {
        this(fileName, line, column, reason, null);
    }

    public ImportException(String fileName, long line, String column, String reason, Throwable cause) {
        super(CsvRowException.describe(fileName, line, column, reason), cause);
        this.fileName = fileName;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    static ImportException of(CsvRowException e) {
        return new ImportException(e.fileName(), e.line(), e.column(), e.reason(), e);
    }

    /** The file at fault, or null when the problem is the folder as a whole. */
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
