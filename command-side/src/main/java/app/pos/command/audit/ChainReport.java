package app.pos.command.audit;

import org.jspecify.annotations.Nullable;

/**
 * What walking the chain found. {@code firstBroken} is null when every link holds. {@code unchainedEvents}
 * are stored events not linked yet (normally only those stored in the last moments).
 */
public record ChainReport(boolean intact, long linksChecked, long unchainedEvents, @Nullable BrokenLink firstBroken) {

    /** TAMPERED: the event's bytes changed. MISSING: the event is gone. RELINKED: the chain itself was edited. */
    public enum Fault { TAMPERED, MISSING, RELINKED }

    public record BrokenLink(long linkNo, long globalIndex, String eventIdentifier, Fault problem) {
    }
}
