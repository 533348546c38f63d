package app.pos.command.sales;

import app.pos.kernel.identity.Actor;
import app.pos.kernel.identity.Role;
import app.pos.kernel.money.Money;
import app.pos.kernel.rules.RuleViolation;

/**
 * A bill over the store's threshold rung up by anyone but an owner or a manager waits for an owner.
 * Only owners decide.
 */
final class ApprovalPolicy {

    private ApprovalPolicy() {
    }

    static boolean needsApproval(Actor createdBy, Money total, Money threshold) {
        return threshold != null && !createdBy.role().skipsBillApproval() && total.isGreaterThan(threshold);
    }

    static void requireApprover(Actor actor) {
        if (actor.role() != Role.OWNER) {
            throw new RuleViolation("APPROVER_MUST_BE_OWNER", RuleViolation.Kind.FORBIDDEN,
                    "only an owner approves or rejects bills");
        }
    }
}
