package app.pos.api.replay;

import app.pos.api.shared.Found;
import app.pos.query.replay.ProjectionRebuilder;
import app.pos.query.replay.RebuildProgress;
import app.pos.query.replay.RebuildProgress.Mode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Rebuilding a projection from the event store (R3). Projections serve every business at once, so this
 * is an operator's tool: a rebuild changes no figure, it only proves and restores the tables.
 */
@RestController
@RequestMapping("/api/v1/projections")
@Tag(name = "Replay", description = "Rebuild query tables from the event store while reads go on (R3)")
public class ProjectionController {

    private static final Duration PROGRESS_INTERVAL = Duration.ofMillis(500);

    private final ProjectionRebuilder rebuilder;

    public ProjectionController(ProjectionRebuilder rebuilder) {
        this.rebuilder = rebuilder;
    }

    public record ProjectionSummary(String name, List<String> tables) {
    }

    @GetMapping
    @Operation(operationId = "listProjections",
            summary = "The projections that can be rebuilt and the tables each owns (PROJECTION_REBUILD)")
    public List<ProjectionSummary> projections() {
        return rebuilder.projections().stream()
                .map(projection -> new ProjectionSummary(projection.name(), projection.tables()))
                .toList();
    }

    @PostMapping("/{name}/rebuild")
    @ApiResponse(responseCode = "202", description = "The rebuild has started", useReturnTypeSchema = true)
    @Operation(operationId = "rebuildProjection",
            summary = "Start rebuilding a projection; the old tables answer reads until the new ones take over "
            + "(PROJECTION_REBUILD)")
    public Mono<ResponseEntity<RebuildProgress>> rebuild(@PathVariable String name) {
        return start(name, Mode.REBUILD);
    }

    @GetMapping("/{name}/rebuild")
    @Operation(operationId = "getRebuildStatus",
            summary = "Where the last rebuild of a projection stands (PROJECTION_REBUILD)")
    public Mono<RebuildProgress> rebuildStatus(@PathVariable String name) {
        return status(name, Mode.REBUILD);
    }

    @GetMapping(path = "/{name}/rebuild/progress", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ApiResponse(responseCode = "200", description = "Server-sent events `progress`, each a `RebuildProgress` as JSON, "
            + "twice a second until its phase is DONE or FAILED",
            content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE, schema = @Schema(type = "string")))
    @Operation(operationId = "streamRebuildProgress",
            summary = "The rebuild's progress as server-sent events: processed, total, rate and ETA, twice a "
            + "second until it ends (PROJECTION_REBUILD)")
    public Flux<ServerSentEvent<RebuildProgress>> rebuildProgress(@PathVariable String name) {
        return progress(name, Mode.REBUILD);
    }

    @PostMapping("/{name}/verify")
    @ApiResponse(responseCode = "202", description = "The verification has started", useReturnTypeSchema = true)
    @Operation(operationId = "verifyProjection",
            summary = "Start verifying a projection: its tables are rebuilt aside from the event store and "
            + "compared, row for row, with the live ones, which stay as they are (PROJECTION_REBUILD)")
    public Mono<ResponseEntity<RebuildProgress>> verify(@PathVariable String name) {
        return start(name, Mode.VERIFY);
    }

    @GetMapping("/{name}/verify")
    @Operation(operationId = "getVerificationStatus",
            summary = "Where the last verification of a projection stands; once DONE, `differences` counts per "
            + "table the rows that differ (PROJECTION_REBUILD)")
    public Mono<RebuildProgress> verifyStatus(@PathVariable String name) {
        return status(name, Mode.VERIFY);
    }

    @GetMapping(path = "/{name}/verify/progress", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ApiResponse(responseCode = "200", description = "Server-sent events `progress`, each a `RebuildProgress` as JSON, "
            + "twice a second until its phase is DONE or FAILED",
            content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE, schema = @Schema(type = "string")))
    @Operation(operationId = "streamVerificationProgress",
            summary = "The verification's progress as server-sent events, twice a second until it ends "
            + "(PROJECTION_REBUILD)")
    public Flux<ServerSentEvent<RebuildProgress>> verifyProgress(@PathVariable String name) {
        return progress(name, Mode.VERIFY);
    }

    private Mono<ResponseEntity<RebuildProgress>> start(String name, Mode mode) {
        return Mono.fromCallable(() -> rebuilder.start(name, mode))
                .subscribeOn(Schedulers.boundedElastic())
                .map(progress -> ResponseEntity.status(HttpStatus.ACCEPTED)
                        .location(URI.create("/api/v1/projections/" + name + "/" + path(mode) + "/progress"))
                        .body(progress));
    }

    private Mono<RebuildProgress> status(String name, Mode mode) {
        return Found.orNotFound(Mono.fromCallable(() -> rebuilder.progress(name, mode)).flatMap(Mono::justOrEmpty),
                "REBUILD_NOT_FOUND", name);
    }

    private Flux<ServerSentEvent<RebuildProgress>> progress(String name, Mode mode) {
        return rebuilder.watch(name, mode, PROGRESS_INTERVAL)
                .map(progress -> ServerSentEvent.builder(progress).event("progress").build());
    }

    private static String path(Mode mode) {
        return mode.name().toLowerCase(Locale.ROOT);
    }
}
