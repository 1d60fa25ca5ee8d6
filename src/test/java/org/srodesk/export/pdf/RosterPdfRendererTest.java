package org.srodesk.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;
import org.srodesk.theme.StatusPalette;

/** The drawn page, read back with PDFBox as a principal's PDF reader would. */
class RosterPdfRendererTest {

    final MarchFixture fixture = new MarchFixture();
    final RosterPdfRenderer renderer = new RosterPdfRenderer();

    PDDocument render(RosterPage page) throws IOException {
        return Loader.loadPDF(renderer.render(page));
    }

    static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document);
    }

    static String dayText(PDDocument document, RosterPage page, int day) throws IOException {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        stripper.addRegion("day", RosterPdfRenderer.dayCell(page.month(), day));
        stripper.extractRegions(document.getPage(0));
        return stripper.getTextForRegion("day").replaceAll("\\s+", " ").strip();
    }

    @Test
    void aSchoolsRosterIsOneUsLetterPortraitPage() throws IOException {
        try (PDDocument document = render(fixture.page(fixture.central))) {
            assertEquals(1, document.getNumberOfPages());
            PDPage page = document.getPage(0);
            assertEquals(612f, page.getMediaBox().getWidth(), 0.01f);
            assertEquals(792f, page.getMediaBox().getHeight(), 0.01f);
        }
    }

    @Test
    void thePageNamesTheSchoolMonthSroSergeantAndGenerationDate() throws IOException {
        try (PDDocument document = render(fixture.page(fixture.central))) {
            String text = text(document);
            assertTrue(text.contains("Central High School (CEN)"), text);
            assertTrue(text.contains("March 2027"), text);
            assertTrue(text.contains("Twin Rivers Police — SRO Unit"), text);
            assertTrue(text.contains("Ofc. Thảo Nguyễn"), text);
            assertTrue(text.contains("Badge 4711"), text);
            assertTrue(text.contains("thao.nguyen@example.org"), text);
            assertTrue(text.contains("Sgt. Mai Xiong"), text);
            assertTrue(text.contains("(651) 555-0100"), text);
            assertTrue(text.contains("Generated February 26, 2027"), text);
        }
    }

    @Test
    void eachDayCellSaysWhoIsOnSiteOrToCall911() throws IOException {
        RosterPage page = fixture.page(fixture.central);
        try (PDDocument document = render(page)) {
            assertEquals("1 SRO Ofc. Thảo Nguyễn", dayText(document, page, 1));
            assertEquals("8 ROVER COVERS Cpl. José Peña (651) 555-0120", dayText(document, page, 8));
            assertEquals("11 ROVER COVERS Cpl. José Peña (651) 555-0120", dayText(document, page, 11));
            assertEquals("15 No SRO call 911", dayText(document, page, 15));
            assertEquals("16 No SRO call 911", dayText(document, page, 16));
            assertEquals("12 Staff development day", dayText(document, page, 12));
            assertEquals("22 PART DAY Ofc. Thảo Nguyễn away 09:00–11:00", dayText(document, page, 22));
        }
    }

    @Test
    void theAbsencesArePrintedInWordsUnderTheCalendar() throws IOException {
        try (PDDocument document = render(fixture.page(fixture.central))) {
            String text = text(document);
            assertTrue(text.contains("Mar 8–11: Ofc. Thảo Nguyễn on vacation; Cpl. José Peña (rover) covers,"
                    + " (651) 555-0120."), text);
            assertTrue(text.contains("Mar 15–16: Ofc. Thảo Nguyễn on sick leave; no SRO on site — call 911."), text);
            assertTrue(text.contains("No SRO — call 911"), "legend: " + text);
        }
    }

    @Test
    void aSchoolWithoutItsOwnSroListsItsRoversAndTheirHours() throws IOException {
        try (PDDocument document = render(fixture.page(fixture.lincoln))) {
            String text = text(document);
            assertTrue(text.contains("YOUR ROVERS — ON CALL 07:00–15:00 ON SCHOOL DAYS"), text);
            assertTrue(text.contains("Cpl. José Peña"), text);
            assertTrue(text.contains("Rovers on call 07:00–15:00"), text);
            assertTrue(text.contains("No rover — call 911"), text);
            assertFalse(text.contains("YOUR SCHOOL RESOURCE OFFICER"), text);
        }
    }

    @Test
    void accentedNamesPrintWithTheEmbeddedDejaVuFont() throws IOException {
        try (PDDocument document = render(fixture.page(fixture.west))) {
            String text = text(document);
            assertTrue(text.contains("Ofc. Ana Øster"), text);
            PDPage page = document.getPage(0);
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName());
                assertTrue(font.getName().contains("DejaVuSans"), font.getName());
            }
        }
    }

    @Test
    void theCombinedRosterHasOnePagePerSchoolInOrder() throws IOException {
        List<RosterPage> pages = fixture.schools().stream().map(fixture::page).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.write(pages, out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertEquals(4, document.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(3);
            stripper.setEndPage(3);
            assertTrue(stripper.getText(document).contains("West High School (WHS)"));
        }
    }

    @Test
    void thePageRasterizesWithThe911DayInThePaletteColour() throws IOException {
        RosterPage page = fixture.page(fixture.central);
        try (PDDocument document = render(page)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 72, ImageType.RGB);
            assertEquals(612, image.getWidth());
            assertEquals(792, image.getHeight());
            Rectangle2D cell = RosterPdfRenderer.dayCell(page.month(), 15);
            int x = (int) (cell.getX() + cell.getWidth() - 6);
            int y = (int) (cell.getY() + cell.getHeight() - 6);
            int expected = StatusPalette.standard().rgb(StatusPalette.NO_SRO);
            assertClose(expected, image.getRGB(x, y) & 0xffffff);
            Rectangle2D sroDay = RosterPdfRenderer.dayCell(page.month(), 1);
            assertClose(0xffffff, image.getRGB((int) sroDay.getCenterX(), (int) (sroDay.getMaxY() - 4)) & 0xffffff);
        }
    }

    private static void assertClose(int expected, int actual) {
        int distance = Math.abs(((expected >> 16) & 0xff) - ((actual >> 16) & 0xff))
                + Math.abs(((expected >> 8) & 0xff) - ((actual >> 8) & 0xff))
                + Math.abs((expected & 0xff) - (actual & 0xff));
        assertTrue(distance < 12, String.format("expected #%06x, got #%06x", expected, actual));
    }
}
