package org.srodesk.export.review;

import org.srodesk.testing.Actors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.srodesk.testing.ComplianceFixture.log;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srodesk.domain.DateRange;
import org.srodesk.domain.TimeOffKind;
import org.srodesk.domain.compliance.ProgramReview;
import org.srodesk.domain.compliance.SchoolYear;
import org.srodesk.service.TimeOffDraft;
import org.srodesk.service.ValidationException;
import org.srodesk.testing.ComplianceFixture;
import org.srodesk.testing.TimeOffFixture;

/**
 * The annual review for a hand-made fixture (2025-26 up to "today", 1 February 2026), written as a
 * PDF and read back with PDFBox: the figures are in the text.
 */
class ReviewPdfTest {

    @TempDir
    Path folder;

    private final ComplianceFixture fixture = new ComplianceFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    private String writeAndRead() throws Exception {
        Path pdf = folder.resolve("review.pdf");
        int pages = fixture.services.review().writePdf(new SchoolYear(2025), pdf, Actors.SERGEANT);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(pages, document.getNumberOfPages());
            assertEquals("SRO program review 2025-26", document.getDocumentInformation().getTitle());
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertTrue(font.getName().contains("DejaVuSans"), font.getName());
            return new PDFTextStripper().getText(document);
        }
    }

    private static void assertLine(String text, String regex) {
        assertTrue(Pattern.compile(regex, Pattern.MULTILINE).matcher(text).find(), regex + " not in:\n" + text);
    }

    @Test
    void theReviewPdfCarriesTheFixturesFigures() throws Exception {
        // Lee takes two school days of vacation (no rover covers): Central High has no SRO those days.
        var vacation = fixture.district.service.request(new TimeOffDraft(fixture.lee, TimeOffKind.VACATION,
                LocalDate.of(2025, 10, 6), LocalDate.of(2025, 10, 7), null, null, "Trip"), TimeOffFixture.SERGEANT);
        fixture.district.service.approve(vacation.request().id(), vacation.request().version(), "Approved",
                TimeOffFixture.SERGEANT);
        fixture.services.logs().record(log(fixture.lee, YearMonth.of(2025, 9), LocalDate.of(2025, 10, 2),
                3, 1, 4, 0, 2, 5, 1, 7), TimeOffFixture.SERGEANT);
        fixture.services.logs().record(log(fixture.diaz, YearMonth.of(2025, 9), LocalDate.of(2025, 10, 3),
                2, 6, 0, 1, 0, 0, 2, 11), TimeOffFixture.SERGEANT);
        fixture.services.training().recordCompletion(
                fixture.completion(fixture.lee, "CULTURAL", LocalDate.of(2025, 8, 20), "8"), TimeOffFixture.SERGEANT);

        // school days 2025-09-01 .. 2026-02-01: the weekdays (the fixture's break is in March)
        long schoolDays = DateRange.of(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 2, 1)).stream()
                .filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY).count();
        assertEquals(110, schoolDays);
        ProgramReview review = fixture.services.review().build(new SchoolYear(2025));
        assertEquals(new ProgramReview.SchoolDays("CEN", "Central High", 110, 108, 0, 2, 0), review.schools().get(0));

        String text = writeAndRead();
        assertLine(text, "SRO program — annual review 2025-26");
        assertLine(text, "^CEN Central High 110 108 0 2 0$");
        assertLine(text, "^Gangs 5$");
        assertLine(text, "^Drugs 7$");
        assertLine(text, "^Cyber bullying 4$");
        assertLine(text, "^Sexting 1$");
        assertLine(text, "^Criminal justice system 2$");
        assertLine(text, "^All topics 19$");
        assertLine(text, "^Problem Pupil Committee meetings 5$");
        assertLine(text, "^PTA / school advisory council meetings 3$");
        assertLine(text, "^Reports taken for the district 18$");
        // cultural competency: Lee current (renew by 2026-08-20), the two rovers never: 1 of 3
        assertLine(text, "^Cultural competency every 12 months 1 of 3 33.3 % 1 8.0$");
        assertLine(text, "^Child development every 24 months 0 of 3 0.0 % 0 0.0$");
        // 5 meetings held (September – January); none recorded yet
        assertLine(text, "^Mandatory unit meetings held 5$");
        assertLine(text, "^Meeting attendance rate —$");
        // logs expected: 3 officers × 5 ended months (Sept–Jan)
        assertLine(text, "^Monthly logs received / expected 2 / 15$");
        // headcount: one primary SRO and two rovers every month
        assertLine(text, "^September 2025 1 2 3 ");
    }

    @Test
    void aYearOutsideTheCalendarOrNotBegunWritesNothing() {
        Path pdf = folder.resolve("none.pdf");
        assertTrue(assertThrows(ValidationException.class, () -> fixture.services.review().writePdf(new SchoolYear(2023), pdf, Actors.SERGEANT))
                .getMessage().contains("not in the school calendar"));
        assertFalse(Files.exists(pdf));
    }
}
