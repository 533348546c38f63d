package app.pos.kernel.sales;

public enum SaleStatus {
    DRAFT, PENDING_APPROVAL, COMPLETED, VOIDED
}
