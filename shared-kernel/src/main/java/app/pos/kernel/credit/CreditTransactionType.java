package app.pos.kernel.credit;

public enum CreditTransactionType {
    CREDIT_TAKEN, PAYMENT_MADE
}
