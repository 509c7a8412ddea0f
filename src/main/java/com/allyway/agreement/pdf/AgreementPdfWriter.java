package com.allyway.agreement.pdf;

import com.allyway.agreement.CommissionPlan;
import com.allyway.shared.pdf.PdfFonts;
import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.forms.fields.PdfSignatureFormField;
import com.itextpdf.forms.fields.SignatureFormFieldBuilder;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.CompressionConstants;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.io.ByteArrayOutputStream;

/**
 * Lays an agreement out on A4: title, parties, recitals, the terms table, the clauses, and two signature blocks
 * with empty signature fields ({@link #COMPANY_FIELD}, {@link #PARTNER_FIELD}) that {@link AgreementSigner} fills
 * later; every page has the reference and "page n of m" in its footer.
 */
public final class AgreementPdfWriter {

    public static final String COMPANY_FIELD = "company-signature";
    public static final String PARTNER_FIELD = "partner-acceptance";

    private static final float MARGIN = 56;
    private static final float SIGNATURE_BLOCK_HEIGHT = 190;
    private static final float SIGNATURE_BOX_HEIGHT = 70;
    private static final DeviceRgb ACCENT = new DeviceRgb(0x1f, 0x4e, 0x79);
    private static final DeviceRgb SHADE = new DeviceRgb(0xee, 0xf2, 0xf7);

    /** The unsigned PDF. */
    public byte[] write(AgreementText text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(48 * 1024);
        PdfDocument pdf = new PdfDocument(new PdfWriter(out, new WriterProperties()
                // Plain cross-reference table, fast deflate: a third quicker than object streams (see the README's
                // benchmark) for a file of ~35 KB either way.
                .setCompressionLevel(CompressionConstants.BEST_SPEED)));
        pdf.getDocumentInfo().setTitle(text.title() + " · " + text.partnerName()).setAuthor(text.companyName())
                .setCreator("Allyway").setSubject(text.reference());
        PdfFont regular = PdfFonts.regular();
        PdfFont bold = PdfFonts.bold();
        // Not flushed page by page: the footer needs the page count, known only at the end.
        try (Document document = new Document(pdf, PageSize.A4, false)) {
            document.setMargins(MARGIN, MARGIN, MARGIN + 14, MARGIN);
            document.setFont(regular).setFontSize(10.5f);
            document.add(new Paragraph(text.title()).setFont(bold).setFontSize(20).setFontColor(ACCENT)
                    .setMarginBottom(2));
            document.add(new Paragraph(text.reference()).setFontSize(9).setFontColor(ColorConstants.DARK_GRAY));
            heading(document, bold, "Parties");
            document.add(new Paragraph().add("This agreement is made between ")
                    .add(new Text(text.companyName()).setFont(bold))
                    .add(" (\"the Company\") and ")
                    .add(new Text(text.partnerName()).setFont(bold))
                    .add(" (\"the Partner\")."));
            if (!text.recitals().isEmpty()) {
                heading(document, bold, "Recitals");
                for (String recital : text.recitals()) {
                    document.add(new Paragraph(recital).setMarginLeft(12));
                }
            }
            heading(document, bold, "Commission terms");
            document.add(termsTable(text, bold));
            for (String clause : text.clauses()) {
                if (clause.startsWith("# ")) {
                    heading(document, bold, clause.substring(2).strip());
                } else {
                    document.add(new Paragraph(clause).setTextAlignment(TextAlignment.JUSTIFIED));
                }
            }
            signatureBlocks(document, pdf, text, bold);
            footers(document, pdf, text);
        }
        return out.toByteArray();
    }

    private static void heading(Document document, PdfFont bold, String title) {
        document.add(new Paragraph(title).setFont(bold).setFontSize(12.5f).setFontColor(ACCENT).setMarginTop(12)
                .setMarginBottom(4));
    }

