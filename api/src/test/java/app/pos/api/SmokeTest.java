package app.pos.api;

import app.pos.api.support.IntegrationTest;
import app.pos.api.support.TestStores.TestStore;
import app.pos.kernel.identity.Role;
import org.junit.jupiter.api.Test;

class SmokeTest extends IntegrationTest {

    @Test
    void anOwnerSignsInAndReadsTheStoreSettings() {
        TestStore store = stores.open(null);
        String token = store.token(http, Role.OWNER);
        http.get().uri("/api/v1/settings").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.currencySymbol").isEqualTo("₹");
    }
}
