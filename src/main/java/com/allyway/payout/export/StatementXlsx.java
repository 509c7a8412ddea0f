package com.allyway.payout.export;

import com.allyway.payout.Statement;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A statement as an Excel workbook (Apache POI): amounts are numbers with the currency's format, not text. */
public final class StatementXlsx {

    private StatementXlsx() {
    }

    public static byte[] write(Statement statement) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            String code = statement.currency().getCurrencyCode();
            int digits = statement.currency().getDefaultFractionDigits();
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0" + (digits > 0 ? "." + "0".repeat(digits)
                    : "") + " \"" + code + "\""));
            CellStyle bold = workbook.createCellStyle();
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            bold.setFont(boldFont);
            Sheet sheet = workbook.createSheet(statement.getPeriodLabel());
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(StatementRows.title(statement));
            title.getCell(0).setCellStyle(bold);
            Row header = sheet.createRow(2);
            for (int column = 0; column < StatementRows.HEADER.size(); column++) {
                header.createCell(column).setCellValue(StatementRows.HEADER.get(column));
                header.getCell(column).setCellStyle(bold);
            }
            int rowNumber = 3;
            for (StatementRows.Row line : StatementRows.of(statement)) {
                Row row = sheet.createRow(rowNumber++);
                row.createCell(0).setCellValue(line.earnedOn());
                row.createCell(1).setCellValue(line.payableOn());
                row.createCell(2).setCellValue(line.invoice());
                row.createCell(3).setCellValue(line.rule());
                row.createCell(4).setCellValue(line.planVersion());
                number(row, 5, line.revenue(), money);
                number(row, 6, line.ratePercent(), null);
                number(row, 7, line.amount(), money);
                row.createCell(8).setCellValue(line.currency());
                row.createCell(9).setCellValue(line.status());
                row.createCell(10).setCellValue(line.explanation());
            }
            Row total = sheet.createRow(rowNumber + 1);
            total.createCell(6).setCellValue("Total");
            number(total, 7, statement.getTotal().amount(), money);
            Row payable = sheet.createRow(rowNumber + 2);
            payable.createCell(6).setCellValue("Paid now");
            number(payable, 7, statement.payable().amount(), money);
            if (statement.getCarryReason() != null) {
                payable.createCell(9).setCellValue(statement.getCarryReason());
            }
            // Fixed widths (in characters): measuring text would need fonts installed on the server.
            int[] widths = {12, 12, 16, 22, 6, 16, 8, 16, 9, 24, 100};
            for (int column = 0; column < widths.length; column++) {
                sheet.setColumnWidth(column, widths[column] * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        if (value == null) {
            return;
        }
        var cell = row.createCell(column);
        cell.setCellValue(value.doubleValue()); // a spreadsheet's own number type; the exact amount is in the CSV
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
