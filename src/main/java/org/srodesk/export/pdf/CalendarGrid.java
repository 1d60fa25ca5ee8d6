package org.srodesk.export.pdf;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.srodesk.theme.StatusPalette;

/**
 * Draws the month as a calendar grid, Monday to Sunday with narrow weekend columns, and the legend
 * under it. Every day shows its kind in words as well as in the palette's colour: a stripe for a day
 * with an officer on site, a full fill and a heavy border for a 911 day, grey hatching for a day
 * without school — so the page reads the same printed in black and white.
 */
final class CalendarGrid {

    static final float HEADER_HEIGHT = 14;
    static final float WEEKEND_WIDTH = 46;
    static final float MAX_ROW_HEIGHT = 70;
    private static final float STRIPE = 4;
    private static final int GRID_LINE = 0x8c959f;
    private static final int HATCH = 0xaeb4ba;
    private static final int MUTED_TEXT = 0x4d545c;

    private final PdfCanvas canvas;
    private final RosterFonts fonts;
    private final StatusPalette palette;
    private final int text;

    CalendarGrid(PdfCanvas canvas, RosterFonts fonts, StatusPalette palette) {
        this.canvas = canvas;
        this.fonts = fonts;
        this.palette = palette;
        this.text = palette.rgb(StatusPalette.TEXT);
    }

    /** Draws the grid of {@code page} from {@code top}; returns the grid's bottom edge. */
    float draw(RosterPage page, float x, float top, float width, float maxHeight) throws IOException {
        float weekday = (width - 2 * WEEKEND_WIDTH) / 5;
        int offset = page.month().atDay(1).getDayOfWeek().getValue() - 1;
        int rows = (offset + page.days().size() + 6) / 7;
        float rowHeight = Math.min(MAX_ROW_HEIGHT, (maxHeight - HEADER_HEIGHT) / rows);
        for (int column = 0; column < 7; column++) {
            float cx = columnX(x, weekday, column);
            float cw = column < 5 ? weekday : WEEKEND_WIDTH;
            canvas.fill(cx, top, cw, HEADER_HEIGHT, text);
            String name = DayOfWeek.of(column + 1).getDisplayName(column < 5 ? TextStyle.FULL : TextStyle.SHORT,
                    Locale.US);
            canvas.textCentred(fonts.bold(), 7.5f, cx + cw / 2, top + 10, name, 0xffffff);
        }
        float gridTop = top + HEADER_HEIGHT;
        for (int cell = 0; cell < rows * 7; cell++) {
            int column = cell % 7;
            float cx = columnX(x, weekday, column);
            float cy = gridTop + (cell / 7) * rowHeight;
            float cw = column < 5 ? weekday : WEEKEND_WIDTH;
            int dayIndex = cell - offset;
            if (dayIndex >= 0 && dayIndex < page.days().size()) {
                drawDay(page.days().get(dayIndex), cx, cy, cw, rowHeight);
            }
            canvas.outline(cx, cy, cw, rowHeight, 0.5f, GRID_LINE);
        }
        float bottom = gridTop + rows * rowHeight;
        for (RosterDay day : page.days()) {
            if (day.kind().callsNineOneOne()) {
                int cell = offset + day.date().getDayOfMonth() - 1;
                int column = cell % 7;
                canvas.outline(columnX(x, weekday, column) + 0.8f, gridTop + (cell / 7) * rowHeight + 0.8f,
                        (column < 5 ? weekday : WEEKEND_WIDTH) - 1.6f, rowHeight - 1.6f, 1.6f, 0x000000);
            }
        }
        return bottom;
    }

    /**
     * Where day {@code dayOfMonth} of {@code month} sits in a grid drawn at {@code x, top} (page
     * coordinates from the top-left corner, as {@link #draw} uses them).
     */
    static java.awt.geom.Rectangle2D.Float cell(java.time.YearMonth month, int dayOfMonth, float x, float top,
                                                float width, float maxHeight) {
        float weekday = (width - 2 * WEEKEND_WIDTH) / 5;
        int offset = month.atDay(1).getDayOfWeek().getValue() - 1;
        int rows = (offset + month.lengthOfMonth() + 6) / 7;
        float rowHeight = Math.min(MAX_ROW_HEIGHT, (maxHeight - HEADER_HEIGHT) / rows);
        int cell = offset + dayOfMonth - 1;
        int column = cell % 7;
        return new java.awt.geom.Rectangle2D.Float(columnX(x, weekday, column),
                top + HEADER_HEIGHT + (cell / 7) * rowHeight, column < 5 ? weekday : WEEKEND_WIDTH, rowHeight);
    }

    private static float columnX(float x, float weekday, int column) {
        return column < 5 ? x + column * weekday : x + 5 * weekday + (column - 5) * WEEKEND_WIDTH;
    }

