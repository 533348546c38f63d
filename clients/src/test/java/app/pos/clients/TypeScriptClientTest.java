package app.pos.clients;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The TypeScript client (typescript-fetch) generated from the served document compiles under tsc in strict
 * mode. It needs Node.js's npx, which fetches the pinned TypeScript from npm the first time; without npx the
 * test is skipped with a message saying so, unless POS_CLIENTS_REQUIRED=true (as in CI) makes that a failure.
 */
class TypeScriptClientTest {

    static final String TYPESCRIPT = "typescript@5.9.3";

    @Test
    void theGeneratedTypeScriptClientCompilesInStrictMode() throws IOException, InterruptedException {
        Path client = Path.of(System.getProperty("pos.client.typescript", "target/generated-clients/typescript"));
        assertThat(client.resolve("index.ts")).as("the generated TypeScript client").exists();
        Path npx = requireNpx();
        Path config = client.resolve("tsconfig.json");
        Files.writeString(config, """
                {
                  "compilerOptions": {
                    "target": "ES2020", "module": "ES2020", "moduleResolution": "node",
                    "lib": ["ES2020", "DOM"], "strict": true, "noEmit": true
                  },
                  "include": ["*.ts", "apis/*.ts", "models/*.ts"]
                }
                """);
        Path output = client.resolve("tsc.log");
        Process tsc = new ProcessBuilder(npx.toString(), "--yes", "--package", TYPESCRIPT, "--", "tsc", "-p",
                config.toString()).directory(client.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        boolean finished = tsc.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            tsc.destroyForcibly();
        }
        String log = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(finished).as("tsc finished within 5 minutes: %s", log).isTrue();
        assertThat(tsc.exitValue()).as("tsc's exit code; its output:%n%s", log).isZero();
    }

    private static Path requireNpx() {
        Optional<Path> npx = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, "npx")).filter(Files::isExecutable).findFirst();
        String missing = "npx (Node.js with npm) is not on the PATH, so the generated TypeScript client is not "
                + "compiled";
        if ("true".equalsIgnoreCase(System.getenv("POS_CLIENTS_REQUIRED"))) {
            assertThat(npx).as(missing + "; POS_CLIENTS_REQUIRED=true makes it mandatory").isPresent();
        }
        Assumptions.assumeTrue(npx.isPresent(), missing + "; skipped");
        return npx.orElseThrow();
    }
}
