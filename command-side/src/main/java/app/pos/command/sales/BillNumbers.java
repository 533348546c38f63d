package app.pos.command.sales;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Hands out BILL-YYYY-NNNNNN numbers, one counter per business and year. The counter row is updated in
 * the same transaction that appends the bill's events, so a number is never given twice, and a bill
 * that fails to commit gives its number back: the sequence has no gaps. The row lock is taken as late
 * as possible in the checkout to keep it short.
 */
@Component
public class BillNumbers {

    private final JdbcTemplate jdbc;

    public BillNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public String next(UUID businessId, int year) {
        if (increment(businessId, year) == 0) {
            jdbc.update("INSERT INTO bill_number_counter (business_id, bill_year, last_number) VALUES (?, ?, 0) "
                    + "ON CONFLICT DO NOTHING", businessId, year);
            increment(businessId, year);
        }
        Long number = jdbc.queryForObject(
                "SELECT last_number FROM bill_number_counter WHERE business_id = ? AND bill_year = ?", Long.class,
                businessId, year);
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
