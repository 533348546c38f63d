package app.pos.api.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;

import java.util.List;

import static app.pos.api.security.Permission.*;

/**
 * The one table of which permission each endpoint needs. More specific paths come first; anything under
 * /api/v1 not listed here needs only a valid token.
 */
public final class EndpointPermissions {

    record Rule(HttpMethod method, String path, Permission permission) {
    }

    static final List<Rule> RULES = List.of(
            new Rule(HttpMethod.GET, "/api/v1/dashboard", DASHBOARD_VIEW),
            new Rule(HttpMethod.GET, "/api/v1/stream/dashboard", DASHBOARD_VIEW),

            new Rule(HttpMethod.GET, "/api/v1/products/*/history", AUDIT_VIEW),
            new Rule(HttpMethod.GET, "/api/v1/products/**", PRODUCT_VIEW),
            new Rule(HttpMethod.POST, "/api/v1/products/*/stock", STOCK_ADJUST),
            new Rule(HttpMethod.POST, "/api/v1/products", PRODUCT_MANAGE),
            new Rule(HttpMethod.PUT, "/api/v1/products/*", PRODUCT_MANAGE),
            new Rule(HttpMethod.DELETE, "/api/v1/products/*", PRODUCT_MANAGE),

            new Rule(HttpMethod.GET, "/api/v1/customers/*/credit", CREDIT_VIEW),
            new Rule(HttpMethod.GET, "/api/v1/customers/**", CUSTOMER_VIEW),
            new Rule(HttpMethod.POST, "/api/v1/customers", CUSTOMER_MANAGE),
            new Rule(HttpMethod.PUT, "/api/v1/customers/*", CUSTOMER_MANAGE),

            new Rule(HttpMethod.POST, "/api/v1/credit/payments", CREDIT_PAYMENT_RECORD),
            new Rule(HttpMethod.GET, "/api/v1/credit/**", CREDIT_VIEW),
            new Rule(HttpMethod.GET, "/api/v1/credit", CREDIT_VIEW),

            new Rule(HttpMethod.POST, "/api/v1/sales/approvals", BILL_APPROVE),
            new Rule(HttpMethod.POST, "/api/v1/sales/*/approve", BILL_APPROVE),
            new Rule(HttpMethod.POST, "/api/v1/sales/*/reject", BILL_APPROVE),
            new Rule(HttpMethod.POST, "/api/v1/sales/*/submit", SALE_CREATE),
            new Rule(HttpMethod.PUT, "/api/v1/sales/*", SALE_CREATE),
            new Rule(HttpMethod.POST, "/api/v1/sales", SALE_CREATE),
            new Rule(HttpMethod.GET, "/api/v1/sales/*/history", AUDIT_VIEW),
            new Rule(HttpMethod.GET, "/api/v1/sales/**", SALE_VIEW),
            new Rule(HttpMethod.GET, "/api/v1/sales", SALE_VIEW),

            new Rule(HttpMethod.GET, "/api/v1/audit/**", AUDIT_VIEW),

            new Rule(HttpMethod.GET, "/api/v1/projections/**", PROJECTION_REBUILD),
            new Rule(HttpMethod.GET, "/api/v1/projections", PROJECTION_REBUILD),
            new Rule(HttpMethod.POST, "/api/v1/projections/*/rebuild", PROJECTION_REBUILD),

            new Rule(HttpMethod.GET, "/api/v1/settings", SETTINGS_VIEW),
            new Rule(HttpMethod.PUT, "/api/v1/settings", SETTINGS_MANAGE));

    private EndpointPermissions() {
    }

    static void apply(AuthorizeExchangeSpec exchanges) {
        RULES.forEach(rule -> exchanges.pathMatchers(rule.method(), rule.path()).hasAuthority(rule.permission().name()));
    }
}
