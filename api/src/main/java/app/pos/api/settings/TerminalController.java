package app.pos.api.settings;

import app.pos.api.shared.Caller;
import app.pos.api.shared.Commands;
import app.pos.api.shared.Queries;
import app.pos.kernel.settings.ListTerminals;
import app.pos.kernel.settings.RegisterTerminal;
import app.pos.kernel.settings.RetireTerminal;
import app.pos.kernel.settings.TerminalView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * The store's tills. A till is known by the id it sends in X-Terminal-Id; registering it lets staff
 * switch on it with their PIN, and retiring it (a lost or replaced till) stops that at once.
 */
@RestController
@RequestMapping("/api/v1/terminals")
@Tag(name = "Terminals", description = "Register the store's tills for PIN sign-in (SETTINGS_MANAGE)")
public class TerminalController {

    private final Commands commands;
    private final Queries queries;

    public TerminalController(Commands commands, Queries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    public record TerminalRequest(@NotBlank @Size(max = 100) String terminalId,
                                  @NotBlank @Size(max = 100) String name) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "registerTerminal",
            summary = "Register a till by the X-Terminal-Id it sends (SETTINGS_MANAGE); 409 if it is already")
    public Mono<TerminalView> register(@Valid @RequestBody TerminalRequest request, Caller caller) {
        return commands.send(new RegisterTerminal(caller.businessId(), request.terminalId(), request.name(),
                caller.actor()), caller);
    }

    @GetMapping
    @Operation(operationId = "listTerminals",
            summary = "The store's tills, registered ones first (SETTINGS_VIEW)")
    public Mono<List<TerminalView>> list(Caller caller) {
        return queries.askList(new ListTerminals(caller.businessId()), TerminalView.class);
    }

    @DeleteMapping("/{terminalId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "retireTerminal",
            summary = "Retire a till: PIN sign-in from it stops (SETTINGS_MANAGE)")
    public Mono<Void> retire(@PathVariable @Size(max = 100) String terminalId, Caller caller) {
        return commands.send(new RetireTerminal(caller.businessId(), terminalId, caller.actor()), caller).then();
    }
}
