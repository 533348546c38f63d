package app.pos.api.security;

import app.pos.kernel.identity.Role;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static app.pos.api.security.Permission.*;

/**
 * What each role may do by default: seed 001's matrix (owner everything; cashier sells, manages products,
 * customers and udhaar; staff keeps the shelves) and seed 000's manager (bills, products, customers and
 * analytics, but no money management, no approvals and no users). A viewer only looks; an auditor
 * reads the history and the books but changes nothing.
 */
public final class RolePermissions {

    private static final Map<Role, Set<Permission>> DEFAULTS = Map.of(
            Role.OWNER, EnumSet.allOf(Permission.class),
            Role.MANAGER, EnumSet.of(DASHBOARD_VIEW, SALE_CREATE, SALE_VIEW, PRODUCT_VIEW, PRODUCT_MANAGE,
                    STOCK_ADJUST, CUSTOMER_VIEW, CUSTOMER_MANAGE, CREDIT_VIEW, CREDIT_PAYMENT_RECORD, SETTINGS_VIEW,
                    ANALYTICS_VIEW),
            Role.CASHIER, EnumSet.of(DASHBOARD_VIEW, SALE_CREATE, SALE_VIEW, PRODUCT_VIEW, PRODUCT_MANAGE,
                    STOCK_ADJUST, CUSTOMER_VIEW, CUSTOMER_MANAGE, CREDIT_VIEW, CREDIT_PAYMENT_RECORD, SETTINGS_VIEW),
            Role.STAFF, EnumSet.of(DASHBOARD_VIEW, PRODUCT_VIEW, PRODUCT_MANAGE, STOCK_ADJUST, SETTINGS_VIEW),
            Role.VIEWER, EnumSet.of(DASHBOARD_VIEW, SALE_VIEW, PRODUCT_VIEW, CUSTOMER_VIEW, CREDIT_VIEW,
                    SETTINGS_VIEW),
            Role.AUDITOR, EnumSet.of(AUDIT_VIEW, SALE_VIEW, PRODUCT_VIEW, CUSTOMER_VIEW, CREDIT_VIEW, SETTINGS_VIEW,
                    REPORTS_VIEW));

    private RolePermissions() {
    }

    public static Set<Permission> of(Role role) {
        return DEFAULTS.getOrDefault(role, Set.of());
    }
}
