package app.pos.kernel.identity;

public record FindUserByEmail(String email) {
}
