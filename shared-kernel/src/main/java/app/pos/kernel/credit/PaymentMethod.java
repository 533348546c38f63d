package app.pos.kernel.credit;

/** How money changes hands. CREDIT is udhaar: the customer owes it. WALLET spends prepaid balance. */
public enum PaymentMethod {
    CASH, UPI, CARD, BANK_TRANSFER, WALLET, CREDIT;

    /** Methods by which a customer can pay down udhaar. */
    public boolean settlesCredit() {
        return this != CREDIT && this != WALLET;
    }
}
