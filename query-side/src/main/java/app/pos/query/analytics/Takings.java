package app.pos.query.analytics;

import app.pos.kernel.money.Money;

/** What completed bills brought in over some stretch of time, and how many there were. */
record Takings(Money revenue, long bills) {

    static final Takings NONE = new Takings(Money.ZERO, 0);

    Money averageBill() {
        return Ratios.average(revenue, bills);
    }
}
