package app.pos.kernel.audit;

/** The whole filtered audit trail as a stream, for export. */
public record StreamAuditEvents(AuditFilter filter) {
}
