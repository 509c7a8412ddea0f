package com.allyway.payout;

import static org.assertj.core.api.Assertions.assertThat;

import com.allyway.partner.Organization;
import com.allyway.security.AllywayUser;
import com.allyway.security.Role;
import com.allyway.shared.Money;
import com.allyway.testing.ExternalTools;
import com.allyway.testing.Fixtures;
import com.allyway.testing.IntegrationTest;
import com.allyway.testing.SignedIn;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The exports of one approved statement, written to {@code target/samples/} and read back with tools of their own
 * (a CSV parser, Apache POI, poppler's pdftotext): the numbers must be the engine's.
 */
@IntegrationTest
class StatementExportsIT {

    private static final Path SAMPLES = Path.of("target/samples");
    private static final LocalDate OCTOBER = LocalDate.of(2026, 10, 1);

    @Autowired
    StatementService statements;
    @Autowired
    StatementExportService exports;
    @Autowired
    RevenueService revenue;
    @Autowired
    Fixtures fixtures;

    private AllywayUser finance;
    private Statement statement;
    private String invoice;

    @BeforeEach
    void anApprovedStatement() {
        finance = fixtures.internalUser(Role.FINANCE);
        Organization partner = fixtures.partnerOrganization();
        fixtures.acceptedAgreement(partner, LocalDate.of(2026, 9, 1));
        String won = fixtures.wonIntroduction(partner, LocalDate.of(2026, 9, 2));
        invoice = "=HYPERLINK(\"http://evil\")-" + Fixtures.unique("INV");
        SignedIn.run(finance, () -> revenue.record(new RevenueEntry(RevenueEvent.Kind.PAYMENT, invoice, invoice, won,
                Money.of(new java.math.BigDecimal("4000.00"), "EUR"), LocalDate.of(2026, 9, 5))));
        SignedIn.run(finance, () -> revenue.record(new RevenueEntry(RevenueEvent.Kind.PAYMENT, invoice + "-2",
                invoice + "-2", won, Money.of(new java.math.BigDecimal("1234.56"), "EUR"), LocalDate.of(2026, 9, 6))));
        SignedIn.run(finance, () -> statements.generate(OCTOBER));
        Statement draft = SignedIn.as(finance, () -> statements.find(partner.getId() + ":2026-10")).orElseThrow();
        statement = SignedIn.as(finance, () -> statements.approve(draft.getId(), draft.getVersion()));
    }

    @Test
    void theCsvReadsBackWithTheEnginesNumbersAndNoFormulas() throws Exception {
        byte[] csv = SignedIn.as(finance, () -> exports.export(statement.getId(), StatementExportService.Format.CSV))
                .content();
        write("statement.csv", csv);

        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8)).getRecords();

        assertThat(records).hasSize(statement.getLines().size() + 2);
        assertThat(records.subList(0, 2)).extracting(record -> record.get("Amount"))
                .containsExactly("500.00", "154.32");
        assertThat(records.get(0).get("Invoice")).as("neutralized against formula injection")
                .isEqualTo("'" + invoice);
        assertThat(records.get(2).get("Rule")).isEqualTo("Total");
        assertThat(records.get(2).get("Amount")).isEqualTo(statement.getTotal().amount().toPlainString())
                .isEqualTo("654.32");
    }

    @Test
    void theXlsxHoldsNumbersInTheCurrencysFormat() throws Exception {
        byte[] xlsx = SignedIn.as(finance, () -> exports.export(statement.getId(),
                StatementExportService.Format.XLSX)).content();
        write("statement.xlsx", xlsx);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(3).getCell(7).getNumericCellValue()).isEqualTo(500.00);
            assertThat(sheet.getRow(4).getCell(7).getNumericCellValue()).isEqualTo(154.32);
            assertThat(sheet.getRow(3).getCell(7).getCellStyle().getDataFormatString()).contains("EUR");
            assertThat(sheet.getRow(6).getCell(6).getStringCellValue()).isEqualTo("Total");
            assertThat(sheet.getRow(6).getCell(7).getNumericCellValue()).isEqualTo(654.32);
        }
    }

    @Test
    void thePdfShowsTheLinesTheirExplanationsAndTheTotal() throws Exception {
        byte[] pdf = SignedIn.as(finance, () -> exports.export(statement.getId(), StatementExportService.Format.PDF))
                .content();
        Path file = write("statement.pdf", pdf);
        ExternalTools.assumeInstalled("pdftotext");

        Process process = new ProcessBuilder("pdftotext", "-layout", file.toString(), "-").start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();

        assertThat(text).contains(statement.getPartnerName(), "Total: EUR 654.32", "Paid now: EUR 654.32",
                "500.00", "154.32", "12.5 % of EUR 4000.00", "plan v1");
    }

    @Test
    void theZipHoldsEveryStatementOfThePeriodInAllThreeFormats() throws Exception {
        List<Double> progress = new ArrayList<>();
        StatementExportService.ExportedFile zip = SignedIn.as(finance, () -> exports.zip(OCTOBER, progress::add));
        write("statements-2026-10.zip", zip.content());

        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.content()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        int count = SignedIn.as(finance, () -> statements.list(OCTOBER)).size();
        assertThat(names).hasSize(count * 3).anyMatch(name -> name.endsWith(".pdf"))
                .anyMatch(name -> name.endsWith(".csv")).anyMatch(name -> name.endsWith(".xlsx"));
        assertThat(progress).hasSize(count).last().isEqualTo(1.0);
    }

    private static Path write(String name, byte[] content) throws Exception {
        Files.createDirectories(SAMPLES);
        return Files.write(SAMPLES.resolve(name), content);
    }
}
