package org.srodesk.service;

import org.srodesk.testing.Actors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srodesk.export.pdf.MarchFixture;
import org.srodesk.persistence.Database;

/** The export use case on a real H2 database holding the March fixture. */
class RosterPdfServiceTest {

    static final YearMonth MARCH = MarchFixture.MONTH;

    @TempDir
    Path folder;

    Database database;
    RosterPdfService service;

    @BeforeEach
    void openDatabase() {
        database = Database.openInMemory("roster-pdf-" + System.nanoTime());
        new MarchFixture().insertInto(database);
        service = new RosterPdfService(database, Clock.fixed(Instant.parse("2027-02-26T15:00:00Z"), ZoneOffset.UTC), 2);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void exportingAllSchoolsWritesOneNamedFilePerSchool() throws IOException {
        Path out = folder.resolve("rosters");
        RosterExportResult result = service.exportMonth(MARCH, List.of(), out, false, RosterExportProgress.NONE,
                () -> false, Actors.SERGEANT);
        assertEquals(List.of("CEN_2027-03.pdf", "LIN_2027-03.pdf", "SOU_2027-03.pdf", "WHS_2027-03.pdf"), names(out));
        assertEquals(4, result.files().size());
        String central = text(out.resolve("CEN_2027-03.pdf"));
        assertTrue(central.contains("Ofc. Thảo Nguyễn"), central);
        assertTrue(central.contains("Cpl. José Peña (rover) covers"), central);
        assertTrue(central.contains("Sgt. Mai Xiong"), "sergeant from the settings: " + central);
        assertTrue(central.contains("Generated February 26, 2027"), central);
        // CEN 2 days, LIN 4 days without a rover, WHS 19 school days minus 3 with the reassigned officer
        assertEquals(2 + 4 + 16, result.nineOneOneDays());
        assertTrue(result.summary().startsWith("Wrote 4 roster PDFs for 2027-03 to "), result.summary());
    }

    @Test
    void aSelectionWritesOnlyThoseSchoolsAndTheCombinedPdfHoldsTheirPages() throws IOException {
        RosterExportResult result = service.exportMonth(MARCH, List.of("WHS", "cen"), folder, true,
                RosterExportProgress.NONE, () -> false, Actors.SERGEANT);
        assertEquals(List.of("CEN_2027-03.pdf", "WHS_2027-03.pdf", "all-schools_2027-03.pdf"), names(folder));
        assertEquals(folder.resolve("all-schools_2027-03.pdf"), result.combined().orElseThrow());
        try (PDDocument combined = Loader.loadPDF(result.combined().get().toFile())) {
            assertEquals(2, combined.getNumberOfPages());
        }
    }

    @Test
    void progressCountsEveryFile() {
        List<String> reported = new ArrayList<>();
        service.exportMonth(MARCH, List.of(), folder, false,
                (done, total, code) -> reported.add(done + "/" + total), () -> false, Actors.SERGEANT);
        assertEquals(List.of("1/4", "2/4", "3/4", "4/4"), reported);
    }

    @Test
    void anUnknownSchoolIsRefusedBeforeAnythingIsWritten() throws IOException {
        RosterExportException e = assertThrows(RosterExportException.class, () -> service.exportMonth(MARCH,
                List.of("CEN", "XYZ"), folder, false, RosterExportProgress.NONE, () -> false, Actors.SERGEANT));
        assertEquals(RosterExportException.Problem.UNKNOWN_SCHOOL, e.problem());
        assertEquals("No school has the code XYZ. Nothing was exported.", e.getMessage());
        assertEquals(List.of(), names(folder));
    }

    @Test
    void aMonthOutsideTheSchoolCalendarIsRefused() {
        RosterExportException e = assertThrows(RosterExportException.class, () -> service.exportMonth(
                YearMonth.of(2030, 1), List.of(), folder, false, RosterExportProgress.NONE, () -> false, Actors.SERGEANT));
        assertEquals(RosterExportException.Problem.BAD_MONTH, e.problem());
        assertEquals("The school calendar has no days in 2030-01; the published calendar runs from 2027-02 to 2027-04.",
                e.getMessage());
    }

    @Test
    void aFolderThatCannotBeCreatedIsRefused() throws IOException {
        Path file = Files.writeString(folder.resolve("a-file"), "x");
        RosterExportException e = assertThrows(RosterExportException.class, () -> service.exportMonth(MARCH,
                List.of(), file.resolve("rosters"), false, RosterExportProgress.NONE, () -> false, Actors.SERGEANT));
        assertEquals(RosterExportException.Problem.FOLDER_NOT_WRITABLE, e.problem());
        assertTrue(e.getMessage().startsWith("The folder " + file.resolve("rosters").toAbsolutePath()
                + " cannot be written"), e.getMessage());
    }

    @Test
    void cancellingStopsTheBatchAndKeepsWhatWasWritten() throws IOException {
        RosterPdfService oneThread = new RosterPdfService(database, Clock.systemUTC(), 1);
        AtomicInteger written = new AtomicInteger();
        CancellationException e = assertThrows(CancellationException.class, () -> oneThread.exportMonth(MARCH,
                List.of(), folder, true, (done, total, code) -> written.set(done), () -> written.get() >= 2, Actors.SERGEANT));
        assertTrue(e.getMessage().startsWith("Cancelled after 2 of 4 files"), e.getMessage());
        assertEquals(List.of("CEN_2027-03.pdf", "LIN_2027-03.pdf"), names(folder));
    }

    @Test
    void theAvailableMonthsAreThoseOfThePublishedCalendar() {
        assertEquals(List.of(YearMonth.of(2027, 2), YearMonth.of(2027, 3), YearMonth.of(2027, 4)),
                service.availableMonths());
    }
}
