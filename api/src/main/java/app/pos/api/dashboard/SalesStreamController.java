package app.pos.api.dashboard;

import app.pos.api.live.LiveStreams;
import app.pos.api.live.ResumableFeed;
import app.pos.api.shared.Caller;
import app.pos.kernel.dashboard.LiveStream;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

@RestController
@Tag(name = "Dashboard")
public class SalesStreamController {

    private final ResumableFeed feed;
    private final LiveStreams streams;

    public SalesStreamController(ResumableFeed feed, LiveStreams streams) {
        this.feed = feed;
        this.streams = streams;
    }

    /** A {@code sale} event for each bill as it completes, at any till of the business. */
    @GetMapping(path = "/api/v1/stream/sales", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ApiResponse(responseCode = "200", description = "Server-sent events `sale` (`saleId`, `billNumber`, "
            + "`totalAmount`, `creditAmount`, `tenders` of `method` and `amount`, `items`, `customerId`, `cashierId`, "
            + "`completedAt`), each with an `id:` to resume from; `:heartbeat` comments keep the connection open",
            content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE, schema = @Schema(type = "string")))
    @Operation(operationId = "streamSales",
            summary = "Every completed bill as a server-sent event, for a live ticker (DASHBOARD_VIEW); "
            + "accepts ?access_token= for EventSource and resumes after Last-Event-ID")
    public Flux<ServerSentEvent<Object>> stream(Caller caller,
                                                @RequestHeader(name = LiveStreams.LAST_EVENT_ID, required = false)
                                                String lastEventIdHeader,
                                                @RequestParam(required = false) String lastEventId) {
        return streams.open(feed.watch(caller.businessId(), LiveStream.SALES,
                LiveStreams.lastSeen(lastEventIdHeader, lastEventId), push -> true));
    }
}
