package app.pos.kernel.dashboard;

import app.pos.kernel.money.Money;
import app.pos.kernel.stock.Quantity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The owner's first screen, in the shape of seed 001. */
public record DashboardView(TodaySales todaySales, CreditOutstanding creditOutstanding, Inventory inventory,
                            Customers customers, Alerts alerts) {

    public record TodaySales(Money totalAmount, long billsCount, long cashSales, long creditSales) {
    }

    public record CreditOutstanding(Money totalAmount, long customersCount) {
    }

    public record Inventory(long activeProducts, long lowStockCount, long expiringCount) {
    }

    public record Customers(long total, long newThisWeek) {
    }

    public record Alerts(List<LowStockAlert> lowStock, List<ExpiryAlert> expiring) {
    }

    public record LowStockAlert(UUID productId, String name, Quantity currentStock, Quantity minStock, String unit) {
    }

    public record ExpiryAlert(UUID productId, String name, LocalDate expiryDate, long daysLeft, Quantity stock) {
    }
}
