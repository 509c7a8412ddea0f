package com.allyway.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An agreement with one partner, from draft to signed PDF. Until a founder approves it, staff and finance change
 * its terms; from approval on it is fixed: the signed PDF's hash is stored here and the file in GridFS, and only
 * the partner's acceptance (and, later, a superseding agreement) is added.
 */
@Document(Agreement.COLLECTION)
public class Agreement {

    static final String COLLECTION = "agreements";

    @Id
    private String id;
    private String relationshipId;
    private String partnerName;
    /** The agreement's number with this partner, given at approval: "Agreement 2 with Acme". */
    private Integer number;
    private AgreementStatus status;
    private String templateId;
    private String templateLabel;
    private CommissionPlan plan;
    private String partnerSignatoryName;
    private String partnerSignatoryTitle;
    /** The formalization advice when the draft was started, and the reason given for drafting against it. */
    private String adviceAtDraft;
    private String reasonAgainstAdvice;
    private String drafterId;
    private String drafterName;
    /** Everybody who drafted or changed the terms: none of them may approve. */
    private Set<String> editorIds = new HashSet<>();
    private List<AgreementComment> thread = new ArrayList<>();
    private Instant createdAt;
    private Instant lastChangedAt;
    private String lastChangedBy;
    private String approvedById;
    private String approvedByName;
    private Instant approvedAt;
    private String signedPdfId;
    private String signedSha256;
    private boolean signedWithDemoKey;
    private String acceptedById;
    private String acceptedByName;
    private Instant acceptedAt;
    private String acceptedFromIp;
    private String acceptedPdfId;
    private String acceptedSha256;
    private String supersededById;
    private LocalDate supersededFrom;
    @Version
    private Long version;

    protected Agreement() {
        // for Spring Data
    }

    Agreement(String relationshipId, String partnerName, AgreementTemplate template, AgreementDraft draft,
            String adviceAtDraft, String reasonAgainstAdvice, String drafterId, String drafterName, Instant at) {
        this.relationshipId = relationshipId;
        this.partnerName = partnerName;
        this.status = AgreementStatus.DRAFT;
        this.adviceAtDraft = adviceAtDraft;
        this.reasonAgainstAdvice = reasonAgainstAdvice;
        this.drafterId = drafterId;
        this.drafterName = drafterName;
        this.createdAt = at;
        applyDraft(template, draft, drafterId, drafterName, at);
    }

    void applyDraft(AgreementTemplate template, AgreementDraft draft, String editorId, String editorName, Instant at) {
        this.templateId = template.id();
        this.templateLabel = template.label();
        this.plan = draft.plan();
        this.partnerSignatoryName = draft.partnerSignatoryName();
        this.partnerSignatoryTitle = draft.partnerSignatoryTitle();
        this.editorIds.add(editorId);
        touch(editorName, at);
    }

    void addToThread(AgreementComment comment) {
        thread.add(comment);
    }

    void moveTo(AgreementStatus next, String by, Instant at) {
        status = next;
        touch(by, at);
    }

    void approved(int assignedNumber, CommissionPlan numberedPlan, String founderId, String founderName, Instant at,
            String pdfId, String sha256, boolean demoKey) {
        number = assignedNumber;
        plan = numberedPlan;
        approvedById = founderId;
        approvedByName = founderName;
        approvedAt = at;
        signedPdfId = pdfId;
        signedSha256 = sha256;
        signedWithDemoKey = demoKey;
        moveTo(AgreementStatus.APPROVED, founderName, at);
    }

    void accepted(String userId, String userName, String ipAddress, Instant at, String pdfId, String sha256) {
        acceptedById = userId;
        acceptedByName = userName;
        acceptedFromIp = ipAddress;
        acceptedAt = at;
        acceptedPdfId = pdfId;
        acceptedSha256 = sha256;
        moveTo(AgreementStatus.ACCEPTED, userName, at);
    }

    void supersededBy(Agreement later, Instant at) {
        supersededById = later.getId();
        supersededFrom = later.getPlan().startsOn();
        moveTo(AgreementStatus.SUPERSEDED, later.getAcceptedByName(), at);
    }

    private void touch(String by, Instant at) {
        lastChangedBy = by;
        lastChangedAt = at;
    }

    /** The terms as the audit trail compares them before and after a change. */
    Map<String, String> auditedFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("template", templateLabel);
        plan.terms().forEach(term -> fields.put(term.label(), term.value()));
        boolean untitled = partnerSignatoryTitle == null || partnerSignatoryTitle.isBlank();
        fields.put("partner signatory", partnerSignatoryName + (untitled ? "" : ", " + partnerSignatoryTitle));
        return fields;
    }

    /** "Agreement 2 with Acme", or "Draft agreement with Acme" before approval. */
    public String title() {
        return (number == null ? "Draft agreement" : "Agreement " + number) + " with " + partnerName;
    }

    public String getId() {
        return id;
    }

    public String getRelationshipId() {
        return relationshipId;
    }

    public String getPartnerName() {
        return partnerName;
    }

    public Integer getNumber() {
        return number;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public String getTemplateId() {
        return templateId;
    }

    public String getTemplateLabel() {
        return templateLabel;
    }

    public CommissionPlan getPlan() {
        return plan;
    }

    public String getPartnerSignatoryName() {
        return partnerSignatoryName;
    }

    public String getPartnerSignatoryTitle() {
        return partnerSignatoryTitle;
    }

    public String getAdviceAtDraft() {
        return adviceAtDraft;
    }

    public String getReasonAgainstAdvice() {
        return reasonAgainstAdvice;
    }

    public String getDrafterId() {
        return drafterId;
    }

    public String getDrafterName() {
        return drafterName;
    }

    public Set<String> getEditorIds() {
        return Set.copyOf(editorIds);
    }

    public List<AgreementComment> getThread() {
        return List.copyOf(thread);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastChangedAt() {
        return lastChangedAt;
    }

    public String getLastChangedBy() {
        return lastChangedBy;
    }

    public String getApprovedByName() {
        return approvedByName;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getSignedSha256() {
        return signedSha256;
    }

    public boolean isSignedWithDemoKey() {
        return signedWithDemoKey;
    }

    public String getAcceptedByName() {
        return acceptedByName;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public String getAcceptedFromIp() {
        return acceptedFromIp;
    }

    public String getAcceptedSha256() {
        return acceptedSha256;
    }

    public LocalDate getSupersededFrom() {
        return supersededFrom;
    }

    public Long getVersion() {
        return version;
    }

    String getSignedPdfId() {
        return signedPdfId;
    }

    String getAcceptedPdfId() {
        return acceptedPdfId;
    }
}
