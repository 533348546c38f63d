package app.pos.kernel.identity;

/**
 * What a person may do. Endpoints ask for a permission, never for a role name. A few belong to the
 * platform rather than to a business: no business role holds them and no business user can be granted them.
 */
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
    BUSINESS_MANAGE(true),
    PROJECTION_REBUILD(true),
    CHAIN_VERIFY(true);

    private final boolean platformOnly;

    Permission() {
        this(false);
    }

    Permission(boolean platformOnly) {
        this.platformOnly = platformOnly;
    }

    /**
     * Registering businesses, rebuilding the shared projections and verifying the event chain act on every
     * business at once.
     */
    public boolean platformOnly() {
        return platformOnly;
    }
}
