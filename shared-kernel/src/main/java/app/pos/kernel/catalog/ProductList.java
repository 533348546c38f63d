package app.pos.kernel.catalog;

import java.util.List;

public record ProductList(List<ProductView> items) {
}
