package app.pos.kernel.identity;

import java.util.UUID;

/** The platform itself, to which its administrators belong: no store is ever opened under this id. */
public final class Platform {

    public static final UUID BUSINESS_ID = new UUID(0, 0);

    private Platform() {
    }
}
