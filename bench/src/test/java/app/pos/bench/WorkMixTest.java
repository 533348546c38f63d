package app.pos.bench;

import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

class WorkMixTest {

    @Test
    void theCashMixRingsUpOnlyCashBills() {
        WorkMix mix = new WorkMix(0, 0, 0, BenchOptions.Mix.CASH);
        SplittableRandom random = new SplittableRandom(1);

        for (int i = 0; i < 1000; i++) {
            assertThat(mix.next(random)).isEqualTo(RequestKind.SALE_CASH);
        }
    }

    @Test
    void theMixedMixKeepsItsShares() {
        WorkMix mix = new WorkMix(0.1, 0.05, 0.02, BenchOptions.Mix.MIXED);
        SplittableRandom random = new SplittableRandom(7);
        Map<RequestKind, Integer> counts = new EnumMap<>(RequestKind.class);
        int steps = 200_000;
        for (int i = 0; i < steps; i++) {
            counts.merge(mix.next(random), 1, Integer::sum);
        }

        double bills = steps * 0.85;
        assertThat(share(counts, steps, RequestKind.READ_SALE, RequestKind.READ_PRODUCTS, RequestKind.READ_DASHBOARD))
                .isCloseTo(0.10, offset(0.005));
        assertThat(share(counts, steps, RequestKind.CREDIT_PAYMENT)).isCloseTo(0.05, offset(0.005));
        assertThat(counts.get(RequestKind.SALE_FOR_APPROVAL) / bills).isCloseTo(0.02, offset(0.005));
        assertThat(counts.get(RequestKind.SALE_CASH) / bills).isCloseTo(0.98 * 0.7, offset(0.01));
        assertThat(counts.get(RequestKind.SALE_CREDIT) / bills).isCloseTo(0.98 * 0.2, offset(0.01));
        assertThat(counts.get(RequestKind.SALE_SPLIT) / bills).isCloseTo(0.98 * 0.1, offset(0.01));
    }

    private static double share(Map<RequestKind, Integer> counts, int steps, RequestKind... kinds) {
        int sum = 0;
        for (RequestKind kind : kinds) {
            sum += counts.getOrDefault(kind, 0);
        }
        return (double) sum / steps;
    }
}
