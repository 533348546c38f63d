package app.pos.api.shared;

import app.pos.kernel.rules.RuleViolation;
import reactor.core.publisher.Mono;

import java.util.Map;

/** An empty answer from the query side becomes a 404 problem with the entity's own code. */
public final class Found {

    private Found() {
    }

    public static <T> Mono<T> orNotFound(Mono<T> answer, String code, Object id) {
        return answer.switchIfEmpty(Mono.error(() -> new RuleViolation(code, RuleViolation.Kind.NOT_FOUND,
                "nothing found for " + id, Map.of("id", String.valueOf(id)))));
    }
}
