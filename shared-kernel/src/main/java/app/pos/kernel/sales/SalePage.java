package app.pos.kernel.sales;

import java.util.List;

public record SalePage(List<SaleView> items, long total) {
}
