package com.allyway.audit;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only audit trail. Writing is open to every feature (it records what the caller just did); reading is
 * for admins.
 */
@Service
public class AuditLog {

    public static final String ANONYMOUS = "anonymous";
    public static final String SYSTEM = "system";

    private final MongoTemplate mongo;
    private final Clock clock;

    AuditLog(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Records an action by whoever is signed in on this thread. Open to all: it only ever appends. */
    @PreAuthorize("permitAll()")
    public void record(AuditAction action, String subject, String details) {
        recordAs(currentActor(), action, subject, details);
    }

    /** Records an action whose actor is known to the caller, e.g. the name typed into a failed sign-in. */
    @PreAuthorize("permitAll()")
    public void recordAs(String actor, AuditAction action, String subject, String details) {
        mongo.insert(new AuditEntry(null, clock.instant(), actor, action, subject, details, remoteAddress(),
                List.of()));
    }

    /** Records a change to a record, field by field, by whoever is signed in on this thread. */
    @PreAuthorize("permitAll()")
    public void recordChanges(AuditAction action, String subject, String details, List<FieldChange> changes) {
        mongo.insert(new AuditEntry(null, clock.instant(), currentActor(), action, subject, details, remoteAddress(),
                changes));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEntry> find(Optional<AuditAction> action, String text, Pageable page) {
        return mongo.find(query(action, text).with(page).with(Sort.by(Sort.Direction.DESC, "at")), AuditEntry.class);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long count(Optional<AuditAction> action, String text) {
        return mongo.count(query(action, text), AuditEntry.class);
    }

    private static Query query(Optional<AuditAction> action, String text) {
        Query query = new Query();
        action.ifPresent(a -> query.addCriteria(Criteria.where("action").is(a)));
        if (text != null && !text.isBlank()) {
            String pattern = Pattern.quote(text.strip());
            query.addCriteria(new Criteria().orOperator(
                    Criteria.where("actor").regex(pattern, "i"),
                    Criteria.where("subject").regex(pattern, "i")));
        }
        return query;
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return ANONYMOUS;
        }
        return authentication.getName();
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }
}
