package app.pos.query.settings;

import app.pos.kernel.settings.FindTerminal;
import app.pos.kernel.settings.ListTerminals;
import app.pos.kernel.settings.TerminalRegistered;
import app.pos.kernel.settings.TerminalRetired;
import app.pos.kernel.settings.TerminalView;
import app.pos.query.shared.ProjectionTables;
import app.pos.query.shared.Projections;
import app.pos.query.shared.Reads;
import io.r2dbc.spi.Readable;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import static app.pos.query.shared.Params.params;
import static app.pos.query.shared.Rows.*;

/** The tills each store has registered, and those it retired. */
@Component
@ProcessingGroup(Projections.GROUP)
@ProjectionTables(name = "terminals", tables = {"terminal_view"})
public class TerminalProjection {

    private final Projections projections;
    private final Reads reads;

    public TerminalProjection(Projections projections, Reads reads) {
        this.projections = projections;
        this.reads = reads;
    }

    /** A retired till's id may be registered again: the new registration replaces the old row. */
    @EventHandler
    void on(TerminalRegistered event) {
        var row = params().uuid("businessId", event.businessId()).text("terminalId", event.terminalId())
                .text("name", event.name()).instant("at", event.registeredAt());
        projections.write("DELETE FROM terminal_view WHERE business_id = :businessId AND terminal_id = :terminalId",
                row);
        projections.write("""
                INSERT INTO terminal_view (business_id, terminal_id, name, active, registered_at)
                VALUES (:businessId, :terminalId, :name, TRUE, :at)""", row);
    }

    @EventHandler
    void on(TerminalRetired event) {
        projections.write("""
                        UPDATE terminal_view SET active = FALSE, retired_at = :at
                        WHERE business_id = :businessId AND terminal_id = :terminalId""",
                params().uuid("businessId", event.businessId()).text("terminalId", event.terminalId())
                        .instant("at", event.retiredAt()));
    }

    @ResetHandler
    void reset() {
        projections.write("DELETE FROM terminal_view", params());
    }

    @QueryHandler
    public CompletableFuture<List<TerminalView>> handle(ListTerminals query) {
        return reads.all("SELECT * FROM terminal_view WHERE business_id = :businessId ORDER BY active DESC, name",
                params().uuid("businessId", query.businessId()), TerminalProjection::view).collectList().toFuture();
    }

    @QueryHandler
    public CompletableFuture<TerminalView> handle(FindTerminal query) {
        return reads.one("SELECT * FROM terminal_view WHERE business_id = :businessId AND terminal_id = :terminalId",
                params().uuid("businessId", query.businessId()).text("terminalId", query.terminalId()),
                TerminalProjection::view).toFuture();
    }

    private static TerminalView view(Readable row) {
        return new TerminalView(text(row, "terminal_id"), text(row, "name"), bool(row, "active"),
                instant(row, "registered_at"), instant(row, "retired_at"));
    }
}
