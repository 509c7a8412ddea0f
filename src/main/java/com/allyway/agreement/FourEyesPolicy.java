package com.allyway.agreement;

import com.allyway.shared.RejectedInputException;
import java.util.Set;

/**
 * Nobody approves an agreement they drafted or changed: the founder who signs for the company must be a second
 * pair of eyes. Holds for every approval, whichever screen or call it comes from.
 */
public final class FourEyesPolicy {

    private FourEyesPolicy() {
    }

    /** @throws RejectedInputException when the approver drafted or edited the agreement */
    public static void checkApprover(String approverId, Set<String> editorIds) {
        if (editorIds.contains(approverId)) {
            throw new RejectedInputException("approver", "You drafted or changed this agreement, so another founder"
                    + " must approve it (four-eyes principle).");
        }
    }
}
