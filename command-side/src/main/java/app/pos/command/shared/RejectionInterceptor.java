package app.pos.command.shared;

import app.pos.kernel.rules.Rejection;
import app.pos.kernel.rules.RuleViolation;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * A refused command still rolls back everything; the refusal travels back as data ({@link Rejection}),
 * so a client gets the same code whether the handler ran on this node or on another.
 */
public class RejectionInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        try {
            return chain.proceed();
        } catch (RuleViolation violation) {
            throw new CommandExecutionException(violation.getMessage(), violation, Rejection.of(violation));
        }
    }
}
