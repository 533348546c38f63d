package app.pos.bench;

import tools.jackson.databind.JsonNode;

/** One answer from the server; status 0 when there was no answer (refused, reset, timed out). */
public record Reply(int status, String body) {

    static Reply failed(Throwable error) {
        String name = error.getClass().getSimpleName();
        return new Reply(0, name + (error.getMessage() == null ? "" : ": " + error.getMessage()));
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    public JsonNode json() {
        return PosHttp.parse(body);
    }

    /** The problem+json {@code code}, or what went wrong on the wire. */
    public String problemCode() {
        if (status == 0) {
            int colon = body.indexOf(':');
            return colon < 0 ? body : body.substring(0, colon);
        }
        JsonNode code = json().path("code");
        return code.isString() ? code.asString() : "-";
    }

    public String text(String pointer) {
        JsonNode node = json().at(pointer);
        return node.isMissingNode() || node.isNull() ? null : node.asString();
    }

    @Override
    public String toString() {
        return status + " " + (body.length() > 500 ? body.substring(0, 500) + "…" : body);
    }
}
