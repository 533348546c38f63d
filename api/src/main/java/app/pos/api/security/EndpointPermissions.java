package app.pos.api.security;

import app.pos.kernel.identity.Permission;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.web.util.pattern.PathPatternParser;

import java.util.List;

import static app.pos.kernel.identity.Permission.*;

/**
 * The one table of which permission each endpoint needs. More specific paths come first; anything under
 * /api/v1 not listed here needs only a valid token. A rule without a method covers every method.
 */
public final class EndpointPermissions {

    public static final String PUBLIC = "public";
    public static final String SIGNED_IN = "signed-in";

    record Rule(HttpMethod method, String path, Permission permission) {
    }

    static final List<Rule> RULES = List.of(
            new Rule(HttpMethod.GET, "/api/v1/dashboard", DASHBOARD_VIEW),
            new Rule(HttpMethod.GET, "/api/v1/stream/dashboard", DASHBOARD_VIEW),
            new Rule(HttpMethod.GET, "/api/v1/stream/sales", DASHBOARD_VIEW),
            new Rule(HttpMethod.GET, "/api/v1/analytics/**", ANALYTICS_VIEW),

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

            // the chain links every business's events: checking it reads them all
            new Rule(HttpMethod.GET, "/api/v1/audit/verify", CHAIN_VERIFY),
            new Rule(HttpMethod.GET, "/api/v1/audit/**", AUDIT_VIEW),

            new Rule(HttpMethod.GET, "/api/v1/projections/**", PROJECTION_REBUILD),
            new Rule(HttpMethod.GET, "/api/v1/projections", PROJECTION_REBUILD),
            new Rule(HttpMethod.POST, "/api/v1/projections/*/rebuild", PROJECTION_REBUILD),
            new Rule(HttpMethod.POST, "/api/v1/projections/*/verify", PROJECTION_REBUILD),

            new Rule(HttpMethod.GET, "/api/v1/settings", SETTINGS_VIEW),
            new Rule(HttpMethod.PUT, "/api/v1/settings", SETTINGS_MANAGE),
            new Rule(HttpMethod.GET, "/api/v1/terminals", SETTINGS_VIEW),
            new Rule(HttpMethod.POST, "/api/v1/terminals", SETTINGS_MANAGE),
            new Rule(HttpMethod.DELETE, "/api/v1/terminals/*", SETTINGS_MANAGE),

            new Rule(null, "/api/v1/staff/**", STAFF_MANAGE),
            new Rule(null, "/api/v1/staff", STAFF_MANAGE),

            new Rule(null, "/api/v1/businesses/**", BUSINESS_MANAGE),
            new Rule(null, "/api/v1/businesses", BUSINESS_MANAGE));

    /** Open to anyone: signing in, and opening a business when self-signup is on (then rate-limited). */
    static final List<String> PUBLIC_POSTS = List.of("/api/v1/auth/login", "/api/v1/auth/pin-login",
            "/api/v1/auth/refresh", "/api/v1/businesses/signup");

    private EndpointPermissions() {
    }

    static void apply(AuthorizeExchangeSpec exchanges) {
        exchanges.pathMatchers(HttpMethod.POST, PUBLIC_POSTS.toArray(String[]::new)).permitAll();
        RULES.forEach(rule -> (rule.method() == null ? exchanges.pathMatchers(rule.path())
                : exchanges.pathMatchers(rule.method(), rule.path())).hasAuthority(rule.permission().name()));
    }

    /**
     * What a request needs, as the filter chain decides it: "public", a permission's name, or "signed-in"
     * (any valid token) for what no rule names. The OpenAPI document states it on every operation.
     */
    public static String required(HttpMethod method, String path) {
        PathContainer concrete = PathContainer.parsePath(path);
        if (method == HttpMethod.POST && PUBLIC_POSTS.contains(path)) {
            return PUBLIC;
        }
        return RULES.stream()
                .filter(rule -> rule.method() == null || rule.method().equals(method))
                .filter(rule -> PathPatternParser.defaultInstance.parse(rule.path()).matches(concrete))
                .findFirst()
                .map(rule -> rule.permission().name())
                .orElse(SIGNED_IN);
    }

    /** What an operation of the OpenAPI document needs: its path template ({@code /products/{id}}) as requested. */
    public static String requiredForTemplate(HttpMethod method, String template) {
        return required(method, template.replaceAll("\\{[^}]+}", "x"));
    }
}
