package app.pos.kernel.money;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MoneyTest {

    @Test
    void amountIsAlwaysHeldWithTwoDecimals() {
        assertEquals(new BigDecimal("5.00"), Money.of("5").amount());
        assertEquals(new BigDecimal("0.00"), Money.ZERO.amount());
    }

    @Test
    void halfAPaisaRoundsUp() {
        assertEquals(new BigDecimal("2.35"), Money.of("2.345").amount());
        assertEquals(new BigDecimal("2.34"), Money.of("2.3449").amount());
    }

    @Test
    void negativeHalfAPaisaRoundsAwayFromZero() {
        assertEquals(new BigDecimal("-2.35"), Money.of("-2.345").amount());
    }

    @Test
    void oneAndAHalfEqualsOneFifty() {
        assertEquals(Money.of("1.50"), Money.of("1.5"));
        assertEquals(Money.of("1.50").hashCode(), Money.of("1.5").hashCode());
        assertEquals(0, Money.of("1.5").compareTo(Money.of("1.500")));
    }

    @Test
    void differentAmountsAreNotEqual() {
        assertNotEquals(Money.of("1.50"), Money.of("1.51"));
    }

    @Test
    void amountIsRequired() {
        assertThrows(NullPointerException.class, () -> new Money(null));
    }

    @Test
    void timesRoundsTheProductOnce() {
        assertEquals(Money.of("7.33"), Money.of("22.00").times(new BigDecimal("0.333")));
        assertEquals(Money.of("0.03"), Money.of("0.50").times(new BigDecimal("0.05")));
    }

    @Test
    void plusAndMinusAreExact() {
        assertEquals(Money.of("98.70"), Money.of("104.00").minus(Money.of("10.00")).plus(Money.of("4.70")));
        assertEquals(Money.of("-1.30"), Money.of("98.70").minus(Money.of("100.00")));
    }

    @Test
    void maxAndMinPickTheLargerAndTheSmaller() {
        Money small = Money.of("1.00");
        Money large = Money.of("2.00");
        assertSame(large, small.max(large));
        assertSame(small, small.min(large));
        assertSame(small, small.max(Money.of("1.0")), "on a tie the receiver is kept");
    }

    @Test
    void signIsReported() {
        assertTrue(Money.of("0.01").isPositive());
        assertTrue(Money.of("-0.01").isNegative());
        assertTrue(Money.of("0.004").isZero());
        assertFalse(Money.ZERO.isPositive());
        assertFalse(Money.ZERO.isNegative());
    }

    @Test
    void greaterThanIsStrict() {
        assertTrue(Money.of("98.71").isGreaterThan(Money.of("98.70")));
        assertFalse(Money.of("98.70").isGreaterThan(Money.of("98.7")));
    }

    @Test
    void printsAsPlainAmount() {
        assertEquals("1000000.00", Money.of(new BigDecimal("1E+6")).toString());
    }
}
