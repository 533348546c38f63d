package app.pos.api.shared;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

import java.util.Arrays;

/**
 * The headers a till sends, documented where the server reads them: {@code X-Terminal-Id} on every
 * operation that records who called from where (and at sign-in, where PIN sign-in needs it), and
 * {@code Idempotency-Key} on the commands that create something.
 */
@Component
public class TillHeadersInOpenApi implements OperationCustomizer {

    static final String TERMINAL = "TerminalId";
    static final String IDEMPOTENCY = "IdempotencyKey";
    /** Sign-in records the till on the account's events, though nobody is signed in yet to be the caller. */
    private static final String SIGN_IN = "login";
    private static final String PIN_SIGN_IN = "pinLogin";

    public static void register(Components components) {
        components.addParameters(TERMINAL, terminal(false));
        components.addParameters(IDEMPOTENCY, new HeaderParameter().name(EntityIds.IDEMPOTENCY_HEADER)
                .description("Names the request: sending it again with the same key returns the same result and "
                        + "changes nothing (the client's own `id` in the body does the same)")
                .schema(new StringSchema()));
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (operation.getParameters() != null) {
            operation.getParameters().replaceAll(parameter -> EntityIds.IDEMPOTENCY_HEADER.equals(parameter.getName())
                    ? reference(IDEMPOTENCY) : parameter);
        }
        boolean called = Arrays.stream(handler.getMethodParameters())
                .map(MethodParameter::getParameterType).anyMatch(Caller.class::equals);
        if (PIN_SIGN_IN.equals(operation.getOperationId())) {
            operation.addParametersItem(terminal(true));
        } else if (called || SIGN_IN.equals(operation.getOperationId())) {
            operation.addParametersItem(reference(TERMINAL));
        }
        return operation;
    }

    private static Parameter terminal(boolean required) {
        return new HeaderParameter().name(CallerResolver.TERMINAL_HEADER).required(required)
                .description("The till the request comes from, as the till names itself; recorded on every event "
                        + "the request causes (its first 100 characters)"
                        + (required ? ". PIN sign-in works only at a registered till" : ""))
                .schema(new StringSchema());
    }

    private static Parameter reference(String name) {
        return new Parameter().$ref("#/components/parameters/" + name);
    }
}
