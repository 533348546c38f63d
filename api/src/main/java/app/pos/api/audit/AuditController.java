package app.pos.api.audit;

import app.pos.command.audit.ChainReport;
import app.pos.command.audit.EventChainVerifier;
import app.pos.kernel.rules.RuleViolation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = AuditTrailController.TAG)
public class AuditController {

    private final ObjectProvider<EventChainVerifier> verifier;

    public AuditController(ObjectProvider<EventChainVerifier> verifier) {
        this.verifier = verifier;
    }

    @GetMapping("/verify")
    @Operation(operationId = "verifyEventChain",
            summary = "Walk the hash chain over every stored event and report the first link that no longer "
            + "holds (CHAIN_VERIFY, the platform admin's). Also: java -jar pos-server.jar --verify-chain")
    public Mono<ChainReport> verify() {
        EventChainVerifier chain = verifier.getIfAvailable();
        if (chain == null) {
            return Mono.error(new RuleViolation("CHAIN_NOT_AVAILABLE", RuleViolation.Kind.UNPROCESSABLE,
                    "the hash chain is kept for the JDBC event store; Axon Server keeps its own event files"));
        }
        return Mono.fromCallable(chain::verify).subscribeOn(Schedulers.boundedElastic());
    }
}
