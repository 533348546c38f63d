package app.pos.command;

import app.pos.kernel.rules.RuleViolation;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Matches a {@link RuleViolation} by its stable code (and optionally its kind and details), which is what a
 * client sees; messages are for people and may change.
 */
public final class RuleViolationMatcher extends TypeSafeMatcher<RuleViolation> {

    private final String code;
    private final RuleViolation.Kind kind;
    private final Map<String, Object> details;

    private RuleViolationMatcher(String code, RuleViolation.Kind kind, Map<String, Object> details) {
        this.code = code;
        this.kind = kind;
        this.details = details;
    }

    /** A rule violation with the given code. */
    public static RuleViolationMatcher violation(String code) {
        return new RuleViolationMatcher(code, null, Map.of());
    }

    /** The same, and of the given kind as well. */
    public RuleViolationMatcher ofKind(RuleViolation.Kind expectedKind) {
        return new RuleViolationMatcher(code, expectedKind, details);
    }

    /** The same, and carrying {@code value} under {@code key} in its details. */
    public RuleViolationMatcher withDetail(String key, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(details);
        more.put(key, value);
        return new RuleViolationMatcher(code, kind, more);
    }

    @Override
    protected boolean matchesSafely(RuleViolation violation) {
        if (!code.equals(violation.code())) {
            return false;
        }
        if (kind != null && kind != violation.kind()) {
            return false;
        }
        return details.entrySet().stream()
                .allMatch(e -> violation.details().containsKey(e.getKey())
                        && Objects.equals(e.getValue(), violation.details().get(e.getKey())));
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("RuleViolation with code ").appendValue(code);
        if (kind != null) {
            description.appendText(" of kind ").appendValue(kind);
        }
        if (!details.isEmpty()) {
            description.appendText(" and details including ").appendValue(details);
        }
    }

    @Override
    protected void describeMismatchSafely(RuleViolation violation, Description description) {
        description.appendText("was RuleViolation with code ").appendValue(violation.code())
                .appendText(" of kind ").appendValue(violation.kind())
                .appendText(", details ").appendValue(violation.details())
                .appendText(" (\"").appendText(String.valueOf(violation.getMessage())).appendText("\")");
    }
}
