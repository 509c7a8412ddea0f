package com.allyway.partner;

import com.allyway.shared.RejectedInputException;

/** An invitation link that cannot be used (any more), with the reason in words for the invitee. */
public class InvitationUnusableException extends RejectedInputException {

    public enum Reason {
        UNKNOWN("This invitation link is not valid. Check that you copied all of it, or ask the person who"
                + " invited you for a new one."),
        USED("This invitation link has already been used. Sign in instead, or ask for a new invitation."),
        EXPIRED("This invitation link has expired. Ask the person who invited you for a new one.");

        private final String message;

        Reason(String message) {
            this.message = message;
        }
    }

    private final Reason reason;

    InvitationUnusableException(Reason reason) {
        super("token", reason.message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
