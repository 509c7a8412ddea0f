package com.allyway.payout;

/** A commission line on a statement; finance may hold it back (with a reason) until a later statement. */
public record StatementLine(CommissionLine line, boolean held, String holdReason) {

    StatementLine released() {
        return new StatementLine(line, false, null);
    }
}
