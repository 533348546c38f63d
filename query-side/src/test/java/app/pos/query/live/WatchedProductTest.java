package app.pos.query.live;

import app.pos.kernel.catalog.ProductStatus;
import app.pos.kernel.dashboard.StockAlert;
import app.pos.kernel.dashboard.StockAlert.Kind;
import app.pos.kernel.stock.Quantity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class WatchedProductTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @Test
    void stockFallingUnderTheMinimumRaisesALowStockAlert() {
        StockAlert alert = product(9, 10, null).lowStockAfter(Quantity.of(12)).orElseThrow();

        assertThat(alert.kind()).isEqualTo(Kind.LOW_STOCK);
        assertThat(alert.currentStock()).isEqualTo(Quantity.of(9));
        assertThat(alert.minStock()).isEqualTo(Quantity.of(10));
    }

    @Test
    void stockLandingExactlyOnTheMinimumIsNotLow() {
        assertThat(product(10, 10, null).lowStockAfter(Quantity.of(12))).isEmpty();
    }

    @Test
    void stockThatWasAlreadyLowRaisesNoSecondAlert() {
        assertThat(product(7, 10, null).lowStockAfter(Quantity.of(9))).isEmpty();
    }

    @Test
    void restockingRaisesNothing() {
        assertThat(product(20, 10, null).lowStockAfter(Quantity.of(5))).isEmpty();
    }

    @Test
    void aDiscontinuedProductRaisesNothing() {
        WatchedProduct discontinued = new WatchedProduct(UUID.randomUUID(), "Old soap", "pcs", Quantity.of(10), null,
                Quantity.of(2), ProductStatus.DISCONTINUED);

        assertThat(discontinued.lowStockAfter(Quantity.of(12))).isEmpty();
    }

    @Test
    void stockExpiringWithinTheWindowRaisesAnExpiryAlertWithDaysLeft() {
        StockAlert alert = product(5, 1, TODAY.plusDays(7)).expiringAsOf(TODAY, 7).orElseThrow();

        assertThat(alert.kind()).isEqualTo(Kind.EXPIRING);
        assertThat(alert.daysLeft()).isEqualTo(7);
        assertThat(alert.expiryDate()).isEqualTo(TODAY.plusDays(7));
    }

    @Test
    void alreadyExpiredStockStillOnTheShelfIsAlertedWithNegativeDaysLeft() {
        assertThat(product(5, 1, TODAY.minusDays(2)).expiringAsOf(TODAY, 7).orElseThrow().daysLeft()).isEqualTo(-2);
    }

    @Test
    void stockExpiringLaterOrNoStockAtAllRaisesNothing() {
        assertThat(product(5, 1, TODAY.plusDays(8)).expiringAsOf(TODAY, 7)).isEmpty();
        assertThat(product(0, 1, TODAY.plusDays(1)).expiringAsOf(TODAY, 7)).isEmpty();
        assertThat(product(5, 1, null).expiringAsOf(TODAY, 7)).isEmpty();
    }

    @Test
    void anExpiryIsAlertedOncePerProductAndDate() {
        WatchedProduct milk = product(5, 1, TODAY.plusDays(2));

        assertThat(milk.withStock(Quantity.of(3)).expiryKey()).isEqualTo(milk.expiryKey());
        assertThat(product(5, 1, TODAY.plusDays(3)).expiryKey()).isNotEqualTo(milk.expiryKey());
    }

    private static WatchedProduct product(long stock, long min, LocalDate expiry) {
        return new WatchedProduct(UUID.fromString("00000000-0000-0000-0000-000000000001"), "Milk", "pcs",
                Quantity.of(min), expiry, Quantity.of(stock), ProductStatus.ACTIVE);
    }
}
