package app.pos.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads {@code text/event-stream} as it arrives in chunks of bytes: lines end at LF (a CR before it is
 * dropped), a blank line ends an event, a line starting with a colon is a comment. Lines are decoded
 * whole, so a character split across two chunks stays intact.
 */
final class EventStreamParser {

    interface Listener {
        void comment(String text);

        void event(String name, String data);
    }

    private final Listener listener;
    private final ByteArrayOutputStream partialLine = new ByteArrayOutputStream();
    private String name = "message";
    private StringBuilder data;

    EventStreamParser(Listener listener) {
        this.listener = listener;
    }

    void feed(byte[] chunk) {
        int lineStart = 0;
        for (int i = 0; i < chunk.length; i++) {
            if (chunk[i] == '\n') {
                String line;
                if (partialLine.size() == 0) {
                    line = new String(chunk, lineStart, i - lineStart, StandardCharsets.UTF_8);
                } else {
                    partialLine.write(chunk, lineStart, i - lineStart);
                    line = partialLine.toString(StandardCharsets.UTF_8);
                    partialLine.reset();
                }
                line(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
                lineStart = i + 1;
            }
        }
        partialLine.write(chunk, lineStart, chunk.length - lineStart);
    }

    private void line(String line) {
        if (line.isEmpty()) {
            if (data != null) {
                listener.event(name, data.toString());
            }
            name = "message";
            data = null;
            return;
        }
        if (line.startsWith(":")) {
            listener.comment(line.substring(1).strip());
            return;
        }
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        if (value.startsWith(" ")) {
            value = value.substring(1);
        }
        if (field.equals("event")) {
            name = value;
        } else if (field.equals("data")) {
            if (data == null) {
                data = new StringBuilder(value);
            } else {
                data.append('\n').append(value);
            }
        }
    }
}
