package com.allyway.payout;

import com.allyway.shared.mongo.BatchedReads;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.core.convert.ConversionService;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * What a statement run needs to know of a stored statement: its status and version, the hash of its content, and
 * per line only the id, the amount and whether it is held. A run reads every statement ever written (1,000 partners
 * with 100 lines each is 100,000 lines), so it reads these few fields, not whole statements.
 */
record StatementSummary(String id, String relationshipId, String partnerName, Period period, StatementStatus status,
        boolean carriedForward, Long version, String contentSha256, List<Line> lines) {

    record Line(String lineId, BigDecimal amount, boolean held, String holdReason) {
    }

    static Map<String, List<StatementSummary>> byRelationship(MongoTemplate mongo) {
        Query query = new Query();
        query.fields().include("relationshipId", "partnerName", "periodStart", "periodEnd", "status",
                "carriedForward", "version", "contentSha256", "lines.held", "lines.holdReason", "lines.line.lineId",
                "lines.line.amount.amount");
        ConversionService stored = mongo.getConverter().getConversionService();
        List<StatementSummary> summaries = new ArrayList<>();
        for (Document raw : BatchedReads.all(mongo, query, Document.class, mongo.getCollectionName(Statement.class),
                2_000)) {
            List<Line> lines = new ArrayList<>();
            for (Document line : raw.getList("lines", Document.class, List.of())) {
                Document commission = line.get("line", Document.class);
                lines.add(new Line(commission.getString("lineId"), stored.convert(commission.get("amount",
                        Document.class).get("amount"), BigDecimal.class), line.getBoolean("held", false),
                        line.getString("holdReason")));
            }
            summaries.add(new StatementSummary(raw.getString("_id"), raw.getString("relationshipId"),
                    raw.getString("partnerName"), new Period(stored.convert(raw.get("periodStart"), LocalDate.class),
                    stored.convert(raw.get("periodEnd"), LocalDate.class)),
                    StatementStatus.valueOf(raw.getString("status")), raw.getBoolean("carriedForward", false),
                    raw.get("version") instanceof Number version ? version.longValue() : null,
                    raw.getString("contentSha256"), List.copyOf(lines)));
        }
        return summaries.stream().collect(Collectors.groupingBy(StatementSummary::relationshipId));
    }
}
