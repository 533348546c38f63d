package app.pos.kernel.analytics;

/** How finely a revenue series is cut: one bucket per store day or per store hour. */
public enum RevenueInterval {
    DAY, HOUR
}
