package com.allyway.payout;

import com.allyway.shared.RejectedInputException;
import java.util.List;

/** An import with at least one bad row: nothing of it was stored. Lists every bad row. */
public class RevenueImportRejectedException extends RejectedInputException {

    private final transient List<RowProblem> problems;

    public RevenueImportRejectedException(List<RowProblem> problems) {
        super("file", "Nothing was imported: " + problems.size() + (problems.size() == 1 ? " row has" : " rows have")
                + " a problem. Fix " + (problems.size() == 1 ? "it" : "them") + " and import the whole file again.");
        this.problems = List.copyOf(problems);
    }

    public List<RowProblem> problems() {
        return problems;
    }
}
