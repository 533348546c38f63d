package app.pos.command.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A link of the chain: SHA-256 over the previous link and every stored field of the event, so changing
 * any byte of an event, or taking one out, changes every hash after it.
 */
final class ChainHash {

    static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    static String link(String previousHash, StoredEvent event) {
        String canonical = String.join("\n", previousHash, Long.toString(event.globalIndex()),
                event.eventIdentifier(), String.valueOf(event.type()), event.aggregateIdentifier(),
                Long.toString(event.sequenceNumber()), event.timestamp(), event.payloadType(),
                String.valueOf(event.payloadRevision()), encode(event.payload()), encode(event.metadata()));
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String encode(byte[] bytes) {
        return bytes == null ? "" : Base64.getEncoder().encodeToString(bytes);
    }
}
