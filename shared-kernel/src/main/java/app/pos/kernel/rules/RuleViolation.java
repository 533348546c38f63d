package app.pos.kernel.rules;

import java.util.Map;

/**
 * A command was refused because it breaks a rule of the business. {@code code} is stable
 * (UPPER_SNAKE) and reaches the client unchanged; {@code details} explains the refusal in data.
 */
public class RuleViolation extends RuntimeException {

    /** How the refusal relates to the state of things, which decides how a client should react. */
    public enum Kind {
        /** The thing does not exist for this business. */
        NOT_FOUND,
        /** The request is fine but the current state forbids it (stock ran out, limit reached). */
        CONFLICT,
        /** The request itself breaks a rule, whatever the state. */
        UNPROCESSABLE,
        /** The person may not do this. */
        FORBIDDEN,
        /** Who is asking could not be established (wrong credentials). */
        UNAUTHENTICATED,
        /** Too many attempts: wait before trying again. */
        TOO_MANY_ATTEMPTS
    }

    private final String code;
    private final Kind kind;
    private final transient Map<String, Object> details;

    public RuleViolation(String code, Kind kind, String message) {
        this(code, kind, message, Map.of());
    }

    public RuleViolation(String code, Kind kind, String message, Map<String, Object> details) {
        super(message, null, false, false);
        this.code = code;
        this.kind = kind;
        this.details = Map.copyOf(details);
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    public Map<String, Object> details() {
        return details;
    }
}
