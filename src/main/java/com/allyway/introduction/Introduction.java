package com.allyway.introduction;

import com.allyway.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A warm introduction of a prospect by a relationship (an ally or referral partner). Staff and the relationship's
 * people work this one record together; its history lives in the timeline.
 */
@Document(Introduction.COLLECTION)
public class Introduction {

    static final String COLLECTION = "introductions";

    @Id
    private String id;
    private String relationshipId;
    private String prospectCompany;
    private String prospectWebsite;
    /** Matching keys (see {@link ProspectKey}); the domain is absent for free-mail addresses. */
    private String prospectDomain;
    private String prospectCompanyKey;
    private String contactName;
    private String contactEmail;
    private String contactRole;
    private String whyGoodFit;
    private String introducedBy;
    private LocalDate introducedOn;
    private IntroductionStatus status;
    private String declineReason;
    private BigDecimal dealAmount;
    private String dealCurrency;
    private LocalDate wonOn;
    /** The staff member working the introduction; staff-only, like everything about who does what internally. */
    private String ownerId;
    private String ownerName;
    /** Set when another relationship introduced the prospect first (a conflict for staff) or this one did (repeat). */
    private String attributedToId;
    private boolean conflict;
    private boolean alreadyKnown;
    /** This introduction's share of the credit for the prospect; null on records from before decisions existed. */
    private Integer creditPercent;
    /** Staff's latest decision on a conflict (it names the other introduction, so it is staff-only)... */
    private AttributionDecision decision;
    /** ...and when it was made, which partner users may see: it is what they can dispute. */
    private Instant attributionDecidedAt;
    private Instant loggedAt;
    private String loggedBy;
    private Instant lastActivityAt;
    private String lastChangedBy;
    @Version
    private Long version;

    protected Introduction() {
        // for Spring Data
    }

    Introduction(String relationshipId, IntroductionDetails details, ProspectKey key, Instant loggedAt,
            String loggedBy) {
        this.relationshipId = relationshipId;
        this.prospectCompany = details.prospectCompany();
        this.prospectWebsite = details.prospectWebsite();
        this.prospectDomain = key.domain();
        this.prospectCompanyKey = key.companyKey();
        this.contactName = details.contactName();
        this.contactEmail = details.contactEmail();
        this.contactRole = details.contactRole();
        this.whyGoodFit = details.whyGoodFit();
        this.introducedBy = details.introducedBy();
        this.introducedOn = details.introducedOn();
        this.status = IntroductionStatus.NEW;
        this.loggedAt = loggedAt;
        this.loggedBy = loggedBy;
        this.lastActivityAt = loggedAt;
        this.lastChangedBy = loggedBy;
    }

    void attribute(AttributionPolicy.Attribution attribution) {
        switch (attribution) {
            case AttributionPolicy.Attribution.Owns owns -> {
                attributedToId = null;
                conflict = false;
            }
            case AttributionPolicy.Attribution.Conflict other -> {
                attributedToId = other.ownerIntroductionId();
                conflict = true;
            }
            case AttributionPolicy.Attribution.Repeat own -> {
                attributedToId = own.ownerIntroductionId();
                conflict = false;
            }
        }
        alreadyKnown = attributedToId != null;
        creditPercent = attributedToId == null ? 100 : 0;
    }

    /** Applies staff's decision on a conflict between this introduction and the other one it names. */
    void decide(AttributionDecision newDecision) {
        boolean later = id.equals(newDecision.laterIntroductionId());
        int share = newDecision.shareOf(id);
        creditPercent = share;
        decision = newDecision;
        attributionDecidedAt = newDecision.decidedAt();
        conflict = false;
        if (later) {
            attributedToId = share == 100 ? null : newDecision.earlierIntroductionId();
        } else {
            attributedToId = share == 0 ? newDecision.laterIntroductionId() : null;
        }
        touched(newDecision.decidedAt(), newDecision.decidedBy());
    }

