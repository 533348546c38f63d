package app.pos.kernel.identity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static app.pos.kernel.identity.Permission.*;

/**
 * What each role may do by default: seed 001's matrix (owner everything; cashier sells, manages products,
 * customers and udhaar; staff keeps the shelves) and seed 000's manager (bills, products, customers and
 * analytics, but no money management, no approvals and no users). A viewer only looks; an auditor
 * reads the history and the books but changes nothing. The platform's admin registers businesses and
 * looks after the server, and sees no business's data.
 */
public final class RolePermissions {

    private static final Set<Permission> BUSINESS = Arrays.stream(Permission.values())
            .filter(permission -> !permission.platformOnly())
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Permission.class)));

    private static final Map<Role, Set<Permission>> DEFAULTS = Map.of(
            Role.SUPER_ADMIN, EnumSet.of(BUSINESS_MANAGE, PROJECTION_REBUILD, CHAIN_VERIFY),
            Role.OWNER, BUSINESS,
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

    /** The role's defaults, plus what was granted to this person, minus what was revoked from them. */
    public static Set<Permission> of(Role role, Set<Permission> granted, Set<Permission> revoked) {
        Set<Permission> effective = EnumSet.noneOf(Permission.class);
        effective.addAll(of(role));
        effective.addAll(granted);
        effective.removeAll(revoked);
        return effective;
    }
}
