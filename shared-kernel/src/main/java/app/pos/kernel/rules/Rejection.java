package app.pos.kernel.rules;

import java.util.Map;

/**
 * A {@link RuleViolation} as plain data, so it survives the trip back from a command handler on another
 * node (Axon carries it as the details of a command execution exception).
 */
public record Rejection(String code, RuleViolation.Kind kind, String message, Map<String, Object> details) {

    public static Rejection of(RuleViolation violation) {
        return new Rejection(violation.code(), violation.kind(), violation.getMessage(), violation.details());
    }

    public RuleViolation toViolation() {
        return new RuleViolation(code, kind, message, details == null ? Map.of() : details);
    }
}
