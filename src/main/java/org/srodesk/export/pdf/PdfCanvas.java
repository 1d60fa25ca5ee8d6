package org.srodesk.export.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A thin layer over one page's content stream: coordinates measured from the page's top edge
 * (as the layout thinks), text that wraps and shortens to fit, filled and hatched boxes. Text a
 * font cannot show is replaced by "?" instead of failing the whole batch.
 */
final class PdfCanvas {

    private final PDPageContentStream stream;
    private final float pageHeight;

    PdfCanvas(PDPageContentStream stream, float pageHeight) {
        this.stream = stream;
        this.pageHeight = pageHeight;
    }

    /** The width of {@code text} in {@code font} at {@code size} points. */
    static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(printable(font, text)) / 1000f * size;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot measure text", e);
        }
    }

    /** {@code text} with every character the font has no glyph for replaced by "?". */
    static String printable(PDFont font, String text) {
        try {
            font.encode(text);
            return text;
        } catch (IllegalArgumentException | IOException whole) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                String one = new String(Character.toChars(cp));
                try {
                    font.encode(one);
                    out.append(one);
                } catch (IllegalArgumentException | IOException e) {
                    out.append('?');
                }
            });
            return out.toString();
        }
    }

    /** Draws {@code text} with its baseline {@code top} points below the page's top edge. */
    void text(PDFont font, float size, float x, float top, String text, int rgb) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(font, size);
        colour(rgb, false);
        stream.newLineAtOffset(x, pageHeight - top);
        stream.showText(printable(font, text));
        stream.endText();
    }

    /** Draws {@code text} ending at {@code right}. */
    void textRight(PDFont font, float size, float right, float top, String text, int rgb) throws IOException {
        text(font, size, right - width(font, size, text), top, text, rgb);
    }

    /** Draws {@code text} centred on {@code centre}. */
    void textCentred(PDFont font, float size, float centre, float top, String text, int rgb) throws IOException {
        text(font, size, centre - width(font, size, text) / 2, top, text, rgb);
    }

    /** {@code text} shortened with "…" to fit {@code maxWidth}. */
    static String fit(PDFont font, float size, String text, float maxWidth) {
        if (width(font, size, text) <= maxWidth) {
            return text;
        }
        String shortened = text;
        while (!shortened.isEmpty() && width(font, size, shortened + "…") > maxWidth) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened.stripTrailing() + "…";
    }

    /** Breaks {@code text} into lines no wider than {@code maxWidth}, at spaces where it can. */
    static List<String> wrap(PDFont font, float size, String text, float maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, size, candidate) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            line.setLength(0);
            line.append(width(font, size, word) <= maxWidth ? word : fit(font, size, word, maxWidth));
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Fills a box given by its top-left corner (from the page top) and size. */
    void fill(float x, float top, float w, float h, int rgb) throws IOException {
        colour(rgb, false);
        stream.addRect(x, pageHeight - top - h, w, h);
        stream.fill();
    }

    /** Outlines a box. */
    void outline(float x, float top, float w, float h, float lineWidth, int rgb) throws IOException {
        colour(rgb, true);
        stream.setLineWidth(lineWidth);
        stream.addRect(x, pageHeight - top - h, w, h);
        stream.stroke();
    }

    /** A straight line between two points measured from the page top. */
    void line(float x1, float top1, float x2, float top2, float lineWidth, int rgb) throws IOException {
        colour(rgb, true);
        stream.setLineWidth(lineWidth);
        stream.moveTo(x1, pageHeight - top1);
        stream.lineTo(x2, pageHeight - top2);
        stream.stroke();
    }

    /** Diagonal hatching inside a box: how a day without school reads in black and white. */
    void hatch(float x, float top, float w, float h, float spacing, int rgb) throws IOException {
        stream.saveGraphicsState();
        stream.addRect(x, pageHeight - top - h, w, h);
        stream.clip();
        colour(rgb, true);
        stream.setLineWidth(0.5f);
        float bottom = pageHeight - top - h;
        for (float offset = -h; offset < w; offset += spacing) {
            stream.moveTo(x + offset, bottom);
            stream.lineTo(x + offset + h, bottom + h);
        }
        stream.stroke();
        stream.restoreGraphicsState();
    }

    private void colour(int rgb, boolean stroke) throws IOException {
        float r = ((rgb >> 16) & 0xff) / 255f;
        float g = ((rgb >> 8) & 0xff) / 255f;
        float b = (rgb & 0xff) / 255f;
        if (stroke) {
            stream.setStrokingColor(r, g, b);
        } else {
            stream.setNonStrokingColor(r, g, b);
        }
    }
}
