package app.pos.api;

import org.axonframework.axonserver.connector.command.AxonServerCommandBus;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.axonserver.connector.query.AxonServerQueryBus;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryBus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Axon Server deployment, as far as it can be checked without an Axon Server: with it switched on,
 * events and messages go through Axon Server while processor positions stay in our own database.
 * Nothing is listening at the configured address, so nothing is sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext
class AxonServerWiringTest {

    @DynamicPropertySource
    static void axonServer(DynamicPropertyRegistry registry) {
        String options = "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:pos-axonserver;" + options);
        registry.add("spring.r2dbc.url", () -> "r2dbc:h2:mem:///pos-axonserver?options=" + options);
        registry.add("pos.demo.seed", () -> "false");
        registry.add("pos.platform.admin-email", () -> "");
        registry.add("axon.axonserver.enabled", () -> "true");
        registry.add("axon.axonserver.servers", () -> "127.0.0.1:1");
    }

    @Autowired
    private EventStore eventStore;
    @Autowired
    private CommandBus commandBus;
    @Autowired
    private QueryBus queryBus;
    @Autowired
    private TokenStore tokenStore;

    @Test
    void eventsCommandsAndQueriesGoThroughAxonServerWhileTokensStayInTheDatabase() {
        assertThat(eventStore).isInstanceOf(AxonServerEventStore.class);
        assertThat(commandBus).isInstanceOf(AxonServerCommandBus.class);
        assertThat(queryBus).isInstanceOf(AxonServerQueryBus.class);
        assertThat(tokenStore).isInstanceOf(JdbcTokenStore.class);
    }
}
