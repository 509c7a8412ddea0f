package com.allyway.payout;

import com.allyway.payout.export.StatementCsv;
import com.allyway.payout.export.StatementPdf;
import com.allyway.payout.export.StatementRows;
import com.allyway.payout.export.StatementXlsx;
import com.allyway.payout.export.StatementZip;
import com.allyway.shared.AllywayProperties;
import com.allyway.shared.RejectedInputException;
import java.time.LocalDate;
import java.util.function.DoubleConsumer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Statements as files: CSV, XLSX and PDF one by one (for whoever may read the statement), and all of a period's
 * statements as one ZIP for finance and founders.
 */
@Service
public class StatementExportService {

    private final StatementService statements;
    private final String companyName;

    StatementExportService(StatementService statements, AllywayProperties properties) {
        this.statements = statements;
        this.companyName = properties.companyName();
    }

    public enum Format {
        CSV("csv", "text/csv; charset=UTF-8"),
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        PDF("pdf", "application/pdf");

        private final String extension;
        private final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }
    }

    /** A file to download. */
    public record ExportedFile(String fileName, String contentType, byte[] content) {
    }

    @PreAuthorize(StatementService.READERS)
    public ExportedFile export(String statementId, Format format) {
        Statement statement = statements.find(statementId).orElseThrow(() -> new RejectedInputException("statement",
                "This statement does not exist."));
        byte[] content = switch (format) {
            case CSV -> StatementCsv.write(statement);
            case XLSX -> StatementXlsx.write(statement);
            case PDF -> StatementPdf.write(statement, companyName);
        };
        return new ExportedFile(StatementRows.fileName(statement, format.extension), format.contentType, content);
    }

    /** Every statement of the period containing {@code dayInPeriod}, each as PDF, CSV and XLSX, in one ZIP. */
    @PreAuthorize("hasAnyRole('FINANCE', 'FOUNDER')")
    public ExportedFile zip(LocalDate dayInPeriod, DoubleConsumer progress) {
        byte[] content = StatementZip.write(statements.list(dayInPeriod), companyName, progress);
        return new ExportedFile(StatementZip.fileName(statements.recentPeriods(dayInPeriod, 1).getFirst().label()),
                "application/zip", content);
    }
}
