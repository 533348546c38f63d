package app.pos.api.audit;

import app.pos.command.audit.ChainReport;
import app.pos.command.audit.EventChainVerifier;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

import java.util.Arrays;

/**
 * {@code java -jar pos-server.jar --verify-chain}: checks the stored history against its hash chain and
 * exits 0 when it holds, 1 when it does not. Starts only a database connection (same configuration and
 * profiles as the server): no web server, no event processors, nothing written.
 */
public final class VerifyChainCommand {

    public static final String FLAG = "--verify-chain";

    private VerifyChainCommand() {
    }

    public static boolean requested(String[] args) {
        return Arrays.asList(args).contains(FLAG);
    }

    public static int run(String[] args) {
        String[] rest = Arrays.stream(args).filter(arg -> !FLAG.equals(arg)).toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Database.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .properties("logging.level.root=WARN").run(rest)) {
            ChainReport report = context.getBean(EventChainVerifier.class).verify();
            System.out.println(describe(report));
            return report.intact() ? 0 : 1;
        }
    }

    static String describe(ChainReport report) {
        if (report.intact()) {
            return "Event chain intact: " + report.linksChecked() + " links checked, " + report.unchainedEvents()
                    + " events not linked yet.";
        }
        ChainReport.BrokenLink broken = report.firstBroken();
        return "Event chain BROKEN at link " + broken.linkNo() + ": event " + broken.eventIdentifier()
                + " (global index " + broken.globalIndex() + ") is " + broken.problem() + ".";
    }

    /** Only a database connection and the verifier; deliberately not a component, so no scan finds it. */
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class})
    @Import(EventChainVerifier.class)
    static class Database {
    }
}
