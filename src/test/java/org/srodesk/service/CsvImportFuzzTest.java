package org.srodesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

import org.srodesk.persistence.Database;
import org.srodesk.persistence.csv.ReferenceFile;

/**
 * Fuzzed input for every CSV importer: each try writes one reference file — random bytes, or the
 * valid fixture file with seeded mutations (truncated rows and text, wrong types, huge fields,
 * byte-order marks, CRLF/LF mixes, impossible dates, duplicate keys, stray quotes) — and imports
 * it into a database that already holds the district. Every input either imports whole or is
 * refused with an {@link ImportException} naming the file, the line and (for a field) the column,
 * with nothing written; never another exception, never a partial import.
 */
class CsvImportFuzzTest {

    static final String[] NASTY = {"", " ", "2026-02-30", "2026-13-01", "26-03-09", "9999-12-31", "-1", "1e9",
            "99999999999999999999", "NaN", "true", "maybe", "HIGH", "ROVER", "APPROVED", "\"", "\"\"", "a,b",
            "line\nbreak", "line\r\nbreak", "\uFEFF", "\u0000", "Ω≈ç√", "😀", "CEN", "HAR", "100", "300",
            "2026-03-09", "2026-03-10", "x".repeat(5_000), "'; DROP TABLE school; --"};

    private Path folder;
    private Database database;

    @BeforeProperty
    void districtAlreadyImported() throws Exception {
        folder = Files.createTempDirectory("csv-fuzz-");
        database = ReferenceFixture.freshDatabase(org.srodesk.testing.Backend.H2);
        new ImportService(database, ReferenceFixture.MARCH_2).importFolder(
                ReferenceFixture.write(folder.resolve("base"), ReferenceFixture.allFiles()),
                ReferenceFixture.SERGEANT, ImportProgress.none());
    }

    @AfterProperty
    void closeDatabase() {
        database.close();
    }

    @Property(tries = 300)
    void aMutatedFileImportsWholeOrIsRefusedAtItsPlace(@ForAll("files") ReferenceFile file, @ForAll long seed) throws Exception {
        String text = mutate(ReferenceFixture.allFiles().get(file.fileName()), new Random(seed));
        check(file, text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 200)
    void randomBytesAreRefusedAtTheirPlace(@ForAll("files") ReferenceFile file,
                                           @ForAll("bytes") byte[] bytes) throws Exception {
        check(file, bytes);
    }

    @Provide
    Arbitrary<ReferenceFile> files() {
        return Arbitraries.of(ReferenceFile.class);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(3_000);
        // Noise after a valid header, so the rows are reached too.
        return Arbitraries.oneOf(noise, Arbitraries.of(ReferenceFile.class).flatMap(f -> noise.map(b -> {
            byte[] header = (String.join(",", f.columns()) + "\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[header.length + b.length];
            System.arraycopy(header, 0, all, 0, header.length);
            System.arraycopy(b, 0, all, header.length, b.length);
            return all;
        })));
    }

    private void check(ReferenceFile file, byte[] content) throws Exception {
        Path tryFolder = Files.createDirectories(folder.resolve("try-" + System.nanoTime()));
        Files.write(tryFolder.resolve(file.fileName()), content);
        Map<String, Integer> before = ReferenceFixture.rowCounts(database);
        try {
            ImportSummary summary = new ImportService(database, ReferenceFixture.MARCH_2).importFolder(tryFolder,
                    ReferenceFixture.SERGEANT, ImportProgress.none());
            ImportSummary.Counts counts = summary.countsFor(file.fileName());
            assertNotNull(counts);
            assertEquals(dataRecords(content), counts.total(), "every row imported, updated or skipped: " + summary);
            Statistics.label("outcome").collect("imported whole");
        } catch (ImportException refused) {
            assertEquals(file.fileName(), refused.fileName(), refused.getMessage());
            assertTrue(refused.getMessage().startsWith(file.fileName()), refused.getMessage());
            if (refused.line() > 0) {
                assertTrue(refused.getMessage().contains("line " + refused.line()), refused.getMessage());
            } else {
                assertTrue(refused.reason().contains("UTF-8") || refused.reason().contains("cannot be read"),
                        "only a file as a whole has no line: " + refused.getMessage());
            }
            if (refused.column() != null && refused.line() > 1) {
                assertTrue(file.columns().contains(refused.column()) || refused.column().matches("#\\d+"),
                        "a known column, or #n for one beyond the header: " + refused.getMessage());
            } else if (refused.column() != null) {
                assertTrue(!refused.column().isEmpty(), "the header column at fault: " + refused.getMessage());
            }
            assertEquals(before, ReferenceFixture.rowCounts(database), "a refused import wrote nothing");
            Statistics.label("outcome").collect("refused at file, line" + (refused.column() == null ? "" : ", column"));
        }
    }

    /** Records after the header, as Commons CSV counts them (for the "imported whole" check). */
    private static int dataRecords(byte[] content) throws Exception {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (var parser = org.apache.commons.csv.CSVParser.parse(text,
                org.apache.commons.csv.CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get())) {
            return Math.max(0, parser.getRecords().size() - 1);
        }
    }

    /** One to four seeded mutations of a valid file. */
    static String mutate(String valid, Random random) {
        String text = valid;
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations; m++) {
            List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
            int row = lines.size() <= 1 ? 0 : 1 + random.nextInt(lines.size() - 1);
            switch (random.nextInt(9)) {
                case 0 -> text = text.substring(0, random.nextInt(text.length() + 1)); // truncated anywhere
                case 1 -> { // a field replaced by something nasty
                    String[] fields = lines.get(row).split(",", -1);
                    fields[random.nextInt(fields.length)] = NASTY[random.nextInt(NASTY.length)];
                    lines.set(row, String.join(",", fields));
                    text = join(lines, random);
                }
                case 2 -> { // a field dropped or added
                    String line = lines.get(row);
                    lines.set(row, random.nextBoolean() && line.contains(",") ? line.substring(0, line.lastIndexOf(','))
                            : line + ",extra");
                    text = join(lines, random);
                }
                case 3 -> { // a duplicate row (duplicate key)
                    if (lines.size() > 1) {
                        lines.add(row, lines.get(row));
                    }
                    text = join(lines, random);
                }
                case 4 -> text = "\uFEFF" + text; // (another) byte-order mark
                case 5 -> text = join(lines, random); // CRLF/LF mixed
                case 6 -> { // header columns shuffled, or one renamed
                    List<String> header = new ArrayList<>(List.of(lines.get(0).replace("\uFEFF", "").split(",", -1)));
                    if (random.nextBoolean()) {
                        java.util.Collections.rotate(header, 1);
                    } else {
                        header.set(random.nextInt(header.size()), "unknown");
                    }
                    lines.set(0, String.join(",", header));
                    text = join(lines, random);
                }
                case 7 -> { // a huge field
                    String[] fields = lines.get(row).split(",", -1);
                    fields[random.nextInt(fields.length)] = "\"" + "y".repeat(10_000 + random.nextInt(100_000)) + "\"";
                    lines.set(row, String.join(",", fields));
                    text = join(lines, random);
                }
                default -> { // a stray quote
                    int at = random.nextInt(text.length() + 1);
                    text = text.substring(0, at) + "\"" + text.substring(at);
                }
            }
        }
        return text;
    }

    private static String join(List<String> lines, Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            text.append(lines.get(i));
            if (i < lines.size() - 1) {
                text.append(random.nextBoolean() ? "\r\n" : "\n");
            }
        }
        return text.toString();
    }
}
