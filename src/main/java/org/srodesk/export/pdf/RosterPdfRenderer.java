package org.srodesk.export.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.EnumSet;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TimeZone;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.srodesk.domain.Officer;
import org.srodesk.theme.StatusPalette;

/**
 * Lays out {@link RosterPage}s as US Letter portrait PDF pages for principals to pin to the wall:
 * header, the SRO's and the sergeant's contacts, the month's calendar, the absences in words, and
 * the date generated. All decisions about what a day says were made in the page model; this class
 * only draws. Stateless and safe to use from several threads (each call has its own document).
 */
public final class RosterPdfRenderer {

    /** US Letter, portrait: 612 × 792 points. */
    public static final PDRectangle PAGE_SIZE = PDRectangle.LETTER;

    static final float MARGIN = 36;
    private static final float WIDTH = PAGE_SIZE.getWidth() - 2 * MARGIN;
    private static final float FOOTER_TOP = PAGE_SIZE.getHeight() - 52;
    private static final int MUTED = 0x4d545c;
    private static final float HEADER_HEIGHT = 66;
    private static final float CONTACTS_HEIGHT = 84;
    private static final float GRID_TOP = MARGIN + HEADER_HEIGHT + 10 + CONTACTS_HEIGHT + 12;
    private static final float GRID_HEIGHT = CalendarGrid.HEADER_HEIGHT + 360;
    /** At most this many officers (SROs or rovers) are listed by name in a school's contact box. */
    static final int LISTED_OFFICERS = 5;

    private final StatusPalette palette;
    private final int text;

    /** A renderer in the application's palette ({@link StatusPalette#standard()}). */
    public RosterPdfRenderer() {
        this(StatusPalette.standard());
    }

    public RosterPdfRenderer(StatusPalette palette) {
        this.palette = Objects.requireNonNull(palette, "palette");
        this.text = palette.rgb(StatusPalette.TEXT);
    }

    /** Writes {@code page} as a one-page PDF to {@code out} (not closed). */
    public void write(RosterPage page, OutputStream out) throws IOException {
        write(List.of(page), out);
    }

