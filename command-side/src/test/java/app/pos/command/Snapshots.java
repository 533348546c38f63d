package app.pos.command;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;

import static org.assertj.core.api.Assertions.assertThat;

/** An aggregate written to a snapshot and read back, as the event store does with the server's serializer. */
public final class Snapshots {

    private static final Serializer SERIALIZER = Jackson3Serializer.builder().build();

    private Snapshots() {
    }

    public static void assertRestoredWhole(Object aggregate) {
        SerializedObject<byte[]> snapshot = SERIALIZER.serialize(aggregate, byte[].class);
        Object restored = SERIALIZER.deserialize(snapshot);
        assertThat(restored).isInstanceOf(aggregate.getClass())
                .usingRecursiveComparison().isEqualTo(aggregate);
    }
}
