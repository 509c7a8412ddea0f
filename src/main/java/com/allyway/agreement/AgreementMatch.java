package com.allyway.agreement;

/** An uploaded file is byte for byte a stored agreement PDF: the company-signed copy or the accepted one. */
public record AgreementMatch(Agreement agreement, boolean acceptedCopy) {

    /** e.g. "Agreement 2 with Acme, accepted 2026-12-02 by Pat Partner" */
    public String describe() {
        return agreement.title() + (acceptedCopy
                ? ", accepted " + agreement.getAcceptedAt().toString().substring(0, 10) + " by "
                        + agreement.getAcceptedByName()
                : ", signed by " + agreement.getApprovedByName() + " on "
                        + agreement.getApprovedAt().toString().substring(0, 10) + " (before the partner accepted)");
    }
}
