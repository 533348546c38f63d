package app.pos.kernel.credit;

import java.util.List;

public record CreditTransactionPage(List<CreditTransactionView> items, long total) {
}
