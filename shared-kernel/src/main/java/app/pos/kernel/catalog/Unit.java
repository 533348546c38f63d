package app.pos.kernel.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** How a product is counted and sold, written in lower case (pcs, kg, g, l, ml, dozen). */
public enum Unit {
    PCS, KG, G, L, ML, DOZEN;

    /** Weighed and measured goods sell in fractions (0.250 kg); pieces, grams and dozens do not. */
    public boolean allowsFractions() {
        return this == KG || this == L;
    }

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Unit of(String code) {
        return code == null ? null : valueOf(code.strip().toUpperCase(Locale.ROOT));
    }
}
