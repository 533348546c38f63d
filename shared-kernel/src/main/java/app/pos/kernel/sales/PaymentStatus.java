package app.pos.kernel.sales;

/** PAID: nothing on udhaar. PARTIAL: some paid, the rest on udhaar. CREDIT: all of it on udhaar. */
public enum PaymentStatus {
    PAID, PARTIAL, CREDIT
}
