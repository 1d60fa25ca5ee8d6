package org.srodesk.export.review;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.srodesk.export.pdf.RosterFonts;

/**
 * Writes flowing text and tables onto US Letter pages, starting a new page (with the running
 * header repeated) when the next line does not fit. Coordinates in PDF points.
 */
final class ReviewPageWriter implements AutoCloseable {

    static final float MARGIN = 54;
    static final float WIDTH = PDRectangle.LETTER.getWidth() - 2 * MARGIN;
    private static final Color RULE = new Color(0xD0, 0xD7, 0xDE);
    private static final Color STRIPE = new Color(0xF6, 0xF8, 0xFA);
    private static final Color MUTED = new Color(0x57, 0x60, 0x6A);

    private final PDDocument document;
    private final RosterFonts fonts;
    private final String runningHeader;
    private PDPageContentStream content;
    private float y;
    private int pages;

    ReviewPageWriter(PDDocument document, RosterFonts fonts, String runningHeader) throws IOException {
        this.document = document;
        this.fonts = fonts;
        this.runningHeader = runningHeader;
        newPage();
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.LETTER);
        document.addPage(page);
        pages++;
        content = new PDPageContentStream(document, page);
        y = PDRectangle.LETTER.getHeight() - MARGIN;
        text(fonts.regular(), 8, MARGIN, 30, runningHeader, MUTED);
        String number = "Page " + pages;
        text(fonts.regular(), 8, MARGIN + WIDTH - width(fonts.regular(), 8, number), 30, number, MUTED);
    }

    private void need(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    void title(String title, String subtitle) throws IOException {
        need(50);
        text(fonts.bold(), 18, MARGIN, y - 18, title, Color.BLACK);
        text(fonts.regular(), 10, MARGIN, y - 34, subtitle, MUTED);
        y -= 48;
    }

    void heading(String heading) throws IOException {
        need(48);
        y -= 10;
        text(fonts.bold(), 12, MARGIN, y - 12, heading, Color.BLACK);
        y -= 20;
    }

    void paragraph(String sentence) throws IOException {
        for (String line : wrap(sentence, fonts.regular(), 9.5f, WIDTH)) {
            need(14);
            text(fonts.regular(), 9.5f, MARGIN, y - 10, line, Color.BLACK);
            y -= 13;
        }
        y -= 4;
    }

    /**
     * A table: header row in bold, striped rows, numbers right-aligned when {@code rightAligned[i]}.
     * Widths are fractions of the text width.
     */
    void table(String[] header, float[] widths, boolean[] rightAligned, List<String[]> rows) throws IOException {
        float rowHeight = 15;
        need(rowHeight * 2);
        drawRow(header, widths, rightAligned, fonts.bold(), null);
        for (int i = 0; i < rows.size(); i++) {
            if (y - rowHeight < MARGIN) {
                newPage();
                drawRow(header, widths, rightAligned, fonts.bold(), null);
            }
            drawRow(rows.get(i), widths, rightAligned, fonts.regular(), i % 2 == 1 ? STRIPE : null);
        }
        y -= 6;
    }

    private void drawRow(String[] cells, float[] widths, boolean[] right, PDFont font, Color fill) throws IOException {
        float rowHeight = 15;
        if (fill != null) {
            content.setNonStrokingColor(fill);
            content.addRect(MARGIN, y - rowHeight, WIDTH, rowHeight);
            content.fill();
        }
        float x = MARGIN;
        for (int c = 0; c < cells.length; c++) {
            float w = widths[c] * WIDTH;
            String cell = fit(cells[c], font, 8.5f, w - 6);
            float tx = right[c] ? x + w - 3 - width(font, 8.5f, cell) : x + 3;
            text(font, 8.5f, tx, y - 11, cell, Color.BLACK);
            x += w;
        }
        content.setStrokingColor(RULE);
        content.setLineWidth(0.5f);
        content.moveTo(MARGIN, y - rowHeight);
        content.lineTo(MARGIN + WIDTH, y - rowHeight);
        content.stroke();
        y -= rowHeight;
    }

    /** A horizontal bar split into coloured parts, with a legend line under it. */
    void stackedBar(float[] fractions, Color[] colours, String legend) throws IOException {
        need(34);
        float x = MARGIN;
        for (int i = 0; i < fractions.length; i++) {
            float w = fractions[i] * WIDTH;
            content.setNonStrokingColor(colours[i]);
            content.addRect(x, y - 12, w, 12);
            content.fill();
            x += w;
        }
        text(fonts.regular(), 8.5f, MARGIN, y - 24, legend, MUTED);
        y -= 32;
    }

    private void text(PDFont font, float size, float x, float baseline, String text, Color colour) throws IOException {
        content.beginText();
        content.setNonStrokingColor(colour);
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(text);
        content.endText();
    }

    private static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    private static String fit(String text, PDFont font, float size, float max) throws IOException {
        if (width(font, size, text) <= max) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && width(font, size, cut + "…") > max) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    private static List<String> wrap(String text, PDFont font, float size, float max) throws IOException {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, size, candidate) > max && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    int pages() {
        return pages;
    }

    @Override
    public void close() throws IOException {
        content.close();
    }
}
