package com.allyway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.allyway.partner.Organization;
import com.allyway.security.AllywayUser;
import com.allyway.security.Role;
import com.allyway.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The payout issue's "done when", in headless Chromium: finance imports a revenue CSV, generates the month's
 * statements, opens a line's explanation, approves, downloads PDF, Excel, CSV and the month's ZIP; the partner then
 * sees the approved statement in the portal.
 */
class PayoutBrowserIT extends BrowserTest {

    @Autowired
    Fixtures fixtures;


    @Test
    void financeImportsGeneratesApprovesAndExportsAndThePartnerSeesTheStatement() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Organization acme = fixtures.partnerOrganization();
        fixtures.acceptedAgreement(acme, today.minusMonths(3).withDayOfMonth(1));
        String won = fixtures.wonIntroduction(acme, today.minusMonths(2));
        AllywayUser finance = fixtures.internalUser(Role.FINANCE);
        AllywayUser partner = fixtures.partnerUser(acme, "Zoë Müller-Łukasz");
        String invoice = Fixtures.unique("INV");
        LocalDate paid = today.minusMonths(2).withDayOfMonth(10);
        Path csv = Files.writeString(work.resolve("revenue.csv"), "type,invoice,refund,introduction,amount,currency,"
                + "date\npayment," + invoice + ",," + won + ",4000.00,EUR," + paid + "\n", StandardCharsets.UTF_8);

        BrowserPage financePage = sessions.signedIn(finance.email(), Fixtures.PASSWORD, "finance");
        financePage.open("/revenue");
        financePage.upload("revenue-upload", csv);
        financePage.waitForText("revenue.csv: 1 added, 0 already recorded.");

        financePage.open("/statements");
        financePage.click("generate-statements"); // the current month: the line became payable 30 days after payment
        financePage.clickCell(acme.getName());
        financePage.waitForText("Draft · total EUR 500.00");
        financePage.clickCell("EUR 500.00");
        financePage.waitForText("12.5 % of EUR 4000.00, invoice " + invoice + ", month 1 of 12, plan v1");
        financePage.click("approve-statement");
        financePage.waitForText("Approved. The statement can no longer change.");
        byte[] pdf = financePage.download("export-pdf");
        byte[] xlsx = financePage.download("export-xlsx");
        String exportedCsv = new String(financePage.download("export-csv"), StandardCharsets.UTF_8);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getRow(3).getCell(7).getNumericCellValue()).isEqualTo(500.0);
        }
        assertThat(exportedCsv).contains(invoice, "500.00");
        financePage.screenshot("statement-approved.png");

        financePage.open("/statements");
        financePage.click("export-zip");
        financePage.waitForText("Download statements-" + YearMonth.from(today) + ".zip");
        List<String> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(financePage.download("download-zip")))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(entry.getName());
            }
        }
        assertThat(entries).anyMatch(name -> name.endsWith(".pdf") && name.contains(acme.getName().replace(' ', '-')));

        BrowserPage partnerPage = sessions.signedIn(partner.email(), Fixtures.PASSWORD, "partner");
        partnerPage.open("/statements");
        partnerPage.clickCell(YearMonth.from(today).toString());
        partnerPage.waitForText("Approved · total EUR 500.00");
        assertThat(partnerPage.text()).contains("12.5 % of EUR 4000.00").doesNotContain("Approve statement");
        partnerPage.screenshot("statement-partner.png");
    }
}
