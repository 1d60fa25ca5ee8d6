package org.srodesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srodesk.persistence.Database;
import org.srodesk.service.DistrictService;
import org.srodesk.service.DistrictSummary;

/** The command line, run in-process exactly as {@code main} runs it (minus System.exit). */
class MainTest {

    @TempDir
    Path folder;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void versionPrintsTheVersionFromThePom() {
        assertEquals(0, run("--version"));
        assertTrue(out().matches("SRO Desk \\d+\\.\\d+\\.\\d+.*\\R"), out());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertEquals(2, run("--frobnicate"));
        assertTrue(err().contains("Unknown option \"--frobnicate\""), err());
    }

    @Test
    void anUnknownDemoTierIsAUsageErrorNamingTheTiers() {
        assertEquals(2, run("--generate-demo", "huge", "--db", folder.resolve("x.mv.db").toString()));
        assertTrue(err().contains("small, medium, large, xl"), err());
        assertTrue(Files.notExists(folder.resolve("x.mv.db")));
    }

    @Test
    void anOptionWithoutItsValueIsAUsageError() {
        assertEquals(2, run("--import"));
        assertTrue(err().contains("--import needs a value"), err());
    }

    @Test
    void selfCheckOpensAndMigratesAFreshDatabase() {
        Path db = folder.resolve("fresh.mv.db");
        assertEquals(0, run("--self-check", "--db", db.toString()));
        assertTrue(out().contains("opens and is up to date"), out());
        assertTrue(Files.exists(db));
    }

    @Test
    void exportThenImportIntoAnotherDatabaseCarriesTheDistrictOver() throws Exception {
        Path source = folder.resolve("source.mv.db");
        Path csv = folder.resolve("csv");
        Path target = folder.resolve("target.mv.db");
        assertEquals(0, run("--generate-demo", "small", "--db", source.toString()), err());
        assertEquals(0, run("--export", csv.toString(), "--db", source.toString()), err());
        assertEquals(0, run("--import", csv.toString(), "--db", target.toString()), err());
        assertTrue(out().contains("officers.csv"), out());

        DistrictSummary before;
        DistrictSummary after;
        try (Database db = Database.openFile(source)) {
            before = new DistrictService(db).summary();
        }
        try (Database db = Database.openFile(target)) {
            after = new DistrictService(db).summary();
        }
        assertEquals(before, after);
    }

    @Test
    void aBadRowIsReportedWithFileLineAndColumnAndNothingIsImported() throws Exception {
        Path csv = Files.createDirectories(folder.resolve("bad"));
        Files.writeString(csv.resolve("schools.csv"), """
                code,name,level,address,principal_name,principal_email,phone,zone
                CEN,Central High,HIGH,,,,,
                HAR,Harding High,SUPER,,,,,
                """);
        Path db = folder.resolve("target.mv.db");
        assertEquals(1, run("--import", csv.toString(), "--db", db.toString()));
        assertTrue(err().contains("schools.csv, line 3, column level"), err());
        assertTrue(err().contains("nothing was imported"), err());
        try (Database database = Database.openFile(db)) {
            assertEquals(0, new DistrictService(database).summary().schools());
        }
    }

    @Test
    void importingAFileInsteadOfAFolderFails() throws Exception {
        Path file = Files.writeString(folder.resolve("schools.csv"), "code\n");
        assertEquals(1, run("--import", file.toString(), "--db", folder.resolve("t.mv.db").toString()));
        assertTrue(err().contains("is not a folder"), err());
    }

    @Test
    void aDatabaseInUseIsReportedPlainly() {
        Path db = folder.resolve("busy.mv.db");
        try (Database open = Database.openFile(db)) {
            assertEquals(1, run("--self-check", "--db", db.toString()));
            assertTrue(err().contains("already open in another copy"), err());
        }
    }
    // ---- --export-rosters ------------------------------------------------------------------------

    Path marchDatabase() {
        Path db = folder.resolve("march.mv.db");
        try (Database database = Database.openFile(db)) {
            new org.srodesk.export.pdf.MarchFixture().insertInto(database);
        }
        return db;
    }

    @Test
    void exportRostersWritesOnePdfPerSchoolAndPrintsASummary() throws Exception {
        Path db = marchDatabase();
        Path out = folder.resolve("rosters");
        assertEquals(0, run("--export-rosters", "2027-03", "--out", out.toString(), "--db", db.toString()), err());
        try (var files = Files.list(out)) {
            assertEquals(java.util.List.of("CEN_2027-03.pdf", "LIN_2027-03.pdf", "SOU_2027-03.pdf", "WHS_2027-03.pdf"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        assertTrue(out().startsWith("Wrote 4 roster PDFs for 2027-03 to " + out.toAbsolutePath()), out());
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(out.resolve("CEN_2027-03.pdf").toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Ofc. Thảo Nguyễn"), text);
        }
    }

    @Test
    void exportRostersOfOneSchoolWithTheCombinedPdf() throws Exception {
        Path db = marchDatabase();
        Path out = folder.resolve("one");
        assertEquals(0, run("--export-rosters", "2027-03", "--out", out.toString(), "--school", "CEN", "--combined",
                "--db", db.toString()), err());
        assertTrue(Files.exists(out.resolve("CEN_2027-03.pdf")));
        assertTrue(Files.exists(out.resolve("all-schools_2027-03.pdf")));
        assertTrue(Files.notExists(out.resolve("LIN_2027-03.pdf")));
    }

    @Test
    void exportRostersWithABadMonthIsAUsageError() {
        assertEquals(2, run("--export-rosters", "2027-13", "--out", folder.toString()));
        assertEquals("sro-desk: Bad month \"2027-13\": write it as YYYY-MM, e.g. 2026-11", err().strip());
    }

    @Test
    void exportRostersForAMonthWithoutSchoolCalendarFails() {
        Path db = marchDatabase();
        assertEquals(1, run("--export-rosters", "2031-09", "--out", folder.resolve("x").toString(), "--db", db.toString()));
        assertTrue(err().contains("The school calendar has no days in 2031-09"), err());
        assertTrue(Files.notExists(folder.resolve("x").resolve("CEN_2031-09.pdf")));
    }

    @Test
    void exportRostersOfAnUnknownSchoolFailsAndWritesNothing() throws Exception {
        Path db = marchDatabase();
        Path out = folder.resolve("none");
        assertEquals(1, run("--export-rosters", "2027-03", "--out", out.toString(), "--school", "NOPE",
                "--db", db.toString()));
        assertEquals("sro-desk: No school has the code NOPE. Nothing was exported.", err().strip());
        try (var files = Files.list(out)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void exportRostersIntoAFolderThatCannotBeWrittenFails() throws Exception {
        Path db = marchDatabase();
        Path file = Files.writeString(folder.resolve("plain-file"), "x");
        assertEquals(1, run("--export-rosters", "2027-03", "--out", file.resolve("sub").toString(), "--db", db.toString()));
        assertTrue(err().contains("cannot be written"), err());
    }

    @Test
    void exportRostersNeedsAnOutFolderAndOutNeedsExportRosters() {
        assertEquals(2, run("--export-rosters", "2027-03"));
        assertTrue(err().contains("--export-rosters needs --out DIR"), err());
        assertEquals(2, run("--out", folder.toString()));
        assertTrue(err().contains("go with --export-rosters"), err());
    }
}
