package app.pos.api;

import app.pos.api.audit.VerifyChainCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication(scanBasePackages = "app.pos")
@ConfigurationPropertiesScan("app.pos.api")
public class PosServerApplication {

    public static void main(String[] args) {
        if (VerifyChainCommand.requested(args)) {
            System.exit(VerifyChainCommand.run(args));
        }
        SpringApplication.run(PosServerApplication.class, args);
    }
}
