package app.pos.command.customers;

import app.pos.kernel.money.Money;
import app.pos.kernel.rules.RuleViolation;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CreditLimitPolicyTest {

    @Test
    void udhaarBeyondTheLimitIsRefusedWithWhatIsStillAvailable() {
        RuleViolation violation = assertThrows(RuleViolation.class,
                () -> CreditLimitPolicy.check(Money.of("1000.00"), Money.of("400.00"), Money.of("600.01")));

        assertEquals("CREDIT_LIMIT_EXCEEDED", violation.code());
        assertEquals(RuleViolation.Kind.CONFLICT, violation.kind());
        assertEquals(Map.of("creditLimit", Money.of("1000.00"), "creditBalance", Money.of("400.00"),
                "requested", Money.of("600.01"), "available", Money.of("600.00")), violation.details());
    }

    @Test
    void customerAlreadyOverALoweredLimitHasNothingAvailable() {
        RuleViolation violation = assertThrows(RuleViolation.class,
                () -> CreditLimitPolicy.check(Money.of("100.00"), Money.of("250.00"), Money.of("1.00")));

        assertEquals(Money.ZERO, violation.details().get("available"));
    }

    @Test
    void customerWithoutALimitGetsNoUdhaarAtAll() {
        RuleViolation violation = assertThrows(RuleViolation.class,
                () -> CreditLimitPolicy.check(Money.ZERO, Money.ZERO, Money.of("0.01")));

        assertEquals("CREDIT_LIMIT_EXCEEDED", violation.code());
    }
}
