package app.pos.api.analytics;

import app.pos.kernel.analytics.CreditAging;
import app.pos.kernel.analytics.CustomerAnalytics;
import app.pos.kernel.analytics.DemandForecasts;
import app.pos.kernel.analytics.HealthScore;
import app.pos.kernel.analytics.PaymentMethods;
import app.pos.kernel.analytics.RecurringRevenue;
import app.pos.kernel.analytics.ReorderSuggestions;
import app.pos.kernel.analytics.RevenueReport;
import app.pos.kernel.analytics.SalesPatterns;
import app.pos.kernel.analytics.TopCustomers;
import app.pos.kernel.analytics.TopProducts;

import java.time.LocalDate;

/** Each report's main table, for CSV: one row per bucket, product, customer, method, factor or month. */
final class ReportTables {

    private ReportTables() {
    }

    static CsvTable revenue(RevenueReport report) {
        CsvTable table = new CsvTable(named("revenue", report.from(), report.to()), "bucket", "revenue", "bills",
                "averageBill");
        report.series().forEach(bucket -> table.row(bucket.bucket(), bucket.revenue(), bucket.bills(),
                bucket.averageBill()));
        return table;
    }

    static CsvTable topProducts(TopProducts report) {
        CsvTable table = new CsvTable(named("top-products", report.from(), report.to()), "rank", "productId", "name",
                "unit", "revenue", "quantity", "bills");
        report.items().forEach(item -> table.row(item.rank(), item.productId(), item.name(), item.unit(),
                item.revenue(), item.quantity(), item.bills()));
        return table;
    }

    static CsvTable topCustomers(TopCustomers report) {
        CsvTable table = new CsvTable(named("top-customers", report.from(), report.to()), "rank", "customerId",
                "name", "phone", "spend", "bills", "averageBill", "lastVisitAt");
        report.items().forEach(item -> table.row(item.rank(), item.customerId(), item.name(), item.phone(),
                item.spend(), item.bills(), item.averageBill(), item.lastVisitAt()));
        return table;
    }

    static CsvTable paymentMethods(PaymentMethods report) {
        CsvTable table = new CsvTable(named("payment-methods", report.from(), report.to()), "method", "amount",
                "bills", "sharePercent");
        report.methods().forEach(item -> table.row(item.method(), item.amount(), item.bills(), item.sharePercent()));
        return table;
    }

    /** Hours of the day, then days of the week, told apart by the first column. */
    static CsvTable salesPatterns(SalesPatterns report) {
        CsvTable table = new CsvTable(named("sales-patterns", report.from(), report.to()), "dimension", "slot",
                "revenue", "bills");
        report.byHour().forEach(hour -> table.row("hour", hour.hour(), hour.revenue(), hour.bills()));
        report.byDayOfWeek().forEach(day -> table.row("dayOfWeek", day.dayOfWeek(), day.revenue(), day.bills()));
        return table;
    }

    static CsvTable customers(CustomerAnalytics report) {
        CsvTable table = new CsvTable(named("customers", report.from(), report.to()), "date", "newCustomers",
                "totalCustomers");
        report.growth().series().forEach(day -> table.row(day.date(), day.newCustomers(), day.totalCustomers()));
        return table;
    }

    static CsvTable creditAging(CreditAging report) {
        CsvTable table = new CsvTable("credit-aging-" + report.asOf(), "customerId", "name", "phone", "outstanding",
                "days0To30", "days31To60", "over60Days", "oldestUnpaidSince", "oldestUnpaidDays");
        report.customers().forEach(customer -> table.row(customer.customerId(), customer.name(), customer.phone(),
                customer.outstanding(), customer.days0To30(), customer.days31To60(), customer.over60Days(),
                customer.oldestUnpaidSince(), customer.oldestUnpaidDays()));
        return table;
    }

    static CsvTable healthScore(HealthScore report) {
        CsvTable table = new CsvTable(named("health-score", report.from(), report.to()), "factor", "value", "unit",
                "score", "weight", "explanation");
        report.factors().forEach(factor -> table.row(factor.name(), factor.value(), factor.unit(), factor.score(),
                factor.weight(), factor.explanation()));
        return table;
    }

    static CsvTable recurringRevenue(RecurringRevenue report) {
        CsvTable table = new CsvTable("mrr-" + report.fromMonth() + "-to-" + report.toMonth(), "month",
                "recurringRevenue", "repeatCustomers", "totalRevenue");
        report.series().forEach(month -> table.row(month.month(), month.recurringRevenue(), month.repeatCustomers(),
                month.totalRevenue()));
        return table;
    }

    /** One row per product and horizon. */
    static CsvTable forecasts(DemandForecasts report) {
        CsvTable table = new CsvTable("forecasts-" + report.asOf(), "productId", "name", "unit", "horizonDays",
                "expectedUnits", "lower", "upper", "method");
        report.items().forEach(item -> item.forecasts().forEach(horizon -> table.row(item.productId(), item.name(),
                item.unit(), horizon.days(), horizon.expectedUnits(), horizon.lower(), horizon.upper(),
                item.method())));
        return table;
    }

    static CsvTable reorderSuggestions(ReorderSuggestions report) {
        CsvTable table = new CsvTable("reorder-suggestions-" + report.asOf(), "productId", "name", "unit", "stock",
                "minStockLevel", "dailyDemand", "leadTimeDemand", "safetyStock", "reorderPoint", "suggestedQuantity",
                "orderBy", "stockoutDate", "urgency");
        report.items().forEach(item -> table.row(item.productId(), item.name(), item.unit(), item.stock(),
                item.minStockLevel(), item.dailyDemand(), item.leadTimeDemand(), item.safetyStock(),
                item.reorderPoint(), item.suggestedQuantity(), item.orderBy(), item.stockoutDate(), item.urgency()));
        return table;
    }

    private static String named(String report, LocalDate from, LocalDate to) {
        return report + "-" + from + "-to-" + to;
    }
}
