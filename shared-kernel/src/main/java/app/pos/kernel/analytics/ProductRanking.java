package app.pos.kernel.analytics;

/** What makes a product top: the money it brought in or the units that left the shelf. */
public enum ProductRanking {
    REVENUE, QUANTITY
}
