package app.pos.command.sales;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.DatabaseMetaData;
import java.util.Locale;
import java.util.UUID;

/**
 * Hands out BILL-YYYY-NNNNNN numbers, one counter per business and year, each in a short transaction of its
 * own that commits before the sale goes on. The counter row is locked for the time of one update rather than
 * for the whole checkout: held until the sale committed, it made a busy business's tills sell one after the
 * other, each waiting for the one before to reach the disk.
 * <p>
 * A number is never given twice, and numbers grow in the order they are taken. The checkout takes one only
 * once the bill has passed every rule, so a refused bill takes none; a sale that still fails to commit after
 * that (another node changed the same stock first, the database went away) leaves its number unused, a hole
 * in the series rather than a number given twice.
 * <p>
 * On PostgreSQL the number's commit does not wait for the disk: a sale carrying the number commits after it
 * and waits for the log up to its own commit, which holds the number's, so a crash loses a number only if no
 * stored sale carries it.
 */
@Component
public class BillNumbers {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final boolean postgres;

    public BillNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.postgres = Boolean.TRUE.equals(jdbc.execute((java.sql.Connection connection) -> {
            DatabaseMetaData database = connection.getMetaData();
            return database.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        }));
    }

    public String next(UUID businessId, int year) {
        Long number = ownTransaction.execute(status -> {
            if (postgres) {
                jdbc.execute("SET LOCAL synchronous_commit TO OFF");
            }
            if (increment(businessId, year) == 0) {
                jdbc.update("INSERT INTO bill_number_counter (business_id, bill_year, last_number) VALUES (?, ?, 0) "
                        + "ON CONFLICT DO NOTHING", businessId, year);
                increment(businessId, year);
            }
            return jdbc.queryForObject(
                    "SELECT last_number FROM bill_number_counter WHERE business_id = ? AND bill_year = ?", Long.class,
                    businessId, year);
        });
        return format(year, number);
    }

    static String format(int year, long number) {
        return String.format("BILL-%04d-%06d", year, number);
    }

    private int increment(UUID businessId, int year) {
        return jdbc.update("UPDATE bill_number_counter SET last_number = last_number + 1 "
                + "WHERE business_id = ? AND bill_year = ?", businessId, year);
    }
}
