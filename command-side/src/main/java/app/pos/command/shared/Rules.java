package app.pos.command.shared;

import app.pos.kernel.rules.RuleViolation;
import app.pos.kernel.rules.RuleViolation.Kind;

import java.util.Map;
import java.util.UUID;

/** Small guards every aggregate uses; each refusal carries the stable code the client sees. */
public final class Rules {

    private Rules() {
    }

    public static void require(boolean condition, String code, Kind kind, String message) {
        if (!condition) {
            throw new RuleViolation(code, kind, message);
        }
    }

    public static void require(boolean condition, String code, String message) {
        require(condition, code, Kind.UNPROCESSABLE, message);
    }

    /** Another business's aggregate is reported exactly like a missing one. */
    public static void requireSameBusiness(UUID owner, UUID caller, String notFoundCode, UUID id) {
        if (owner == null || !owner.equals(caller)) {
            throw notFound(notFoundCode, id);
        }
    }

    public static RuleViolation notFound(String code, UUID id) {
        return new RuleViolation(code, Kind.NOT_FOUND, "No such " + describe(code) + ": " + id, Map.of("id", id));
    }

    public static String requireText(String value, String field, int maxLength) {
        String trimmed = value == null ? "" : value.strip();
        require(!trimmed.isEmpty(), "FIELD_REQUIRED", field + " is required");
        require(trimmed.length() <= maxLength, "FIELD_TOO_LONG", field + " is longer than " + maxLength);
        return trimmed;
    }

    private static String describe(String code) {
        return code.replace("_NOT_FOUND", "").replace('_', ' ').toLowerCase();
    }
}
