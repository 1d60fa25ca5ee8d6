package org.srodesk.persistence.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one reference file: UTF-8 with or without a byte-order mark, CRLF or LF, RFC 4180 quoting
 * (commas and line breaks inside quotes). Checks the header (columns in any order, none missing,
 * none unknown, none twice) and that every record has as many fields as the header, and reports
 * each record with the physical line it starts on.
 */
final class CsvSource {

    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setIgnoreEmptyLines(true)
            .setRecordSeparator("\r\n")
            .get();

    private final ReferenceFile kind;
    private final String content;

    private CsvSource(ReferenceFile kind, String content) {
        this.kind = kind;
        this.content = content;
    }

    static CsvSource read(Path file, ReferenceFile kind) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CsvRowException(kind.fileName(), 0, null, "cannot be read: " + e.getMessage(), e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CsvRowException(kind.fileName(), 0, null,
                    "is not UTF-8 text (in Excel, save it as \"CSV UTF-8\")", e);
        }
        return of(kind, text);
    }

    /** For text already in memory; a leading byte-order mark is ignored. */
    static CsvSource of(ReferenceFile kind, String text) {
        return new CsvSource(kind, text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /** Checks the header, then hands every data record to {@code action} in file order. */
    void forEachRow(Consumer<CsvRow> action) {
        String fileName = kind.fileName();
        LineCounter lines = new LineCounter(content);
        try (CSVParser parser = CSVParser.parse(content, FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new CsvRowException(fileName, 1, kind.columns().get(0),
                        "the file is empty; it must start with the header " + String.join(",", kind.columns()));
            }
            Map<String, Integer> columnIndex = readHeader(records.next());
            int width = columnIndex.size();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                long line = lines.lineAt(record.getCharacterPosition());
                if (record.size() != width) {
                    String column = record.size() < width
                            ? kind.columns().stream().filter(c -> columnIndex.get(c) >= record.size()).findFirst().orElseThrow()
                            : "#" + (width + 1);
                    throw new CsvRowException(fileName, line, column,
                            "the row has " + record.size() + " fields but the header has " + width);
                }
                action.accept(new CsvRow(fileName, line, record, columnIndex));
            }
        } catch (IOException | UncheckedIOException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            String message = String.valueOf(cause.getMessage());
            // Commons CSV names the physical line (1-based): "at line: 3, position: 20" or "(startline 3)".
            java.util.regex.Matcher at = SYNTAX_LINE.matcher(message);
            long line = at.find() ? Long.parseLong(at.group(1)) : 0;
            throw new CsvRowException(fileName, line, null, "is not valid CSV: a quoted field is not closed, or has "
                    + "other characters after its closing quote (" + message + ")", e);
        }
    }

    private static final java.util.regex.Pattern SYNTAX_LINE = java.util.regex.Pattern.compile("(?:at line: |startline )(\\d+)");

    private Map<String, Integer> readHeader(CSVRecord header) {
        Map<String, Integer> index = new HashMap<>();
        List<String> expected = kind.columns();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (!expected.contains(name)) {
                throw new CsvRowException(kind.fileName(), 1, header.get(i).isBlank() ? "#" + (i + 1) : header.get(i),
                        "unknown column in the header (expected " + String.join(",", expected) + ")");
            }
            if (index.putIfAbsent(name, i) != null) {
                throw new CsvRowException(kind.fileName(), 1, name, "appears twice in the header");
            }
        }
        for (String column : expected) {
            if (!index.containsKey(column)) {
                throw new CsvRowException(kind.fileName(), 1, column, "missing from the header (expected "
                        + String.join(",", expected) + ")");
            }
        }
        return index;
    }

    /**
     * Turns character positions into 1-based physical line numbers, scanning forward only (records
     * come in order). CRLF, LF and a lone CR each end one line, as in Commons CSV. Empty lines the
     * parser skipped before a record are passed over, so the record's own first line is reported.
     */
    private static final class LineCounter {
        private final String text;
        private int position;
        private long line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        long lineAt(long characterPosition) {
            int target = (int) characterPosition;
            while (position < target) {
                advance();
            }
            while (position < text.length() && (text.charAt(position) == '\n' || text.charAt(position) == '\r')) {
                advance();
            }
            return line;
        }

        private void advance() {
            char c = text.charAt(position++);
            if (c == '\n' || (c == '\r' && (position >= text.length() || text.charAt(position) != '\n'))) {
                line++;
            }
        }
    }
}
