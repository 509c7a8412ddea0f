package com.allyway.payout;

/** What is wrong with one row of an import: "row 7, amount: 12,50 is not a number". */
public record RowProblem(int row, String column, String reason) {

    @Override
    public String toString() {
        return "row " + row + ", " + column + ": " + reason;
    }
}
