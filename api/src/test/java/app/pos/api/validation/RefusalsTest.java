package app.pos.api.validation;

import app.pos.api.support.Api;
import app.pos.api.support.IntegrationTest;
import app.pos.api.support.RawHttp;
import app.pos.kernel.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import static app.pos.api.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every layer that can turn a request away answers in the API's one error shape with a stable code: Netty
 * reading the request, Spring Security's firewall, routing, content negotiation and the JSON codecs.
 */
class RefusalsTest extends IntegrationTest {

    private Api owner;

    @BeforeEach
    void openStore() {
        owner = Api.as(http, stores.open(null), Role.OWNER);
    }

    @Test
    void anEncodedDotDotSlashInThePathIsRejectedByTheFirewall() {
        RawHttp.send(port(), "GET /api/v1/products/%2e%2e%2fsettings HTTP/1.1").problem(400, "REQUEST_REJECTED");
        RawHttp.send(port(), "GET /api/v1/products/..%2F..%2Fsettings HTTP/1.1").problem(400, "REQUEST_REJECTED");
    }

    @Test
    void anEncodedNullCharacterInThePathIsRejectedByTheFirewall() {
        RawHttp.send(port(), "GET /api/v1/products/a%00b HTTP/1.1").problem(400, "REQUEST_REJECTED");
    }

    @Test
    void aMethodHttpDoesNotKnowIsRejectedByTheFirewall() {
        RawHttp.send(port(), "BREW /api/v1/products HTTP/1.1").problem(400, "REQUEST_REJECTED");
    }

    @Test
    void aBrokenPercentEncodingInTheAddressIs400() {
        RawHttp.send(port(), "GET /api/v1/products/%ZZ HTTP/1.1").problem(400, "INVALID_URI");
    }

    @Test
    void anAddressLongerThanTheServerReadsIs414() {
        RawHttp.send(port(), "GET /api/v1/products?search=" + "x".repeat(20_000) + " HTTP/1.1")
                .problem(414, "URI_TOO_LONG");
    }

    @Test
    void headersLargerThanTheServerReadsAre431() {
        RawHttp.send(port(), "GET /api/v1/products HTTP/1.1\r\nX-Padding: " + "x".repeat(20_000))
                .problem(431, "HEADERS_TOO_LARGE");
    }

    @Test
    void aRequestLineThatIsNotHttpIs400() {
        RawHttp.send(port(), "HELLO").problem(400, "MALFORMED_HTTP");
    }

    @Test
    void anUnknownPathIs404() {
        owner.get("/api/v1/nothing-here").problem(404, "NOT_FOUND");
    }

    @Test
    void aMethodThePathDoesNotTakeIs405() {
        owner.send(HttpMethod.PATCH, "/api/v1/products", map("name", "x"), headers -> { })
                .problem(405, "METHOD_NOT_ALLOWED");
    }

    @Test
    void aBodyThatIsNotJsonByItsMediaTypeIs415() {
        owner.send(HttpMethod.POST, "/api/v1/products", null, headers -> headers.setContentType(MediaType.TEXT_PLAIN))
                .problem(415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void anAnswerTheClientDoesNotAcceptIs406() {
        owner.send(HttpMethod.GET, "/api/v1/products", null,
                headers -> headers.setAccept(java.util.List.of(MediaType.APPLICATION_XML)))
                .problem(406, "NOT_ACCEPTABLE");
    }

    @Test
    void aBodyLargerThanTheCodecsTakeIs413() {
        String huge = "{\"name\":\"" + "x".repeat(400_000) + "\"}";
        owner.post("/api/v1/products", huge).problem(413, "CONTENT_TOO_LARGE");
    }

    @Test
    void malformedJsonIs400() {
        owner.post("/api/v1/products", "{\"name\":").problem(400, "MALFORMED_REQUEST");
    }

    @Test
    void anOverLongIdIs400NamingTheParameter() {
        owner.get("/api/v1/products/" + "x".repeat(3_000)).problem(400, "MALFORMED_REQUEST").hasErrorOn("id");
        owner.get("/api/v1/sales/bill/" + "x".repeat(3_000)).problem(400, "VALIDATION_FAILED")
                .hasErrorOn("billNumber");
    }

    @Test
    void aRefusalDoesNotEchoWhatItRefused() {
        String detail = owner.get("/api/v1/nothing-here-" + "y".repeat(50)).problem(404, "NOT_FOUND").text("/detail");
        assertThat(detail).doesNotContain("yyyy");
    }
}
