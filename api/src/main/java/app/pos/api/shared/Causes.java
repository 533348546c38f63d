package app.pos.api.shared;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.function.Predicate;

/** Looks through an exception and its causes, where frameworks tend to wrap what actually went wrong. */
public final class Causes {

    private Causes() {
    }

    public static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    public static boolean any(Throwable error, Predicate<Throwable> test) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (test.test(cause)) {
                return true;
            }
        }
        return false;
    }

    /** A unique key refused a row: SQLState 23505 on PostgreSQL and H2 alike. */
    public static boolean isDuplicateKey(Throwable error) {
        return any(error, cause -> cause instanceof SQLIntegrityConstraintViolationException
                || (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())));
    }
}
