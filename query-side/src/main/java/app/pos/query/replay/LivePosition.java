package app.pos.query.replay;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.async.SequencingPolicy;

import java.util.Map;
import java.util.Objects;

/**
 * Which events the live projections' processor has taken: for each of its segments, the token of the last
 * batch it committed. A rebuild's shadow takes exactly these events and no others, so that the live
 * processor, resumed on the rebuilt tables from where it stopped, takes every later event once and no
 * earlier one again.
 */
record LivePosition(Map<Segment, TrackingToken> tokens, SequencingPolicy<? super EventMessage<?>> sequencing) {

    /** Whether the live processor has taken this event, which the shadow then takes too. */
    boolean took(TrackedEventMessage<?> event) {
        long index = event.trackingToken().position().orElseThrow();
        Object sequence = Objects.requireNonNullElse(sequencing.getSequenceIdentifierFor(event), event.getIdentifier());
        return tokens.entrySet().stream()
                .filter(segment -> segment.getKey().matches(Objects.hashCode(sequence)))
                .anyMatch(segment -> contains(segment.getValue(), index));
    }

    /** Whether a stream at {@code position} has seen every event the live processor has taken. */
    boolean seenBy(TrackingToken position) {
        return tokens.values().stream().map(WrappedToken::unwrapLowerBound)
                .allMatch(token -> token == null || position != null && position.covers(token));
    }

    private static boolean contains(TrackingToken token, long index) {
        TrackingToken position = WrappedToken.unwrapLowerBound(token);
        if (position instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getIndex() >= index && !gapAware.getGaps().contains(index);
        }
        return position != null && position.position().orElse(-1) >= index;
    }
}
