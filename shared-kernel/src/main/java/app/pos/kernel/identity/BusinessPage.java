package app.pos.kernel.identity;

import java.util.List;

public record BusinessPage(List<BusinessView> items, long total) {
}
