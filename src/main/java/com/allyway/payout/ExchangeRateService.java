package com.allyway.payout;

import com.allyway.audit.AuditAction;
import com.allyway.audit.AuditLog;
import com.allyway.security.CurrentUser;
import com.allyway.shared.RejectedInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Finance's exchange-rate table: revenue in another currency than the plan's converts with the latest rate on or
 * before the payment's day. A recorded rate is never changed (lines keep the rate they used); a correction is a
 * rate for a later day.
 */
@Service
public class ExchangeRateService {

    private final MongoTemplate mongo;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    ExchangeRateService(MongoTemplate mongo, CurrentUser currentUser, AuditLog auditLog, Clock clock) {
        this.mongo = mongo;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('FINANCE')")
    public ExchangeRate record(Currency from, Currency to, BigDecimal rate, LocalDate date) {
        if (from == null || to == null || from.equals(to)) {
            throw new RejectedInputException("to", "Choose two different currencies.");
        }
        if (rate == null || rate.signum() <= 0) {
            throw new RejectedInputException("rate", "A rate is more than zero.");
        }
        if (date == null) {
            throw new RejectedInputException("date", "Enter the day the rate is for.");
        }
        String id = from.getCurrencyCode() + ":" + to.getCurrencyCode() + ":" + date;
        try {
            mongo.insert(new StoredExchangeRate(id, from, to, rate, date, clock.instant(),
                    currentUser.require().displayName()));
        } catch (DuplicateKeyException exists) {
            throw new RejectedInputException("date", "There is already a " + from.getCurrencyCode() + "→"
                    + to.getCurrencyCode() + " rate for " + date + "; rates are never changed, add one for a later"
                    + " day instead.");
        }
        auditLog.record(AuditAction.EXCHANGE_RATE_RECORDED, id, "1 " + from.getCurrencyCode() + " = "
                + rate.toPlainString() + " " + to.getCurrencyCode() + " from " + date);
        return new ExchangeRate(from, to, rate, date);
    }

    @PreAuthorize("hasAnyRole('FINANCE', 'FOUNDER')")
    public List<ExchangeRate> all() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "date")), StoredExchangeRate.class).stream()
                .map(StoredExchangeRate::asRate).toList();
    }

    /** The whole table in memory, for one statement run: rates are few, and lookups many. */
    @PreAuthorize("hasAnyRole('FINANCE', 'FOUNDER')")
    public ExchangeRate.Table table() {
        List<ExchangeRate> rates = all();
        return (from, to, day) -> rates.stream()
                .filter(rate -> rate.from().equals(from) && rate.to().equals(to) && !rate.date().isAfter(day))
                .max(Comparator.comparing(ExchangeRate::date));
    }
}
