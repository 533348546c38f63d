package app.pos.api.security;

import app.pos.api.problem.InvalidInput;
import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How strong a new password or PIN must be (A1). Passwords are scored by zxcvbn, which guesses the way
 * crackers do (common passwords, dictionary words, keyboard walks, dates, the person's own name and
 * email), and must reach "safely unguessable" (3 of 4) with at least 10 characters. bcrypt reads only
 * 72 bytes, so a longer password would be silently cut: it is refused instead. A PIN only guards a
 * registered till, behind the lockout, but must still not be one anyone would try first.
 */
@Component
public class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_BYTES = 72;
    static final int MIN_SCORE = 3;

    private final Zxcvbn zxcvbn = new Zxcvbn();

    /** {@code personal}: the person's name, email and the like, which make a password easy to guess. */
    public void checkPassword(String field, String password, String... personal) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw weak(field, "must be at least " + MIN_LENGTH + " characters long");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidInput(field, "PASSWORD_TOO_LONG", field + " must be at most " + MAX_BYTES + " bytes");
        }
        Strength strength = zxcvbn.measure(password, words(personal));
        if (strength.getScore() < MIN_SCORE) {
            throw weak(field, "is too easy to guess" + advice(strength.getFeedback()));
        }
    }

    public void checkPin(String field, String pin) {
        if (pin == null || !pin.matches("\\d{4,8}")) {
            throw new InvalidInput(field, "INVALID_PIN", field + " must be 4 to 8 digits");
        }
        if (pin.chars().distinct().count() == 1 || isRun(pin, 1) || isRun(pin, -1)) {
            throw new InvalidInput(field, "WEAK_PIN", field + " must not be one digit repeated or a run like 1234");
        }
    }

    private static boolean isRun(String pin, int step) {
        for (int i = 1; i < pin.length(); i++) {
            if (pin.charAt(i) - pin.charAt(i - 1) != step) {
                return false;
            }
        }
        return true;
    }

    private static InvalidInput weak(String field, String reason) {
        return new InvalidInput(field, "WEAK_PASSWORD", field + " " + reason);
    }

    private static String advice(Feedback feedback) {
        String tips = feedback.getSuggestions().stream().collect(Collectors.joining(" "));
        String warning = feedback.getWarning() == null || feedback.getWarning().isBlank() ? "" : feedback.getWarning();
        String both = (warning + " " + tips).strip();
        return both.isEmpty() ? "" : ": " + both;
    }

    private static List<String> words(String... personal) {
        return Arrays.stream(personal).filter(Objects::nonNull)
                .flatMap(text -> Arrays.stream(text.toLowerCase().split("[^\\p{L}\\p{N}]+")))
                .filter(word -> word.length() > 2).toList();
    }
}
