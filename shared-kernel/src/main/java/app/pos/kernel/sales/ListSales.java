package app.pos.kernel.sales;

import app.pos.kernel.paging.PageRequest;

import java.time.Instant;
import java.util.UUID;

/** Every filter is optional; the time range is [from, to). */
public record ListSales(UUID businessId, Instant from, Instant to, SaleStatus status, UUID customerId,
                        PaymentStatus paymentStatus, PageRequest page) {
}