    private void drawDay(RosterDay day, float x, float top, float w, float h) throws IOException {
        DayKind kind = day.kind();
        int colour = palette.rgb(kind.paletteName());
        String number = String.valueOf(day.date().getDayOfMonth());
        if (kind == DayKind.NOT_IN_SESSION) {
            canvas.fill(x, top, w, h, colour);
            canvas.hatch(x, top, w, h, 6, HATCH);
            canvas.text(fonts.bold(), 9, x + 3, top + 10, number, MUTED_TEXT);
            lines(day.lines(), fonts.regular(), 6.5f, x + 3, top + 20, w - 6, h - 22, MUTED_TEXT);
            return;
        }
        if (kind.callsNineOneOne()) {
            canvas.fill(x, top, w, h, colour);
            canvas.text(fonts.bold(), 9, x + 4, top + 11, number, text);
            float middle = top + h / 2 + 2;
            List<String> words = day.lines();
            canvas.textCentred(fonts.bold(), 9, x + w / 2, middle, words.isEmpty() ? "" : words.get(0), text);
            if (words.size() > 1) {
                canvas.textCentred(fonts.bold(), 12, x + w / 2, middle + 13, words.get(1), text);
            }
            return;
        }
        canvas.fill(x, top, STRIPE, h, colour);
        canvas.text(fonts.bold(), 9, x + STRIPE + 3, top + 10, number, text);
        String tag = tag(kind);
        float tagRoom = w - STRIPE - 20;
        canvas.textRight(fonts.bold(), 5.5f, x + w - 3, top + 9,
                PdfCanvas.fit(fonts.bold(), 5.5f, tag, tagRoom), MUTED_TEXT);
        lines(day.lines(), fonts.regular(), 7.8f, x + STRIPE + 3, top + 22, w - STRIPE - 6, h - 24, text);
    }

    /** The word tag printed in a day's corner, so no day depends on its colour. */
    static String tag(DayKind kind) {
        return switch (kind) {
            case SRO_ON_SITE -> "SRO";
            case SRO_PART_DAY -> "PART DAY";
            case ROVER_COVERS -> "ROVER COVERS";
            case REASSIGNED_HERE -> "REASSIGNED";
            case ROVERS_ON_CALL -> "ROVERS 7–3";
            case NO_SRO, NO_ROVER -> "CALL 911";
            case NOT_IN_SESSION -> "NO SCHOOL";
        };
    }

    /** Wrapped lines from {@code top}, as many as fit in {@code maxHeight}; the last cut one ends in "…". */
    private void lines(List<String> items, org.apache.pdfbox.pdmodel.font.PDFont font, float size, float x,
                       float top, float width, float maxHeight, int rgb) throws IOException {
        List<String> wrapped = new ArrayList<>();
        for (String item : items) {
            wrapped.addAll(PdfCanvas.wrap(font, size, item, width));
        }
        float leading = size + 1.6f;
        int fits = Math.max(1, (int) ((maxHeight + leading - size) / leading));
        for (int i = 0; i < wrapped.size() && i < fits; i++) {
            String line = wrapped.get(i);
            if (i == fits - 1 && wrapped.size() > fits) {
                line = PdfCanvas.fit(font, size, line + "…", width);
            }
            canvas.text(font, size, x, top + i * leading, line, rgb);
        }
    }

    /** Draws one legend entry per kind in {@code kinds}; returns the bottom edge. */
    float legend(Set<DayKind> kinds, float x, float top, float width) throws IOException {
        float cursor = x;
        float row = top;
        for (DayKind kind : EnumSet.copyOf(kinds)) {
            String label = kind.label();
            float entry = 16 + PdfCanvas.width(fonts.regular(), 7.5f, label) + 12;
            if (cursor + entry > x + width) {
                cursor = x;
                row += 13;
            }
            swatch(kind, cursor, row, 12, 9);
            canvas.text(fonts.regular(), 7.5f, cursor + 16, row + 7.5f, label, text);
            cursor += entry;
        }
        return row + 11;
    }

    private void swatch(DayKind kind, float x, float top, float w, float h) throws IOException {
        int colour = palette.rgb(kind.paletteName());
        if (kind == DayKind.NOT_IN_SESSION) {
            canvas.fill(x, top, w, h, colour);
            canvas.hatch(x, top, w, h, 4, HATCH);
        } else if (kind.callsNineOneOne()) {
            canvas.fill(x, top, w, h, colour);
            canvas.outline(x + 0.6f, top + 0.6f, w - 1.2f, h - 1.2f, 1.2f, 0x000000);
            return;
        } else {
            canvas.fill(x, top, STRIPE, h, colour);
        }
        canvas.outline(x, top, w, h, 0.5f, GRID_LINE);
    }
}
