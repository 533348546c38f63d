package app.pos.kernel.audit;

/** A page of the audit trail in event-store order, after the given position (0: from the start). */
public record ListAuditEvents(AuditFilter filter, long afterGlobalIndex, int limit) {
}
