package org.srodesk.export.review;

import java.io.IOException;
import java.io.InputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans and DejaVu Sans Bold from {@code /org/srodesk/fonts/} (licence in
 * {@code DejaVu-LICENSE.txt}), embedded as subsets — the same faces as the principal roster PDFs,
 * so the review prints every accent ("Nguyễn", "Peña"). The review is one document now and then,
 * so the fonts are simply loaded per document. (The roster PDFs' {@code RosterFonts} on branch
 * {@code pdf} caches parsed fonts per thread; when both are merged this can use it instead.)
 */
record ReviewFonts(PDType0Font regular, PDType0Font bold) {

    static ReviewFonts load(PDDocument document) throws IOException {
        return new ReviewFonts(load(document, "DejaVuSans.ttf"), load(document, "DejaVuSans-Bold.ttf"));
    }

    private static PDType0Font load(PDDocument document, String name) throws IOException {
        String resource = "/org/srodesk/fonts/" + name;
        try (InputStream in = ReviewFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing font resource " + resource);
            }
            return PDType0Font.load(document, in, true);
        }
    }
}