    /** The attribution as the audit trail compares it before and after a decision. */
    Map<String, String> auditedAttributionFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Credit", getCreditPercent() + " %");
        fields.put("Conflict", conflict ? "open" : null);
        fields.put("Attribution decision", decision == null ? null
                : decision.outcome().label() + " (" + decision.reason() + ")");
        return fields;
    }

    /**
     * This introduction as a partner user may see it: without the staff-only attribution details (whether it is
     * a conflict, which introduction owns the prospect).
     */
    Introduction forPartner() {
        Introduction copy = new Introduction();
        copy.id = id;
        copy.relationshipId = relationshipId;
        copy.prospectCompany = prospectCompany;
        copy.prospectWebsite = prospectWebsite;
        copy.prospectDomain = prospectDomain;
        copy.prospectCompanyKey = prospectCompanyKey;
        copy.contactName = contactName;
        copy.contactEmail = contactEmail;
        copy.contactRole = contactRole;
        copy.whyGoodFit = whyGoodFit;
        copy.introducedBy = introducedBy;
        copy.introducedOn = introducedOn;
        copy.status = status;
        copy.declineReason = declineReason;
        copy.dealAmount = dealAmount;
        copy.dealCurrency = dealCurrency;
        copy.wonOn = wonOn;
        copy.ownerName = ownerName;
        copy.alreadyKnown = alreadyKnown;
        copy.creditPercent = creditPercent;
        copy.attributionDecidedAt = attributionDecidedAt;
        copy.loggedAt = loggedAt;
        copy.lastActivityAt = lastActivityAt;
        copy.lastChangedBy = lastChangedBy;
        copy.version = version;
        return copy;
    }

    void changeStatus(StatusChangePolicy.Request request, Instant at, String by) {
        status = request.target();
        if (request.target() == IntroductionStatus.DECLINED) {
            declineReason = request.reason().strip();
        }
        if (request.dealValue() != null) { // the policy allows a value only for an opportunity or a win
            dealAmount = request.dealValue().amount();
            dealCurrency = request.dealValue().currency().getCurrencyCode();
        }
        if (request.target() == IntroductionStatus.WON) {
            wonOn = request.wonOn();
        }
        touched(at, by);
    }

    /** What was logged, as the audit trail shows a new record: every field from empty to its value. */
    Map<String, String> auditedDetailFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Prospect", prospectCompany);
        fields.put("Website", prospectWebsite);
        fields.put("Contact", contactName);
        fields.put("Contact email", contactEmail);
        fields.put("Contact role", contactRole);
        fields.put("Why a good fit", whyGoodFit);
        fields.put("Introduced by", introducedBy);
        fields.put("Introduced on", introducedOn.toString());
        fields.put("Status", status.label());
        return fields;
    }

    /** The fields a status change may touch, as the audit trail shows them before and after. */
    Map<String, String> auditedStatusFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Status", status.label());
        fields.put("Decline reason", declineReason);
        fields.put("Deal value", dealAmount == null ? null : getDealValue().toString());
        fields.put("Won on", wonOn == null ? null : wonOn.toString());
        return fields;
    }

    void assignOwner(String newOwnerId, String newOwnerName, Instant at, String by) {
        ownerId = newOwnerId;
        ownerName = newOwnerId == null ? null : newOwnerName;
        touched(at, by);
    }

    private void touched(Instant at, String by) {
        lastActivityAt = at;
        lastChangedBy = by;
    }

    public String getId() {
        return id;
    }

    public String getRelationshipId() {
        return relationshipId;
    }

    public String getProspectCompany() {
        return prospectCompany;
    }

    public String getProspectWebsite() {
        return prospectWebsite;
    }

    public String getProspectDomain() {
        return prospectDomain;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactRole() {
        return contactRole;
    }

    public String getWhyGoodFit() {
        return whyGoodFit;
    }

    public String getIntroducedBy() {
        return introducedBy;
    }

    public LocalDate getIntroducedOn() {
        return introducedOn;
    }

    public IntroductionStatus getStatus() {
        return status;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public Money getDealValue() {
        return dealAmount == null ? null : new Money(dealAmount, Currency.getInstance(dealCurrency));
    }

    public LocalDate getWonOn() {
        return wonOn;
    }

    public String getOwnerId() {
        return ownerId;
    }

    /** Who on staff works this introduction; partner users see it too, so they know whom they talk to. */
    public String getOwnerName() {
        return ownerName;
    }

    /** Whether another relationship introduced this prospect first; for staff eyes only. */
    public boolean isConflict() {
        return conflict;
    }

    String getAttributedToId() {
        return attributedToId;
    }

    /** This introduction's share of the credit for the prospect, in percent. */
    public int getCreditPercent() {
        return creditPercent != null ? creditPercent : attributedToId == null ? 100 : 0;
    }

    /** Staff's decision on a conflict over this prospect; staff-only, empty for partner users. */
    public AttributionDecision getDecision() {
        return decision;
    }

    /** When staff last decided the attribution, if ever; what a partner user may dispute. */
    public Instant getAttributionDecidedAt() {
        return attributionDecidedAt;
    }

    /** Whether the prospect had been introduced before, by anyone; all a partner may learn about attribution. */
    public boolean isProspectAlreadyKnown() {
        return alreadyKnown;
    }

    public Instant getLoggedAt() {
        return loggedAt;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public String getLastChangedBy() {
        return lastChangedBy;
    }

    public Long getVersion() {
        return version;
    }

    ProspectKey prospectKey() {
        return new ProspectKey(prospectDomain, prospectCompanyKey);
    }
}
