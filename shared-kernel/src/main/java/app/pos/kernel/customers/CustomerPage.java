package app.pos.kernel.customers;

import java.util.List;

public record CustomerPage(List<CustomerView> items, long total) {
}
