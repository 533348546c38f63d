package app.pos.command.identity;

import java.time.Duration;

/** Five wrong passwords in a row lock an account for fifteen minutes: slow enough to stop guessing. */
final class LockoutPolicy {

    static final int FAILURES_BEFORE_LOCKOUT = 5;
    static final Duration COOL_DOWN = Duration.ofMinutes(15);

    private LockoutPolicy() {
    }

    static boolean locksOut(int failuresInARow) {
        return failuresInARow >= FAILURES_BEFORE_LOCKOUT;
    }
}
