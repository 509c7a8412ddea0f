package com.allyway.introduction;

import java.time.Instant;
import java.util.Objects;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A partner's challenge of an attribution decision: a case between the two relationships that introduced one
 * prospect, worked by an owner on staff and closed with a new decision. Partner users get a copy that knows only
 * their own side (see {@link #forSide}).
 */
@Document(Dispute.COLLECTION)
public class Dispute {

    static final String COLLECTION = "disputes";

    @Id
    private String id;
    private String prospectCompany;
    /** The side that disputes the decision. */
    private String disputingIntroductionId;
    private String disputingRelationshipId;
    /** The other introduction of the same prospect, and its relationship. */
    private String otherIntroductionId;
    private String otherRelationshipId;
    /** The pair the disputed decision was about, as it stood when the dispute was opened. */
    private String earlierIntroductionId;
    private String laterIntroductionId;
    private DisputeStatus status;
    private String ownerId;
    private String ownerName;
    private Instant openedAt;
    private String openedBy;
    private AttributionDecision outcome;
    private Instant lastChangedAt;
    private String lastChangedBy;
    @Version
    private Long version;

    protected Dispute() {
        // for Spring Data
    }

    Dispute(Introduction disputing, Introduction other, AttributionDecision decision, Instant at, String by) {
        this.earlierIntroductionId = decision.earlierIntroductionId();
        this.laterIntroductionId = decision.laterIntroductionId();
        this.prospectCompany = disputing.getProspectCompany();
        this.disputingIntroductionId = disputing.getId();
        this.disputingRelationshipId = disputing.getRelationshipId();
        this.otherIntroductionId = other.getId();
        this.otherRelationshipId = other.getRelationshipId();
        this.status = DisputeStatus.OPEN;
        this.openedAt = at;
        this.openedBy = by;
        this.lastChangedAt = at;
        this.lastChangedBy = by;
    }

    boolean involves(String relationshipId) {
        return Objects.equals(disputingRelationshipId, relationshipId)
                || Objects.equals(otherRelationshipId, relationshipId);
    }

    /**
     * The dispute as a partner user of {@code relationshipId} may see it: its own introduction only, nothing that
     * identifies the other side, and the outcome without the other introduction's id.
     */
    Dispute forSide(String relationshipId) {
        Dispute copy = new Dispute();
        copy.id = id;
        copy.prospectCompany = prospectCompany;
        boolean disputing = relationshipId.equals(disputingRelationshipId);
        copy.disputingIntroductionId = disputing ? disputingIntroductionId : null;
        copy.disputingRelationshipId = disputing ? disputingRelationshipId : null;
        copy.otherIntroductionId = disputing ? null : otherIntroductionId;
        copy.otherRelationshipId = disputing ? null : otherRelationshipId;
        copy.status = status;
        copy.ownerName = ownerName;
        copy.openedAt = openedAt;
        copy.lastChangedAt = lastChangedAt;
        copy.version = version;
        return copy;
    }

    void assignOwner(String newOwnerId, String newOwnerName, Instant at, String by) {
        ownerId = newOwnerId;
        ownerName = newOwnerId == null ? null : newOwnerName;
        lastChangedAt = at;
        lastChangedBy = by;
    }

    /** Marks the case as being decided; staff's version check on saving this is what makes deciding exclusive. */
    void closing(Instant at, String by) {
        status = DisputeStatus.DECIDED;
        lastChangedAt = at;
        lastChangedBy = by;
    }

    void reopen() {
        status = DisputeStatus.OPEN;
    }

    String openKey() {
        return laterIntroductionId + ":" + earlierIntroductionId;
    }

    String getEarlierIntroductionId() {
        return earlierIntroductionId;
    }

    String getLaterIntroductionId() {
        return laterIntroductionId;
    }

    void decided(AttributionDecision decision) {
        status = DisputeStatus.DECIDED;
        outcome = decision;
        lastChangedAt = decision.decidedAt();
        lastChangedBy = decision.decidedBy();
    }

    public String getId() {
        return id;
    }

    public String getProspectCompany() {
        return prospectCompany;
    }

    /** The disputing side's introduction; for the other side's partner users, empty. */
    public String getDisputingIntroductionId() {
        return disputingIntroductionId;
    }

    public String getDisputingRelationshipId() {
        return disputingRelationshipId;
    }

    /** The other side's introduction; for the disputing side's partner users, empty. */
    public String getOtherIntroductionId() {
        return otherIntroductionId;
    }

    public String getOtherRelationshipId() {
        return otherRelationshipId;
    }

    /** The introduction of the viewer's side, for partner copies; for staff, the disputing one. */
    public String getOwnIntroductionId() {
        return disputingIntroductionId != null ? disputingIntroductionId : otherIntroductionId;
    }

    public DisputeStatus getStatus() {
        return status;
    }

    public String getOwnerId() {
        return ownerId;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    /** Staff's decision that closed the dispute; staff-only (it names both introductions). */
    public AttributionDecision getOutcome() {
        return outcome;
    }

    public Instant getLastChangedAt() {
        return lastChangedAt;
    }

    public String getLastChangedBy() {
        return lastChangedBy;
    }

    public Long getVersion() {
        return version;
    }
}
