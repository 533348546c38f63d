package app.pos.bench;

/** What a till asked for; each kind gets its own latency histogram. */
public enum RequestKind {
    SALE_CASH("CreateSale cash", true),
    SALE_CREDIT("CreateSale udhaar", true),
    SALE_SPLIT("CreateSale split tender", true),
    SALE_FOR_APPROVAL("CreateSale over threshold", true),
    APPROVE_BILL("ApproveBill", false),
    CREDIT_PAYMENT("RecordCreditPayment", false),
    READ_SALE("GET sale", false),
    READ_PRODUCTS("GET products", false),
    READ_DASHBOARD("GET dashboard", false);

    private final String label;
    private final boolean sale;

    RequestKind(String label, boolean sale) {
        this.label = label;
        this.sale = sale;
    }

    public String label() {
        return label;
    }

    /** A CreateSale request. */
    public boolean sale() {
        return sale;
    }
}
