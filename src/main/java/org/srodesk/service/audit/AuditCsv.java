package org.srodesk.service.audit;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.srodesk.domain.account.AuditEntry;

/**
 * The audit log as CSV: RFC 4180 (comma, CRLF, fields with commas, quotes or line breaks in double quotes,
 * quotes doubled), UTF-8 with a byte-order mark so spreadsheets show accents, and the header
 * {@code when,user,action,entity,id,before,after}. {@code when} is ISO 8601 with the desk's UTC offset
 * ({@code 2026-03-02T08:15:30.123-06:00}).
 *
 * <p>A field that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is
 * written with a leading apostrophe, so a spreadsheet shows it as text instead of running it as a formula
 * (OWASP "CSV injection": a user name typed at a failed sign-in is stored as typed). Remove the apostrophe to
 * get the stored text.
 */
public final class AuditCsv {

    /** The header, in order. */
    public static final String[] HEADER = {"when", "user", "action", "entity", "id", "before", "after"};

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER).build();

    private AuditCsv() {
    }

    /** Writes {@code entries} to {@code file} (replaced) and returns how many rows were written. */
    static long write(Stream<AuditEntry> entries, Path file, ZoneId zone) throws IOException {
        DateTimeFormatter when = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zone);
        long rows = 0;
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            try (CSVPrinter out = new CSVPrinter(writer, FORMAT)) {
                Iterator<AuditEntry> it = entries.iterator();
                while (it.hasNext()) {
                    AuditEntry e = it.next();
                    out.printRecord(when.format(e.at()), text(e.userName()), text(e.action()), text(e.entity()),
                            text(e.entityId()), text(e.before()), text(e.after()));
                    rows++;
                }
            }
        }
        return rows;
    }

    /** The stored text, with an apostrophe before a leading formula character. */
    static String text(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
