package app.pos.command.audit;

/**
 * What walking the chain found. {@code firstBroken} is null when every link holds. {@code unchainedEvents}
 * are stored events not linked yet (normally only those stored in the last moments).
 */
public record ChainReport(boolean intact, long linksChecked, long unchainedEvents, BrokenLink firstBroken) {

    /** TAMPERED: the event's bytes changed. MISSING: the event is gone. RELINKED: the chain itself was edited. */
    public enum Problem { TAMPERED, MISSING, RELINKED }

    public record BrokenLink(long linkNo, long globalIndex, String eventIdentifier, Problem problem) {
    }
}
