package app.pos.kernel.audit;

import java.util.List;

/** {@code nextAfter}: the position to continue from, or null at the end. */
public record AuditPage(List<AuditEvent> items, Long nextAfter) {
}
