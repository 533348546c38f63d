package app.pos.bench;

/**
 * Someone signed in: their tokens and, for a till, the {@code X-Terminal-Id} it sends. Access tokens
 * live 15 minutes, so long runs trade the refresh token for a new pair now and then.
 */
public final class Session {

    private final String email;
    private final String terminalId;
    private volatile String accessToken;
    private volatile String refreshToken;

    Session(String email, String terminalId, String accessToken, String refreshToken) {
        this.email = email;
        this.terminalId = terminalId;
        this.accessToken = accessToken;
        this.refreshToken = refreshToken;
    }

    public String email() {
        return email;
    }

    public String terminalId() {
        return terminalId;
    }

    public String accessToken() {
        return accessToken;
    }

    String refreshToken() {
        return refreshToken;
    }

    void renewed(String accessToken, String refreshToken) {
        this.accessToken = accessToken;
        this.refreshToken = refreshToken;
    }
}
