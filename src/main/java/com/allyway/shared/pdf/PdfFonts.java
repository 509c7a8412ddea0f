package com.allyway.shared.pdf;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans, shipped in the jar (Bitstream Vera licence, see {@code fonts/DejaVu-LICENSE.txt}): it covers Latin,
 * Greek and Cyrillic, so "Zoë Müller-Łukasz" prints as typed. The font files are parsed once; each document
 * gets its own subset.
 */
public final class PdfFonts {

    private static final FontProgram REGULAR = load("/fonts/DejaVuSans.ttf");
    private static final FontProgram BOLD = load("/fonts/DejaVuSans-Bold.ttf");

    private PdfFonts() {
    }

    public static PdfFont regular() {
        return PdfFontFactory.createFont(REGULAR, PdfEncodings.IDENTITY_H,
                PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
    }

    public static PdfFont bold() {
        return PdfFontFactory.createFont(BOLD, PdfEncodings.IDENTITY_H,
                PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
    }

    private static FontProgram load(String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The font " + resource + " is missing from the application.");
            }
            return FontProgramFactory.createFont(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the font " + resource, e);
        }
    }
}
