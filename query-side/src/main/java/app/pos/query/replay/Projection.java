package app.pos.query.replay;

import java.util.List;

/** A projection that can be rebuilt: its name, its class and the tables it owns. */
public record Projection(String name, Class<?> type, List<String> tables) {
}
