package app.pos.bench;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventStreamParserTest {

    private final List<String> heard = new ArrayList<>();
    private final EventStreamParser parser = new EventStreamParser(new EventStreamParser.Listener() {
        @Override
        public void comment(String text) {
            heard.add("comment " + text);
        }

        @Override
        public void event(String name, String data) {
            heard.add(name + " " + data);
        }
    });

    @Test
    void commentsAndEventsAreHeardWhereverTheChunksBreak() {
        byte[] stream = (": listening\nretry:5000\n\nid:41\nevent:sale\ndata:{\"saleId\":\"a-1\",\"shop\":\"Kirāna\"}\n\n"
                + ": heartbeat\r\nevent: sale\r\ndata: {\"saleId\":\"b-2\"}\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at < stream.length; at += 3) {
            parser.feed(Arrays.copyOfRange(stream, at, Math.min(stream.length, at + 3)));
        }

        assertThat(heard).containsExactly("comment listening", "sale {\"saleId\":\"a-1\",\"shop\":\"Kirāna\"}",
                "comment heartbeat", "sale {\"saleId\":\"b-2\"}");
    }

    @Test
    void severalDataLinesJoinWithNewlines() {
        parser.feed("data:one\ndata:two\n\n".getBytes(StandardCharsets.UTF_8));

        assertThat(heard).containsExactly("message one\ntwo");
    }

    @Test
    void aSalesIdIsFoundInThePush() {
        assertThat(SaleStreamWatchers.saleId("{\"saleId\":\"0f8e\",\"billNumber\":\"BILL-2026-000001\"}")).isEqualTo("0f8e");
        assertThat(SaleStreamWatchers.saleId("{\"kind\":\"LOW_STOCK\"}")).isNull();
    }
}
