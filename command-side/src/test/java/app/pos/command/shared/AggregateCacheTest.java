package app.pos.command.shared;

import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class AggregateCacheTest {

    @Test
    void keepsWhatItHoldsUntilItIsRemoved() {
        AggregateCache cache = new AggregateCache(100);
        Object product = new Object();
        cache.put("product-1", product);

        System.gc();

        assertThat((Object) cache.get("product-1")).as("held strongly, not lost at a collection").isSameAs(product);
        assertThat(cache.remove("product-1")).isTrue();
        assertThat(cache.containsKey("product-1")).isFalse();
    }

    @Test
    void holdsNoMoreThanItsSizeAndKeepsWhatIsUsedOften() {
        AggregateCache cache = new AggregateCache(50);
        Object hot = new Object();
        cache.put("hot-product", hot);
        IntStream.range(0, 5_000).forEach(bill -> {
            cache.get("hot-product");
            cache.put("bill-" + bill, new Object());
        });

        long held = IntStream.range(0, 5_000).filter(bill -> cache.containsKey("bill-" + bill)).count();
        assertThat(held).isLessThanOrEqualTo(50);
        assertThat((Object) cache.get("hot-product")).isSameAs(hot);
    }

    @Test
    void tellsItsListenersWhatHappens() {
        AggregateCache cache = new AggregateCache(1);
        List<String> heard = new ArrayList<>();
        cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryCreated(Object key, Object value) {
                heard.add("created " + key);
            }

            @Override
            public void onEntryUpdated(Object key, Object value) {
                heard.add("updated " + key);
            }

            @Override
            public void onEntryRemoved(Object key) {
                heard.add("removed " + key);
            }

            @Override
            public void onEntryExpired(Object key) {
                heard.add("expired " + key);
            }
        });

        cache.put("a", 1);
        cache.put("a", 2);
        cache.computeIfPresent("a", (Integer value) -> value + 1);
        cache.remove("a");
        cache.put("b", 1);
        cache.put("c", 1);

        assertThat(heard.subList(0, 5)).containsExactly("created a", "updated a", "updated a", "removed a", "created b");
        assertThat(heard.subList(5, heard.size())).as("c arrives in a cache of one, so b or c goes")
                .hasSize(2).contains("created c").containsAnyOf("expired b", "expired c");
        assertThat(cache.containsKey("b") && cache.containsKey("c")).isFalse();
    }
}
