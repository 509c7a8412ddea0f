package com.allyway.payout.export;

import com.allyway.payout.Statement;
import com.allyway.shared.pdf.PdfFonts;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;

/** A statement as a PDF (iText): every line with its explanation, then the total and what is paid now. */
public final class StatementPdf {

    private static final DeviceRgb ACCENT = new DeviceRgb(0x1f, 0x4e, 0x79);
    private static final DeviceRgb SHADE = new DeviceRgb(0xee, 0xf2, 0xf7);

    private StatementPdf() {
    }

    public static byte[] write(Statement statement, String companyName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfDocument pdf = new PdfDocument(new PdfWriter(out));
        pdf.getDocumentInfo().setTitle(StatementRows.title(statement)).setAuthor(companyName).setCreator("Allyway");
        PdfFont regular = PdfFonts.regular();
        PdfFont bold = PdfFonts.bold();
        try (Document document = new Document(pdf, PageSize.A4.rotate())) {
            document.setFont(regular).setFontSize(8.5f);
            document.add(new Paragraph(StatementRows.title(statement)).setFont(bold).setFontSize(16)
                    .setFontColor(ACCENT));
            document.add(new Paragraph(companyName + " · " + statement.getStatus().label()
                    + (statement.getSha256() == null ? "" : " · SHA-256 " + statement.getSha256())
                    + (statement.getPaidOn() == null ? "" : " · paid on " + statement.getPaidOn() + ", reference "
                            + statement.getPaymentReference())).setFontColor(ColorConstants.DARK_GRAY));
            Table table = new Table(UnitValue.createPercentArray(new float[] {8, 8, 9, 9, 9, 5, 9, 8, 35}))
                    .useAllAvailableWidth();
            for (String heading : new String[] {"Earned", "Payable", "Invoice", "Rule", "Revenue", "Rate %", "Amount",
                    "Status", "Explanation"}) {
                table.addHeaderCell(new Cell().add(new Paragraph(heading).setFont(bold)).setBackgroundColor(SHADE));
            }
            for (StatementRows.Row row : StatementRows.of(statement)) {
                table.addCell(cell(row.earnedOn()));
                table.addCell(cell(row.payableOn()));
                table.addCell(cell(row.invoice()));
                table.addCell(cell(row.rule()));
                table.addCell(amount(row.revenue()));
                table.addCell(amount(row.ratePercent()));
                table.addCell(amount(row.amount()));
                table.addCell(cell(row.status()));
                table.addCell(cell(row.explanation()));
            }
            document.add(table);
            document.add(new Paragraph("Total: " + statement.getTotal()).setFont(bold).setFontSize(11)
                    .setTextAlignment(TextAlignment.RIGHT));
            document.add(new Paragraph("Paid now: " + statement.payable()).setFont(bold).setFontSize(11)
                    .setTextAlignment(TextAlignment.RIGHT));
            if (statement.getCarryReason() != null) {
                document.add(new Paragraph(statement.getCarryReason()).setTextAlignment(TextAlignment.RIGHT));
            }
        }
        return out.toByteArray();
    }

    private static Cell cell(String text) {
        return new Cell().add(new Paragraph(text == null ? "" : text))
                .setBorder(new SolidBorder(ColorConstants.LIGHT_GRAY, 0.5f));
    }

    private static Cell amount(BigDecimal value) {
        return cell(value == null ? "" : value.toPlainString()).setTextAlignment(TextAlignment.RIGHT);
    }
}
