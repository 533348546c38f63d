package app.pos.query.pointintime;

import app.pos.kernel.money.Money;
import app.pos.kernel.sales.Bill;
import app.pos.kernel.sales.SalesSummary;

/** Adds bills up the way the live sales summary does: bills with any udhaar count as credit sales. */
record SalesTotals(Money total, long bills, long cashBills, long creditBills, Money collected, Money credit) {

    static final SalesTotals NONE = new SalesTotals(Money.ZERO, 0, 0, 0, Money.ZERO, Money.ZERO);

    SalesTotals plus(Bill bill) {
        boolean onCredit = bill.creditAmount().isPositive();
        return new SalesTotals(total.plus(bill.totalAmount()), bills + 1, cashBills + (onCredit ? 0 : 1),
                creditBills + (onCredit ? 1 : 0), collected.plus(bill.totalAmount().minus(bill.creditAmount())),
                credit.plus(bill.creditAmount()));
    }

    SalesSummary summary() {
        return new SalesSummary(total, bills, cashBills, creditBills, collected, credit);
    }
}
