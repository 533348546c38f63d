package app.pos.api.security;

/** What a person may do. Endpoints ask for a permission, never for a role name. */
public enum Permission {
    DASHBOARD_VIEW,
    SALE_CREATE,
    SALE_VIEW,
    SALE_VOID,
    BILL_APPROVE,
    PRODUCT_VIEW,
    PRODUCT_MANAGE,
    STOCK_ADJUST,
    CUSTOMER_VIEW,
    CUSTOMER_MANAGE,
    CREDIT_VIEW,
    CREDIT_PAYMENT_RECORD,
    WALLET_MANAGE,
    SETTINGS_VIEW,
    SETTINGS_MANAGE,
    STAFF_MANAGE,
    REPORTS_VIEW,
    ANALYTICS_VIEW,
    AUDIT_VIEW,
    PROJECTION_REBUILD
}
