package app.pos.kernel.stock;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuantityTest {

    @Test
    void wholeQuantitiesHaveNoDecimals() {
        assertEquals(0, Quantity.of(new BigDecimal("2.000")).value().scale());
        assertEquals(new BigDecimal("2"), Quantity.of(new BigDecimal("2.000")).value());
    }

    @Test
    void roundNumbersStayPlainIntegers() {
        assertEquals(new BigDecimal("100"), Quantity.of(100).value());
        assertEquals("100", Quantity.of(new BigDecimal("1E+2")).toString());
    }

    @Test
    void zeroInAnyFormIsZero() {
        assertEquals(Quantity.ZERO, Quantity.of(new BigDecimal("0.000")));
        assertTrue(Quantity.of(new BigDecimal("0.0")).isZero());
    }

    @Test
    void trailingZerosDoNotMakeADifferentQuantity() {
        assertEquals(Quantity.of(new BigDecimal("1.5")), Quantity.of(new BigDecimal("1.500")));
        assertEquals(Quantity.of(new BigDecimal("1.5")).hashCode(), Quantity.of(new BigDecimal("1.50")).hashCode());
    }

    @Test
    void weightsKeepUpToThreeDecimalsRoundedHalfUp() {
        assertEquals(new BigDecimal("1.235"), Quantity.of(new BigDecimal("1.2345")).value());
        assertEquals(new BigDecimal("1.234"), Quantity.of(new BigDecimal("1.2344")).value());
    }

    @Test
    void valueIsRequired() {
        assertThrows(NullPointerException.class, () -> new Quantity(null));
    }

    @Test
    void arithmeticStaysNormalised() {
        assertEquals(Quantity.of(15), Quantity.of(10).plus(Quantity.of(5)));
        assertEquals(Quantity.of(-1), Quantity.of(2).minus(Quantity.of(3)));
        assertEquals(Quantity.of(-3), Quantity.of(3).negate());
        assertEquals(Quantity.of(2), Quantity.of(new BigDecimal("1.25")).plus(Quantity.of(new BigDecimal("0.75"))));
        assertEquals(0, Quantity.of(new BigDecimal("1.25")).plus(Quantity.of(new BigDecimal("0.75"))).value().scale());
    }

    @Test
    void signIsReported() {
        assertTrue(Quantity.of(1).isPositive());
        assertTrue(Quantity.of(-1).isNegative());
        assertFalse(Quantity.ZERO.isPositive());
        assertFalse(Quantity.ZERO.isNegative());
    }

    @Test
    void lessThanIsStrictAndIgnoresScale() {
        assertTrue(Quantity.of(2).isLessThan(Quantity.of(3)));
        assertFalse(Quantity.of(3).isLessThan(Quantity.of(new BigDecimal("3.0"))));
        assertEquals(0, Quantity.of(3).compareTo(Quantity.of(new BigDecimal("3.000"))));
    }

    @Test
    void printsAsPlainNumber() {
        assertEquals("2.5", Quantity.of(new BigDecimal("2.500")).toString());
        assertEquals("10", Quantity.of(10).toString());
    }
}
