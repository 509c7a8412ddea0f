package com.allyway.payout.export;

import com.allyway.payout.Statement;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.DoubleConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** All statements of a period in one ZIP: each as PDF, CSV and XLSX. Reports its progress from 0 to 1. */
public final class StatementZip {

    private StatementZip() {
    }

    public static byte[] write(List<Statement> statements, String companyName, DoubleConsumer progress) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            int done = 0;
            for (Statement statement : statements) {
                add(zip, StatementRows.fileName(statement, "pdf"), StatementPdf.write(statement, companyName));
                add(zip, StatementRows.fileName(statement, "csv"), StatementCsv.write(statement));
                add(zip, StatementRows.fileName(statement, "xlsx"), StatementXlsx.write(statement));
                progress.accept(++done / (double) statements.size());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void add(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    public static String fileName(String periodLabel) {
        return "statements-" + periodLabel + ".zip";
    }
}
