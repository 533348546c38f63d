package app.pos.kernel.catalog;

/** How a product is counted and sold. Weighed and measured units allow fractional quantities. */
public enum Unit {
    PCS, KG, G, L, ML, DOZEN;

    public boolean allowsFractions() {
        return this == KG || this == L;
    }
}
