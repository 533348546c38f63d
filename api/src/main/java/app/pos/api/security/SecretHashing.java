package app.pos.api.security;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Hashes a new password or PIN. bcrypt is slow on purpose, so it runs off the event loop. */
@Component
public class SecretHashing {

    private final PasswordEncoder passwords;

    public SecretHashing(PasswordEncoder passwords) {
        this.passwords = passwords;
    }

    public Mono<String> hash(String secret) {
        return Mono.fromCallable(() -> passwords.encode(secret)).subscribeOn(Schedulers.boundedElastic());
    }
}
