package app.pos.api.metrics;

import app.pos.kernel.credit.CreditPaymentRecorded;
import app.pos.kernel.sales.BillSubmittedForApproval;
import app.pos.kernel.sales.SaleCompleted;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Business figures for Prometheus, counted as this node commits them (a subscribing processor, so a
 * replay never counts twice). Totals across businesses only: no business is named in a metric.
 */
@Component
@ProcessingGroup("metrics")
public class BusinessMetrics {

    private final Counter salesCompleted;
    private final DistributionSummary saleAmounts;
    private final Counter creditGiven;
    private final Counter creditCollected;
    private final Counter approvalsRequested;

    public BusinessMetrics(MeterRegistry registry) {
        salesCompleted = Counter.builder("pos.sales.completed").description("Bills completed").register(registry);
        saleAmounts = DistributionSummary.builder("pos.sales.amount").description("Bill totals")
                .baseUnit("currency").register(registry);
        creditGiven = Counter.builder("pos.credit.given").description("Udhaar taken on bills")
                .baseUnit("currency").register(registry);
        creditCollected = Counter.builder("pos.credit.collected").description("Udhaar paid back")
                .baseUnit("currency").register(registry);
        approvalsRequested = Counter.builder("pos.approvals.requested").description("Bills sent for approval")
                .register(registry);
    }

    @EventHandler
    void on(SaleCompleted event) {
        salesCompleted.increment();
        saleAmounts.record(event.bill().totalAmount().amount().doubleValue());
        creditGiven.increment(event.bill().creditAmount().amount().doubleValue());
    }

    @EventHandler
    void on(CreditPaymentRecorded event) {
        creditCollected.increment(event.amount().amount().doubleValue());
    }

    @EventHandler
    void on(BillSubmittedForApproval event) {
        approvalsRequested.increment();
    }
}
