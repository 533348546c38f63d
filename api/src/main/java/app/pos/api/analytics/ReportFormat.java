package app.pos.api.analytics;

import app.pos.api.problem.InvalidInput;
import org.springframework.http.MediaType;

import java.util.List;
import java.util.Locale;

/** JSON unless {@code format=csv}, or no format and an Accept header that asks for text/csv. */
enum ReportFormat {
    JSON, CSV;

    static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");

    static ReportFormat of(String format, List<MediaType> accepted) {
        if (format == null || format.isBlank()) {
            boolean csv = accepted.stream().anyMatch(type -> type.equalsTypeAndSubtype(TEXT_CSV));
            boolean json = accepted.stream().anyMatch(type -> type.equalsTypeAndSubtype(MediaType.APPLICATION_JSON));
            return csv && !json ? CSV : JSON;
        }
        return switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "json" -> JSON;
            case "csv" -> CSV;
            default -> throw new InvalidInput("format", "must be json or csv");
        };
    }
}
