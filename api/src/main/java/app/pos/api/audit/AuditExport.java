package app.pos.api.audit;

import app.pos.api.problem.InvalidInput;
import app.pos.kernel.audit.AuditEvent;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import tools.jackson.databind.json.JsonMapper;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Writes the audit trail line by line as it streams in: NDJSON (one event per line) or CSV. */
@Component
public class AuditExport {

    private static final String CSV_HEADER = "globalIndex,eventId,type,aggregateType,aggregateId,sequenceNumber,"
            + "timestamp,userId,role,terminalId,correlationId,payload\n";

    public enum Format {
        NDJSON(MediaType.parseMediaType("application/x-ndjson"), "ndjson"),
        CSV(MediaType.parseMediaType("text/csv"), "csv");

        private final MediaType mediaType;
        private final String extension;

        Format(MediaType mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        MediaType mediaType() {
            return mediaType;
        }

        String extension() {
            return extension;
        }

        static Format of(String format) {
            try {
                return valueOf(format.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                throw new InvalidInput("format", "must be ndjson or csv");
            }
        }
    }

    private final JsonMapper json;

    public AuditExport(JsonMapper json) {
        this.json = json;
    }

    Flux<String> lines(Format format, Flux<AuditEvent> events) {
        return format == Format.NDJSON
                ? events.map(event -> json.writeValueAsString(event) + "\n")
                : Flux.just(CSV_HEADER).concatWith(events.map(AuditExport::csv));
    }

    private static String csv(AuditEvent event) {
        return Stream.of(String.valueOf(event.globalIndex()), event.eventId(), event.type(), event.aggregateType(),
                        event.aggregateId(), event.sequenceNumber() == null ? "" : event.sequenceNumber().toString(),
                        event.timestamp().toString(), event.metadata().get("userId"), event.metadata().get("role"),
                        event.metadata().get("terminalId"), event.metadata().get("correlationId"), event.payload())
                .map(AuditExport::quoted)
                .collect(Collectors.joining(",", "", "\n"));
    }

    /** RFC 4180: quote every field, double the quotes inside. */
    private static String quoted(String value) {
        return value == null ? "" : "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
