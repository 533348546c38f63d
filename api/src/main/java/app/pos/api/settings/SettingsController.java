package app.pos.api.settings;

import app.pos.api.shared.Caller;
import app.pos.api.shared.Commands;
import app.pos.api.shared.Found;
import app.pos.api.shared.Queries;
import app.pos.kernel.settings.ChangeStoreSettings;
import app.pos.kernel.settings.FetchStoreSettings;
import app.pos.kernel.settings.StoreSettings;
import app.pos.kernel.settings.StoreSettingsView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1/settings")
@Tag(name = "Store settings", description = "How the store runs (S8); every change is an event")
public class SettingsController {

    private final Commands commands;
    private final Queries queries;

    public SettingsController(Commands commands, Queries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @GetMapping
    @Operation(operationId = "getSettings",
            summary = "The store's settings (SETTINGS_VIEW)")
    public Mono<StoreSettings> get(Caller caller) {
        return current(caller).map(StoreSettingsView::settings);
    }

    @PutMapping
    @Operation(operationId = "updateSettings",
            summary = "Change the store's settings (SETTINGS_MANAGE, owners); without timeZone the current one stays")
    public Mono<StoreSettings> update(@Valid @RequestBody SettingsRequest request, Caller caller) {
        return commands.send(new ChangeStoreSettings(caller.businessId(), request.settings(), caller.actor()), caller,
                "STORE_NOT_FOUND");
    }

    private Mono<StoreSettingsView> current(Caller caller) {
        return Found.orNotFound(queries.ask(new FetchStoreSettings(caller.businessId()), StoreSettingsView.class),
                "STORE_NOT_FOUND", caller.businessId());
    }
}
