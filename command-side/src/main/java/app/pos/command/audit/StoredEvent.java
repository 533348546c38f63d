package app.pos.command.audit;

/** One event exactly as the event store keeps it: the bytes an edit would change. */
public record StoredEvent(long globalIndex, String eventIdentifier, String type, String aggregateIdentifier,
                          long sequenceNumber, String timestamp, String payloadType, String payloadRevision,
                          byte[] payload, byte[] metadata) {

    static final String COLUMNS = "globalindex, eventidentifier, type, aggregateidentifier, sequencenumber, "
            + "timestamp, payloadtype, payloadrevision, payload, metadata";
}