    /** Writes {@code pages} as one PDF, one page each, in order (the commander's combined roster). */
    public void write(List<RosterPage> pages, OutputStream out) throws IOException {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("A roster PDF needs at least one page");
        }
        try (PDDocument document = new PDDocument()) {
            RosterFonts fonts = RosterFonts.load(document);
            for (RosterPage page : pages) {
                addPage(document, fonts, page);
            }
            describe(document, pages);
            document.save(out);
        }
    }

    /** {@code page} as the bytes of a one-page PDF. */
    public byte[] render(RosterPage page) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        write(page, out);
        return out.toByteArray();
    }

    private static void describe(PDDocument document, List<RosterPage> pages) {
        RosterPage first = pages.get(0);
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(pages.size() == 1
                ? "SRO roster " + RosterText.month(first.month()) + " — " + first.school().name()
                : "SRO rosters " + RosterText.month(first.month()) + " — " + pages.size() + " schools");
        info.setAuthor(first.unit().unitName());
        info.setSubject("School Resource Officer roster for principals");
        info.setCreator("SRO Desk");
        Calendar created = GregorianCalendar.from(first.generatedOn().atStartOfDay(ZoneOffset.UTC));
        created.setTimeZone(TimeZone.getTimeZone("UTC"));
        info.setCreationDate(created);
    }

    private void addPage(PDDocument document, RosterFonts fonts, RosterPage page) throws IOException {
        PDPage pdfPage = new PDPage(PAGE_SIZE);
        document.addPage(pdfPage);
        try (PDPageContentStream stream = new PDPageContentStream(document, pdfPage)) {
            PdfCanvas canvas = new PdfCanvas(stream, PAGE_SIZE.getHeight());
            header(canvas, fonts, page);
            contacts(canvas, fonts, page, MARGIN + HEADER_HEIGHT + 10);
            CalendarGrid grid = new CalendarGrid(canvas, fonts, palette);
            float top = grid.draw(page, MARGIN, GRID_TOP, WIDTH, GRID_HEIGHT);
            top = grid.legend(legendKinds(page), MARGIN, top + 7, WIDTH);
            absences(canvas, fonts, page, top + 14);
            footer(canvas, fonts, page);
        }
    }

    /**
     * The box of day {@code dayOfMonth} in the calendar of a page of {@code month}, in points from the
     * page's top-left corner: where a reader (or a test's text-by-area stripper) finds that day.
     */
    public static java.awt.geom.Rectangle2D dayCell(java.time.YearMonth month, int dayOfMonth) {
        return CalendarGrid.cell(month, dayOfMonth, MARGIN, GRID_TOP, WIDTH, GRID_HEIGHT);
    }

    private void header(PdfCanvas canvas, RosterFonts fonts, RosterPage page) throws IOException {
        float top = MARGIN;
        canvas.text(fonts.bold(), 9, MARGIN, top + 8, page.unit().districtName(), MUTED);
        canvas.text(fonts.regular(), 9, MARGIN, top + 20, page.unit().unitName(), MUTED);
        canvas.textRight(fonts.bold(), 20, MARGIN + WIDTH, top + 18, RosterText.month(page.month()), text);
        canvas.textRight(fonts.regular(), 8, MARGIN + WIDTH, top + 29, "School Resource Officer roster", MUTED);
        String level = page.school().level().label() + " school";
        String title = page.school().name() + " (" + page.school().code() + ")";
        canvas.text(fonts.bold(), 16, MARGIN, top + 46, PdfCanvas.fit(fonts.bold(), 16, title, WIDTH), text);
        String principal = page.school().principalName().isBlank() ? "" : " · Principal " + page.school().principalName();
        canvas.text(fonts.regular(), 9, MARGIN, top + 59, level + principal
                + (page.school().phone().isBlank() ? "" : " · " + page.school().phone()), MUTED);
        canvas.line(MARGIN, top + HEADER_HEIGHT, MARGIN + WIDTH, top + HEADER_HEIGHT, 1.5f, text);
    }

    private void contacts(PdfCanvas canvas, RosterFonts fonts, RosterPage page, float top) throws IOException {
        float gap = 12;
        float boxWidth = (WIDTH - gap) / 2;
        float height = CONTACTS_HEIGHT;
        float left = MARGIN;
        float right = MARGIN + boxWidth + gap;
        canvas.outline(left, top, boxWidth, height, 0.8f, text);
        canvas.outline(right, top, boxWidth, height, 0.8f, text);
        List<Officer> sros = page.sros();
        if (sros.size() == 1) {
            Officer sro = sros.get(0);
            label(canvas, fonts, left + 8, top + 12, "YOUR SCHOOL RESOURCE OFFICER");
            canvas.text(fonts.bold(), 13, left + 8, top + 30, fit(fonts, true, 13, sro.displayName(), boxWidth - 16), text);
            canvas.text(fonts.regular(), 8.5f, left + 8, top + 43, "Badge " + sro.badge()
                    + (sro.zone().isBlank() ? "" : " · " + sro.zone() + " zone"), MUTED);
            canvas.text(fonts.bold(), 11, left + 8, top + 59, sro.phone(), text);
            canvas.text(fonts.regular(), 8.5f, left + 8, top + 73, fit(fonts, false, 8.5f, sro.email(), boxWidth - 16), text);
        } else if (sros.size() > 1) {
            officerList(canvas, fonts, "YOUR SCHOOL RESOURCE OFFICERS", sros, "more SROs of your school",
                    left + 8, top, boxWidth - 16);
        } else if (!page.school().isHigh()) {
            officerList(canvas, fonts, "YOUR ROVERS — ON CALL 07:00–15:00 ON SCHOOL DAYS", page.rovers(),
                    "more rovers of your zone — the SRO sergeant dispatches them", left + 8, top, boxWidth - 16);
        } else {
            label(canvas, fonts, left + 8, top + 12, "YOUR SCHOOL RESOURCE OFFICER");
            canvas.text(fonts.bold(), 12, left + 8, top + 30, "No SRO is posted to this school", text);
            canvas.text(fonts.regular(), 8.5f, left + 8, top + 45, "On school days call 911 for police help.", text);
            canvas.text(fonts.regular(), 8.5f, left + 8, top + 58, "The SRO sergeant can tell you more.", text);
        }
        UnitContacts unit = page.unit();
        label(canvas, fonts, right + 8, top + 12, !page.sros().isEmpty()
                ? "SRO SERGEANT — WHEN YOUR SRO CANNOT BE REACHED" : "SRO SERGEANT — WHEN NO ROVER ANSWERS");
        canvas.text(fonts.bold(), 13, right + 8, top + 30, fit(fonts, true, 13, unit.sergeantName(), boxWidth - 16), text);
        canvas.text(fonts.bold(), 11, right + 8, top + 47, unit.sergeantPhone(), text);
        canvas.text(fonts.regular(), 8.5f, right + 8, top + 61, fit(fonts, false, 8.5f, unit.sergeantEmail(), boxWidth - 16), text);
        if (!unit.commanderName().isBlank()) {
            canvas.text(fonts.regular(), 7.5f, right + 8, top + 75, "Unit commander: " + unit.commanderName(), MUTED);
        }
    }

    /** A contact list: bold name, phone and badge, one line each; the rest counted. */
    private void officerList(PdfCanvas canvas, RosterFonts fonts, String heading, List<Officer> officers,
                             String moreWords, float x, float top, float width) throws IOException {
        label(canvas, fonts, x, top + 12, heading);
        if (officers.isEmpty()) {
            canvas.text(fonts.bold(), 10, x, top + 30, "The unit has no rover: call 911 for police help.", text);
            return;
        }
        int listed = officers.size() > LISTED_OFFICERS ? LISTED_OFFICERS - 1 : officers.size();
        for (int i = 0; i < listed; i++) {
            Officer officer = officers.get(i);
            float y = top + 26 + i * 12;
            canvas.text(fonts.bold(), 8.5f, x, y, fit(fonts, true, 8.5f, officer.displayName(), width * 0.45f), text);
            canvas.text(fonts.regular(), 8.5f, x + width * 0.47f, y,
                    fit(fonts, false, 8.5f, RosterText.reach(officer) + " · badge " + officer.badge(), width * 0.53f),
                    text);
        }
        if (listed < officers.size()) {
            canvas.text(fonts.regular(), 8, x, top + 26 + listed * 12,
                    fit(fonts, false, 8, "and " + (officers.size() - listed) + " " + moreWords + ".", width), MUTED);
        }
    }

    private void label(PdfCanvas canvas, RosterFonts fonts, float x, float top, String words) throws IOException {
        canvas.text(fonts.bold(), 6.5f, x, top, words, MUTED);
    }

    private static String fit(RosterFonts fonts, boolean bold, float size, String words, float width) {
        return PdfCanvas.fit(bold ? fonts.bold() : fonts.regular(), size, words, width);
    }

    private static Set<DayKind> legendKinds(RosterPage page) {
        Set<DayKind> kinds = EnumSet.noneOf(DayKind.class);
        page.days().forEach(d -> kinds.add(d.kind()));
        if (page.school().isHigh()) {
            kinds.add(DayKind.SRO_ON_SITE);
            kinds.add(DayKind.ROVER_COVERS);
            kinds.add(DayKind.NO_SRO);
        } else {
            kinds.add(DayKind.ROVERS_ON_CALL);
            kinds.add(DayKind.NO_ROVER);
        }
        kinds.add(DayKind.NOT_IN_SESSION);
        return kinds;
    }

    private void absences(PdfCanvas canvas, RosterFonts fonts, RosterPage page, float top) throws IOException {
        canvas.text(fonts.bold(), 10, MARGIN, top, "Absences and coverage this month", text);
        float size = 8.5f;
        float leading = 11.5f;
        float y = top + 15;
        List<String> lines = new ArrayList<>();
        if (page.absences().isEmpty()) {
            lines.add(!page.sros().isEmpty()
                    ? "None: your SRO is scheduled on site every school day this month."
                    : page.school().isHigh() ? "No SRO is posted to this school: call 911 on school days."
                    : "None: rovers are on call 07:00–15:00 every school day this month.");
        }
        for (AbsenceLine absence : page.absences()) {
            lines.add(absence.printed());
        }
        float limit = FOOTER_TOP - 18;
        for (int i = 0; i < lines.size(); i++) {
            List<String> wrapped = PdfCanvas.wrap(fonts.regular(), size, lines.get(i), WIDTH - 10);
            if (y + (wrapped.size() - 1) * leading > limit - (i < lines.size() - 1 ? leading : 0)) {
                canvas.text(fonts.bold(), size, MARGIN, y, "… and " + (lines.size() - i)
                        + " more: ask the SRO sergeant for the full list.", text);
                break;
            }
            canvas.text(fonts.bold(), size, MARGIN, y, "•", text);
            for (String line : wrapped) {
                canvas.text(fonts.regular(), size, MARGIN + 10, y, line, text);
                y += leading;
            }
        }
    }

    private void footer(PdfCanvas canvas, RosterFonts fonts, RosterPage page) throws IOException {
        canvas.line(MARGIN, FOOTER_TOP, MARGIN + WIDTH, FOOTER_TOP, 0.6f, MUTED);
        canvas.text(fonts.bold(), 8, MARGIN, FOOTER_TOP + 12,
                "In an emergency, always call 911.", text);
        canvas.text(fonts.regular(), 7, MARGIN, FOOTER_TOP + 22, "The plan as of "
                + RosterText.longDate(page.generatedOn()) + "; the SRO sergeant e-mails you any change.", MUTED);
        canvas.text(fonts.regular(), 7, MARGIN, FOOTER_TOP + 31,
                "On days without school, SROs report to the SRO sergeant for direction.", MUTED);
        canvas.textRight(fonts.regular(), 7, MARGIN + WIDTH, FOOTER_TOP + 12,
                "Generated " + RosterText.longDate(page.generatedOn()) + " by SRO Desk", MUTED);
        canvas.textRight(fonts.regular(), 7, MARGIN + WIDTH, FOOTER_TOP + 22,
                page.school().code() + " · " + RosterText.month(page.month()), MUTED);
    }
}
