package app.pos.api.problem;

/** Input the web layer itself rejects (a query parameter out of range, a bad sort column): 400 naming the field. */
public class InvalidInput extends RuntimeException {

    private final String field;
    private final String code;

    public InvalidInput(String field, String message) {
        this(field, "INVALID_PARAMETER", message);
    }

    public InvalidInput(String field, String code, String message) {
        super(message, null, false, false);
        this.field = field;
        this.code = code;
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }
}
