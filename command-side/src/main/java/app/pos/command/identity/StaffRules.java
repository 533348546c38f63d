package app.pos.command.identity;

import app.pos.kernel.identity.Actor;
import app.pos.kernel.identity.Role;
import app.pos.kernel.rules.RuleViolation;
import app.pos.kernel.rules.RuleViolation.Kind;

import java.util.UUID;

/**
 * Who may change whom. Only an owner makes owners or touches an owner's account, so a manager granted
 * STAFF_MANAGE cannot take the business over. Nobody changes their own role or permissions or switches
 * themselves off, which also means a business always keeps an owner. The platform's admin role is never
 * handed out by anyone in a business. A null actor is the platform itself (start-up configuration,
 * business registration).
 */
final class StaffRules {

    private StaffRules() {
    }

    static void mayAssign(Actor actor, Role role) {
        if (role == Role.SUPER_ADMIN && actor != null) {
            throw new RuleViolation("ROLE_NOT_ASSIGNABLE", Kind.UNPROCESSABLE,
                    "SUPER_ADMIN is the platform's own role and cannot be given to anyone in a business");
        }
        if (role == Role.OWNER) {
            requireOwner(actor, "only an owner can make someone an owner");
        }
    }

    static void mayManage(Actor actor, Role target) {
        if (target == Role.OWNER || target == Role.SUPER_ADMIN) {
            requireOwner(actor, "only an owner can change an owner's account");
        }
    }

    static void notOwnAccess(Actor actor, UUID target) {
        if (actor != null && target.equals(actor.userId())) {
            throw new RuleViolation("CANNOT_CHANGE_OWN_ACCESS", Kind.UNPROCESSABLE,
                    "nobody changes their own role, permissions or access; ask another owner");
        }
    }

    private static void requireOwner(Actor actor, String message) {
        if (actor != null && actor.role() != Role.OWNER) {
            throw new RuleViolation("OWNER_ONLY", Kind.FORBIDDEN, message);
        }
    }
}
