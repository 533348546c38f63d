package app.pos.bench;

import java.util.random.RandomGenerator;

/**
 * Picks a till's next step: a read, an udhaar payment, or a bill, and for a bill its tender. Shares of
 * reads and payments are of all steps; the approval share and the tender mix are of bills.
 */
public record WorkMix(double readShare, double creditPaymentShare, double approvalShare, BenchOptions.Mix mix) {

    public static WorkMix of(BenchOptions options) {
        return new WorkMix(options.readShare(), options.creditPaymentShare(), options.approvalShare(), options.mix());
    }

    public RequestKind next(RandomGenerator random) {
        double step = random.nextDouble();
        if (step < readShare) {
            return switch (random.nextInt(3)) {
                case 0 -> RequestKind.READ_SALE;
                case 1 -> RequestKind.READ_PRODUCTS;
                default -> RequestKind.READ_DASHBOARD;
            };
        }
        if (step < readShare + creditPaymentShare) {
            return RequestKind.CREDIT_PAYMENT;
        }
        return bill(random);
    }

    public RequestKind bill(RandomGenerator random) {
        if (random.nextDouble() < approvalShare) {
            return RequestKind.SALE_FOR_APPROVAL;
        }
        if (mix == BenchOptions.Mix.CASH) {
            return RequestKind.SALE_CASH;
        }
        double tender = random.nextDouble();
        return tender < 0.7 ? RequestKind.SALE_CASH : tender < 0.9 ? RequestKind.SALE_CREDIT : RequestKind.SALE_SPLIT;
    }
}
