package app.pos.command.sales;

import app.pos.command.shared.Rules;
import app.pos.kernel.credit.PaymentMethod;
import app.pos.kernel.identity.Actor;
import app.pos.kernel.money.Money;
import app.pos.kernel.rules.RuleViolation;
import app.pos.kernel.sales.Bill;
import app.pos.kernel.sales.BillLine;
import app.pos.kernel.sales.Cart;
import app.pos.kernel.sales.PaymentStatus;
import app.pos.kernel.sales.PricedLine;
import app.pos.kernel.sales.Tender;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns priced lines and tenders into a bill. Tax is computed per line on the discounted amount and
 * rounded once on the total, so seed 001's cart comes to 104.00 − 10.00 + 4.70 = 98.70.
 * The money must add up: amount paid − change + udhaar = total.
 */
final class BillCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private BillCalculator() {
    }

    static Bill bill(String billNumber, Cart cart, List<PricedLine> pricedLines, Actor createdBy, Instant createdAt) {
        Rules.require(pricedLines != null && !pricedLines.isEmpty(), "EMPTY_CART", "a bill needs at least one item");
        List<BillLine> lines = new ArrayList<>();
        Money subtotal = Money.ZERO;
        Money discount = Money.ZERO;
        BigDecimal tax = BigDecimal.ZERO;
        for (PricedLine priced : pricedLines) {
            BillLine line = line(priced);
            lines.add(line);
            // The discount is what the line gives away from its gross, so subtotal − discount is exactly
            // the sum of the line totals even for weighed goods.
            Money gross = priced.unitPrice().times(priced.quantity().value());
            subtotal = subtotal.plus(gross);
            discount = discount.plus(gross.minus(line.lineTotal()));
            tax = tax.add(line.lineTotal().amount().multiply(priced.taxRate()).divide(HUNDRED));
        }
        Money taxAmount = Money.of(tax);
        Money total = subtotal.minus(discount).plus(taxAmount);
        return tendered(billNumber, cart, lines, subtotal, discount, taxAmount, total, createdBy, createdAt);
    }

    private static BillLine line(PricedLine priced) {
        Rules.require(priced.quantity().isPositive(), "INVALID_QUANTITY", "quantity must be more than zero");
        Rules.require(!priced.discount().isNegative(), "INVALID_DISCOUNT", "discount must be zero or more");
        Rules.require(!priced.discount().isGreaterThan(priced.unitPrice()), "DISCOUNT_EXCEEDS_PRICE",
                "the discount on " + priced.productName() + " is more than its price");
        Money lineTotal = priced.unitPrice().minus(priced.discount()).times(priced.quantity().value());
        return new BillLine(priced.productId(), priced.productName(), priced.quantity(), priced.unitPrice(),
                priced.discount(), priced.taxRate(), lineTotal);
    }

    private static Bill tendered(String billNumber, Cart cart, List<BillLine> lines, Money subtotal, Money discount,
                                 Money tax, Money total, Actor createdBy, Instant createdAt) {
        List<Tender> tenders = new ArrayList<>();
        Money paid = Money.ZERO;
        Money cash = Money.ZERO;
        Money credit = Money.ZERO;
        Money wallet = Money.ZERO;
        for (Tender tender : cart.tenders() == null ? List.<Tender>of() : cart.tenders()) {
            Rules.require(tender.method() != null, "INVALID_PAYMENT_METHOD", "every payment needs a method");
            Rules.require(tender.amount() != null && tender.amount().isPositive(), "INVALID_AMOUNT",
                    "every payment must be more than zero");
            tenders.add(tender);
            switch (tender.method()) {
                case CREDIT -> credit = credit.plus(tender.amount());
                case WALLET -> {
                    wallet = wallet.plus(tender.amount());
                    paid = paid.plus(tender.amount());
                }
                case CASH -> {
                    cash = cash.plus(tender.amount());
                    paid = paid.plus(tender.amount());
                }
                default -> paid = paid.plus(tender.amount());
            }
        }
        Money unpaid = total.minus(paid).minus(credit);
        if (cart.remainderOnCredit() && unpaid.isPositive()) {
            credit = credit.plus(unpaid);
            tenders.add(new Tender(PaymentMethod.CREDIT, unpaid));
            unpaid = Money.ZERO;
        }
        if (unpaid.isPositive()) {
            throw new RuleViolation("PAYMENT_SHORTFALL", RuleViolation.Kind.UNPROCESSABLE,
                    "payments cover " + paid.plus(credit) + " of a total of " + total,
                    Map.of("totalAmount", total, "covered", paid.plus(credit), "shortfall", unpaid));
        }
        Money change = unpaid.isNegative() ? Money.ZERO.minus(unpaid) : Money.ZERO;
        Rules.require(change.isZero() || (credit.isZero() && !change.isGreaterThan(cash)), "OVERPAYMENT",
                "only cash can be overpaid and given back as change, and never together with udhaar");
        Rules.require(credit.isZero() || cart.customerId() != null, "CUSTOMER_REQUIRED_FOR_CREDIT",
                "udhaar needs a customer");
        Rules.require(wallet.isZero() || cart.customerId() != null, "CUSTOMER_REQUIRED_FOR_WALLET",
                "paying from a wallet needs a customer");
        PaymentStatus status = credit.isZero() ? PaymentStatus.PAID
                : credit.compareTo(total) >= 0 ? PaymentStatus.CREDIT : PaymentStatus.PARTIAL;
        return new Bill(billNumber, cart.customerId(), List.copyOf(lines), subtotal, discount, tax, total,
                List.copyOf(tenders), paid, change, credit, wallet, status, cart.notes(), createdBy.userId(),
                createdBy.role(), createdAt);
    }
}
