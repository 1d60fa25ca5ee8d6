package org.srodesk.export.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The two faces every roster prints in: DejaVu Sans and DejaVu Sans Bold, shipped in
 * {@code /org/srodesk/fonts/} with their licence ({@code DejaVu-LICENSE.txt}) and embedded as
 * subsets, so the PDF looks the same on every printer and prints every accent ("Nguyễn", "Peña").
 *
 * <p>Parsing a 700 KB TrueType file costs more than drawing a whole roster page, so each thread
 * parses the two files once and reuses them for every document it writes
 * ({@code PDType0Font.load(document, ttf, true)} leaves the parsed font open for reuse). A parsed
 * {@link TrueTypeFont} is not safe to share between threads, hence one pair per thread.
 */
record RosterFonts(PDType0Font regular, PDType0Font bold) {

    private static final byte[] REGULAR = read("DejaVuSans.ttf");
    private static final byte[] BOLD = read("DejaVuSans-Bold.ttf");

    private static final ThreadLocal<TrueTypeFont[]> PARSED =
            ThreadLocal.withInitial(() -> new TrueTypeFont[] {parse(REGULAR), parse(BOLD)});

    /** Loads both faces into {@code document}; only the glyphs the document uses are embedded. */
    static RosterFonts load(PDDocument document) throws IOException {
        TrueTypeFont[] parsed = PARSED.get();
        return new RosterFonts(PDType0Font.load(document, parsed[0], true), PDType0Font.load(document, parsed[1], true));
    }

    private static TrueTypeFont parse(byte[] file) {
        try {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file));
            // Glyph substitution (ligatures) is for typesetting prose; names, dates and phone numbers
            // do not need it, and PDFBox's Latin GSUB pass costs more than drawing the page.
            font.setEnableGsub(false);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse the roster font", e);
        }
    }

    private static byte[] read(String name) {
        String resource = "/org/srodesk/fonts/" + name;
        try (InputStream in = RosterFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing font resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
