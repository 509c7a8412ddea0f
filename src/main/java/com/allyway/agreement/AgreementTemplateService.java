package com.allyway.agreement;

import com.allyway.audit.AuditAction;
import com.allyway.audit.AuditLog;
import com.allyway.security.AllywayUser;
import com.allyway.security.CurrentUser;
import com.allyway.shared.ConcurrentChangeException;
import com.allyway.shared.RejectedInputException;
import com.allyway.shared.TextInput;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Agreement templates: founders and admins write them, staff and finance pick one for a draft. Every save is a new
 * version, so an agreement always names the exact text it was made from.
 */
@Service
public class AgreementTemplateService {

    static final String STANDARD_KEY = "standard-referral";

    private final MongoTemplate mongo;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    AgreementTemplateService(MongoTemplate mongo, CurrentUser currentUser, AuditLog auditLog, Clock clock) {
        this.mongo = mongo;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The latest version of every template, by name. */
    @PreAuthorize("hasAnyRole('STAFF', 'FINANCE', 'FOUNDER', 'ADMIN')")
    public List<AgreementTemplate> latestVersions() {
        Map<String, AgreementTemplate> latest = new LinkedHashMap<>();
        for (AgreementTemplate template : mongo.findAll(AgreementTemplate.class)) {
            latest.merge(template.key(), template, (a, b) -> a.version() >= b.version() ? a : b);
        }
        return latest.values().stream().sorted(Comparator.comparing(AgreementTemplate::name)).toList();
    }

    @PreAuthorize("hasAnyRole('STAFF', 'FINANCE', 'FOUNDER', 'ADMIN')")
    public Optional<AgreementTemplate> find(String id) {
        return Optional.ofNullable(id == null ? null : mongo.findById(id, AgreementTemplate.class));
    }

    /** Every version of one template, newest first. */
    @PreAuthorize("hasAnyRole('FOUNDER', 'ADMIN')")
    public List<AgreementTemplate> versions(String key) {
        return mongo.find(Query.query(Criteria.where("key").is(key)).with(Sort.by(Sort.Direction.DESC, "version")),
                AgreementTemplate.class);
    }

    /**
     * Saves a new template ({@code basedOn} null) or the next version of {@code basedOn}. Refused when somebody
     * saved a newer version since {@code basedOn} was read, and for an unknown placeholder, naming it.
     */
    @PreAuthorize("hasAnyRole('FOUNDER', 'ADMIN')")
    public AgreementTemplate save(AgreementTemplate basedOn, String name, String title, String recitals,
            String clauses) {
        String validName = TextInput.required(name, "name", "Give the template a name.", "The name",
                AgreementTemplate.NAME_MAX_LENGTH);
        String validTitle = TextInput.required(title, "title", "Enter the agreement's title.", "The title",
                AgreementTemplate.NAME_MAX_LENGTH);
        String validRecitals = TextInput.optional(recitals, "recitals", "The recitals",
                AgreementTemplate.TEXT_MAX_LENGTH);
        String validClauses = TextInput.required(clauses, "clauses", "Enter the agreement's clauses.", "The clauses",
                AgreementTemplate.TEXT_MAX_LENGTH);
        TemplatePlaceholders.check("title", validTitle);
        TemplatePlaceholders.check("recitals", validRecitals);
        TemplatePlaceholders.check("clauses", validClauses);
        String key = basedOn == null ? UUID.randomUUID().toString() : basedOn.key();
        int version = basedOn == null ? 1 : basedOn.version() + 1;
        AllywayUser user = currentUser.require();
        AgreementTemplate saved;
        try {
            saved = mongo.insert(new AgreementTemplate(AgreementTemplate.idOf(key, version), key, version, validName,
                    validTitle, validRecitals == null ? "" : validRecitals, validClauses, clock.instant(),
                    user.displayName()));
        } catch (DuplicateKeyException savedMeanwhile) {
            AgreementTemplate newer = mongo.findById(AgreementTemplate.idOf(key, version), AgreementTemplate.class);
            throw new ConcurrentChangeException("this template", newer == null ? "somebody" : newer.savedBy(),
                    newer == null ? clock.instant() : newer.savedAt());
        }
        auditLog.record(AuditAction.AGREEMENT_TEMPLATE_SAVED, saved.label(), "template " + saved.id());
        return saved;
    }

    /** The standard template, stored on first start so a draft always has one to start from. */
    void ensureStandardTemplate() {
        if (mongo.exists(Query.query(Criteria.where("key").is(STANDARD_KEY)), AgreementTemplate.class)) {
            return;
        }
        try {
            mongo.insert(new AgreementTemplate(AgreementTemplate.idOf(STANDARD_KEY, 1), STANDARD_KEY, 1,
                    "Standard referral partner agreement", "Referral Partner Agreement", StandardTemplate.RECITALS,
                    StandardTemplate.CLAUSES, clock.instant(), AuditLog.SYSTEM));
        } catch (DuplicateKeyException anotherInstanceWasFaster) {
            // stored by a second instance starting at the same time
        }
    }

    static RejectedInputException unknownTemplate() {
        return new RejectedInputException("template", "Choose an agreement template.");
    }
}
