package app.pos.query.analytics;

import app.pos.kernel.analytics.DemandForecasts;
import app.pos.kernel.analytics.FetchDemandForecasts;
import app.pos.kernel.analytics.FetchReorderSuggestions;
import app.pos.kernel.analytics.ReorderSuggestions;
import app.pos.kernel.analytics.ReorderSuggestions.Urgency;
import app.pos.kernel.catalog.Unit;
import app.pos.kernel.stock.Quantity;
import app.pos.query.analytics.DemandHistory.Product;
import app.pos.query.analytics.DemandHistory.Series;
import app.pos.query.analytics.forecast.Confidence;
import app.pos.query.analytics.forecast.DemandForecaster;
import app.pos.query.analytics.forecast.DemandModel;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** Demand forecasts per product, and the orders they call for. */
@Component
public class DemandQueries {

    static final int CONFIDENCE_PERCENT = 80;
    static final int SERVICE_LEVEL_PERCENT = 95;
    private static final int UNITS_SCALE = 1;

    /**
     * Fitting a model per product is CPU work. PostgreSQL's driver hands rows over on its own network
     * threads, which every other read shares, so the fitting moves off them.
     */
    private static final Scheduler MODELLING = Schedulers.parallel();

    private final DemandHistory history;

    public DemandQueries(DemandHistory history) {
        this.history = history;
    }

    /** Empty when the product asked for is not the business's. */
    @QueryHandler
    public CompletableFuture<DemandForecasts> handle(FetchDemandForecasts query) {
        StoreCalendar calendar = new StoreCalendar(query.timeZone());
        Mono<List<Product>> products = query.productId() == null
                ? history.bestSellers(query.businessId(), query.today(), query.limit(), calendar)
                : history.product(query.businessId(), query.productId(), calendar).map(List::of);
        int horizon = Collections.max(query.horizons());
        return products
                .flatMap(chosen -> history.series(query.businessId(), query.today(), chosen, calendar))
                .publishOn(MODELLING)
                .map(all -> new DemandForecasts(query.today(), query.timeZone(),
                        query.today().minusDays(DemandHistory.DAYS), query.today().minusDays(1), CONFIDENCE_PERCENT,
                        all.stream().map(series -> forecast(series, query.horizons(), horizon)).toList()))
                .toFuture();
    }

    private static DemandForecasts.ProductForecast forecast(Series series, List<Integer> horizons, int horizon) {
        DemandModel model = DemandForecaster.forecast(series.units(), horizon);
        List<DemandForecasts.ForecastHorizon> forecasts = horizons.stream().map(days -> {
            DemandModel.Interval interval = model.interval(days, Confidence.Z_80).rounded(UNITS_SCALE);
            return new DemandForecasts.ForecastHorizon(days, interval.expected(), interval.lower(), interval.upper());
        }).toList();
        Product product = series.product();
        return new DemandForecasts.ProductForecast(product.id(), product.name(), product.unit(), series.units().size(),
                series.total(), model.method(), forecasts);
    }

    @QueryHandler
    public CompletableFuture<ReorderSuggestions> handle(FetchReorderSuggestions query) {
        StoreCalendar calendar = new StoreCalendar(query.timeZone());
        return history.activeProducts(query.businessId(), calendar)
                .flatMap(active -> history.activeSeries(query.businessId(), query.today(), active, calendar))
                .publishOn(MODELLING)
                .map(all -> new ReorderSuggestions(query.today(), query.timeZone(), query.leadTimeDays(),
                        query.coverDays(), SERVICE_LEVEL_PERCENT, all.stream()
                        .map(series -> suggestion(series, query))
                        .filter(Objects::nonNull)
                        .sorted(Comparator.comparing(ReorderSuggestions.ReorderSuggestion::orderBy)
                                .thenComparing(ReorderSuggestions.ReorderSuggestion::stockoutDate,
                                        Comparator.nullsLast(Comparator.naturalOrder()))
                                .thenComparing(ReorderSuggestions.ReorderSuggestion::name))
                        .toList()))
                .toFuture();
    }

    /**
     * Walks stock forward through the forecast, day by day from today, to the first morning it is at or
     * below the reorder point; null if that does not happen within lead time plus cover, or nothing needs
     * buying then.
     */
    static ReorderSuggestions.ReorderSuggestion suggestion(Series series, FetchReorderSuggestions query) {
        int lead = query.leadTimeDays();
        int window = lead + query.coverDays();
        DemandModel model = DemandForecaster.forecast(series.units(), 2 * window);
        Product product = series.product();
        BigDecimal leadDemand = model.total(lead);
        BigDecimal safetyStock = Confidence.Z_95.multiply(model.standardDeviation(lead));
        BigDecimal reorderPoint = leadDemand.add(safetyStock).max(product.minStockLevel().value());
        BigDecimal stock = product.stock().value();
        Integer orderDay = null;
        Integer emptyDay = stock.signum() <= 0 ? 0 : null;
        for (int day = 0; day < window; day++) {
            if (orderDay == null && stock.compareTo(reorderPoint) <= 0) {
                orderDay = day;
            }
            stock = stock.subtract(model.daily().get(day));
            if (emptyDay == null && stock.signum() <= 0) {
                emptyDay = day;
            }
        }
        if (orderDay == null) {
            return null;
        }
        BigDecimal stockOnOrderDay = product.stock().value().subtract(model.total(orderDay));
        BigDecimal needed = model.daily().subList(orderDay, orderDay + window).stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add).add(safetyStock).max(reorderPoint);
        BigDecimal quantity = needed.subtract(stockOnOrderDay)
                .setScale(Unit.of(product.unit()).allowsFractions() ? 1 : 0, RoundingMode.CEILING);
        if (quantity.signum() <= 0) {
            return null;
        }
        LocalDate today = query.today();
        Urgency urgency = orderDay == 0 ? Urgency.NOW : orderDay < lead ? Urgency.SOON : Urgency.PLANNED;
        return new ReorderSuggestions.ReorderSuggestion(product.id(), product.name(), product.unit(), product.stock(),
                product.minStockLevel(),
                model.total(window).divide(BigDecimal.valueOf(window), 2, RoundingMode.HALF_UP),
                rounded(leadDemand), rounded(safetyStock), rounded(reorderPoint), Quantity.of(quantity),
                today.plusDays(orderDay), emptyDay == null ? null : today.plusDays(emptyDay), urgency, model.method());
    }

    private static BigDecimal rounded(BigDecimal units) {
        return units.setScale(UNITS_SCALE, RoundingMode.HALF_UP);
    }
}
