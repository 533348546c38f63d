package app.pos.api.sales;

import app.pos.api.shared.Caller;
import app.pos.api.shared.Commands;
import app.pos.kernel.rules.RuleViolation;
import app.pos.kernel.sales.ApproveBill;
import app.pos.kernel.sales.BillOutcome;
import app.pos.kernel.sales.SaleStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/** Approves bills one by one, each in its own transaction, and reports each outcome. */
final class BulkApprovals {

    private BulkApprovals() {
    }

    @Schema(name = "BulkApprovalRequest")
    record Request(@NotEmpty @Size(max = 100) List<@NotNull UUID> saleIds, @Size(max = 1000) @Nullable String notes) {
    }

    @Schema(name = "BulkApprovalOutcome")
    record Outcome(UUID saleId, boolean approved, @Nullable SaleStatus status, @Nullable String billNumber,
                   @Nullable String code, @Nullable String detail) {
    }

    @Schema(name = "BulkApprovalOutcomes")
    record Outcomes(int approved, int failed, List<Outcome> results) {
    }

    private static Outcome refusal(UUID saleId, Throwable error) {
        return error instanceof RuleViolation refused
                ? new Outcome(saleId, false, null, null, refused.code(), refused.getMessage())
                : new Outcome(saleId, false, null, null, "APPROVAL_FAILED", "the bill could not be approved now; retry");
    }

    static Mono<Outcomes> approve(Request request, Caller caller, Commands commands) {
        return Flux.fromIterable(new LinkedHashSet<>(request.saleIds()))
                .concatMap(saleId -> commands.<BillOutcome>send(
                                new ApproveBill(saleId, caller.businessId(), request.notes(), caller.actor()), caller)
                        .map(done -> new Outcome(saleId, true, done.status(), done.bill().billNumber(), null, null))
                        .onErrorResume(error -> Mono.just(refusal(saleId, error))))
                .collectList()
                .map(results -> {
                    int approved = (int) results.stream().filter(Outcome::approved).count();
                    return new Outcomes(approved, results.size() - approved, results);
                });
    }
}
