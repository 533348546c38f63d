package app.pos.query.analytics.forecast;

import java.math.BigDecimal;

/** Standard normal and Student t quantiles for the intervals the reports state. */
public final class Confidence {

    /** Two-sided 80 %: the normal distribution's 90th percentile. */
    public static final BigDecimal Z_80 = new BigDecimal("1.2816");
    /** One-sided 95 % service level: the normal distribution's 95th percentile. */
    public static final BigDecimal Z_95 = new BigDecimal("1.6449");

    /** Student t's 90th percentile for 1 to 30 degrees of freedom (two-sided 80 %). */
    private static final String[] T_90 = {"3.078", "1.886", "1.638", "1.533", "1.476", "1.440", "1.415", "1.397",
            "1.383", "1.372", "1.363", "1.356", "1.350", "1.345", "1.341", "1.337", "1.333", "1.330", "1.328",
            "1.325", "1.323", "1.321", "1.319", "1.318", "1.316", "1.315", "1.314", "1.313", "1.311", "1.310"};

    private Confidence() {
    }

    public static BigDecimal t80(int degreesOfFreedom) {
        if (degreesOfFreedom < 1) {
            throw new IllegalArgumentException("degrees of freedom must be 1 or more");
        }
        return degreesOfFreedom <= T_90.length ? new BigDecimal(T_90[degreesOfFreedom - 1]) : Z_80;
    }
}
