package app.pos.kernel.identity;

/** {@code failuresInARow} counts the wrong passwords since the last sign-in or lockout. */
public record SignInOutcome(boolean signedIn, int failuresInARow) {
}
