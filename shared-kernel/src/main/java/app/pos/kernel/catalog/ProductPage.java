package app.pos.kernel.catalog;

import java.util.List;

public record ProductPage(List<ProductView> items, long total) {
}