    private static Table termsTable(AgreementText text, PdfFont bold) {
        Table table = new Table(UnitValue.createPercentArray(new float[] {32, 68})).useAllAvailableWidth();
        for (CommissionPlan.Term term : text.terms()) {
            table.addCell(new Cell().add(new Paragraph(term.label()).setFont(bold)).setBackgroundColor(SHADE)
                    .setBorder(new SolidBorder(ColorConstants.LIGHT_GRAY, 0.5f)).setPadding(5));
            table.addCell(new Cell().add(new Paragraph(term.value()))
                    .setBorder(new SolidBorder(ColorConstants.LIGHT_GRAY, 0.5f)).setPadding(5));
        }
        return table;
    }

    /**
     * Two blocks side by side, kept together on the last page: a caption, an empty signature field, and the
     * signatory's name and title under it.
     */
    private static void signatureBlocks(Document document, PdfDocument pdf, AgreementText text, PdfFont bold) {
        LayoutArea area = document.getRenderer().getCurrentArea();
        if (area.getBBox().getHeight() < SIGNATURE_BLOCK_HEIGHT + 24) {
            document.add(new AreaBreak());
            area = document.getRenderer().getCurrentArea();
        }
        int page = area.getPageNumber();
        Rectangle free = area.getBBox();
        float gap = 24;
        float width = (free.getWidth() - gap) / 2;
        document.add(new Paragraph("Signatures").setFont(bold).setFontSize(12.5f).setFontColor(ACCENT)
                .setFixedPosition(page, free.getLeft(), free.getTop() - 30, free.getWidth()));
        document.add(new Paragraph("Signed electronically in the Allyway portal. Any PDF reader shows whether the"
                + " signatures are intact.").setFontSize(8.5f).setFontColor(ColorConstants.DARK_GRAY)
                .setFixedPosition(page, free.getLeft(), free.getTop() - SIGNATURE_BLOCK_HEIGHT, free.getWidth()));
        float captionTop = free.getTop() - 54;
        block(document, pdf, bold, page, free.getLeft(), captionTop, width, "For " + text.companyName(),
                text.company(), COMPANY_FIELD);
        block(document, pdf, bold, page, free.getLeft() + width + gap, captionTop, width,
                "For " + text.partnerName(), text.partner(), PARTNER_FIELD);
    }

    private static void block(Document document, PdfDocument pdf, PdfFont bold, int page, float left, float top,
            float width, String caption, AgreementText.Signatory signatory, String fieldName) {
        document.add(new Paragraph(caption).setFont(bold).setFixedPosition(page, left, top - 14, width));
        Rectangle box = new Rectangle(left, top - 20 - SIGNATURE_BOX_HEIGHT, width, SIGNATURE_BOX_HEIGHT);
        new PdfCanvas(pdf.getPage(page)).setStrokeColor(ColorConstants.GRAY).setLineWidth(0.6f)
                .moveTo(box.getLeft(), box.getBottom()).lineTo(box.getRight(), box.getBottom()).stroke();
        PdfSignatureFormField field = new SignatureFormFieldBuilder(pdf, fieldName).setWidgetRectangle(box)
                .setPage(page).createSignature();
        PdfAcroForm.getAcroForm(pdf, true).addField(field, pdf.getPage(page));
        String who = signatory.title() == null || signatory.title().isBlank() ? signatory.name()
                : signatory.name() + ", " + signatory.title();
        document.add(new Paragraph(who).setFontSize(9.5f).setBorder(Border.NO_BORDER)
                .setFixedPosition(page, left, box.getBottom() - 16, width));
    }

    private static void footers(Document document, PdfDocument pdf, AgreementText text) {
        int pages = pdf.getNumberOfPages();
        for (int page = 1; page <= pages; page++) {
            Rectangle size = pdf.getPage(page).getPageSize();
            document.showTextAligned(new Paragraph(text.reference()).setFontSize(8)
                    .setFontColor(ColorConstants.GRAY), MARGIN, MARGIN - 10, page, TextAlignment.LEFT,
                    VerticalAlignment.BOTTOM, 0);
            document.showTextAligned(new Paragraph("Page " + page + " of " + pages).setFontSize(8)
                    .setFontColor(ColorConstants.GRAY), size.getRight() - MARGIN, MARGIN - 10, page,
                    TextAlignment.RIGHT, VerticalAlignment.BOTTOM, 0);
        }
    }
}
