package app.pos.api.dashboard;

import app.pos.api.support.Api;
import app.pos.api.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The web dashboard's files over plain HTTP: public, complete, and locked to this server's own scripts. */
class WebDashboardPageTest extends IntegrationTest {

    private static final Pattern SCRIPTS_AND_STYLES = Pattern.compile("(?:src|href)=\"(/[^\"]+)\"");
    private static final Pattern MODULE_IMPORTS = Pattern.compile("from '\\./([^']+)'");

    @Test
    void theRootLeadsToTheDashboard() {
        http.get().uri("/").exchange()
                .expectStatus().isFound()
                .expectHeader().location("/dashboard");
    }

    @Test
    void thePageIsPublicAndAllowsOnlyThisServersScripts() {
        String page = http.get().uri("/dashboard").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().value("Content-Security-Policy", policy -> assertThat(policy)
                        .contains("default-src 'self'", "script-src 'self'", "connect-src 'self'",
                                "frame-ancestors 'none'")
                        .doesNotContain("unsafe-inline", "unsafe-eval"))
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("data-testid=\"today-sales-amount\"", "data-testid=\"revenue-chart\"");
        assertThat(page).doesNotContain("<script>").doesNotContain(" style=\"");
    }

    @Test
    void everyFileThePageLoadsIsThereWithoutAToken() {
        String page = http.get().uri("/dashboard").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        Deque<String> toLoad = new ArrayDeque<>();
        Matcher referenced = SCRIPTS_AND_STYLES.matcher(page);
        while (referenced.find()) {
            toLoad.add(referenced.group(1));
        }
        assertThat(toLoad).contains("/webjars/chart.js/dist/chart.umd.js", "/dashboard/app.js");
        Set<String> loaded = new HashSet<>();
        while (!toLoad.isEmpty()) {
            String path = toLoad.pop();
            if (!loaded.add(path)) {
                continue;
            }
            byte[] body = http.get().uri(path).exchange()
                    .expectStatus().isOk()
                    .expectBody(byte[].class).returnResult().getResponseBody();
            assertThat(body).as(path).isNotEmpty();
            if (path.startsWith("/dashboard/") && path.endsWith(".js")) {
                Matcher imports = MODULE_IMPORTS.matcher(new String(body, StandardCharsets.UTF_8));
                while (imports.find()) {
                    toLoad.add("/dashboard/" + imports.group(1));
                }
            }
        }
        assertThat(loaded).contains("/dashboard/session.js", "/dashboard/streams.js", "/dashboard/view.js");
    }

    @Test
    void scriptsAreServedAsJavaScriptForModuleLoading() {
        for (String script : List.of("/dashboard/app.js", "/webjars/chart.js/dist/chart.umd.js")) {
            http.get().uri(script).exchange()
                    .expectStatus().isOk()
                    .expectHeader().value(HttpHeaders.CONTENT_TYPE, type -> assertThat(type).startsWith("text/javascript"));
        }
    }

    @Test
    void onlyReadingThePageIsPublicNotTheFiguresNorOtherMethods() {
        new Api(http, null).get("/api/v1/dashboard").problem(401, "UNAUTHENTICATED");
        http.post().uri("/dashboard").exchange().expectStatus().isEqualTo(HttpStatus.UNAUTHORIZED);
        http.get().uri("/dashboard/absent.js").exchange().expectStatus().isNotFound();
    }
}
