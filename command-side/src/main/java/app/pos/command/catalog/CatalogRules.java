package app.pos.command.catalog;

import app.pos.command.shared.Rules;
import app.pos.kernel.catalog.ProductDetails;
import app.pos.kernel.catalog.Unit;
import app.pos.kernel.stock.Quantity;

import java.math.BigDecimal;
import java.util.function.Supplier;

/** What makes a product's details acceptable, for creation and revision alike. */
final class CatalogRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CatalogRules() {
    }

    /** {@code minStockWhenUnset} is asked for only when the details leave the minimum stock level out. */
    static ProductDetails checked(ProductDetails details, Supplier<Quantity> minStockWhenUnset) {
        Rules.require(details != null, "FIELD_REQUIRED", "product details are required");
        String name = Rules.requireText(details.name(), "name", 200);
        Rules.require(details.unit() != null, "FIELD_REQUIRED", "unit is required");
        Rules.require(details.price() != null && !details.price().isNegative(), "INVALID_PRICE",
                "price must be zero or more");
        Rules.require(details.costPrice() == null || !details.costPrice().isNegative(), "INVALID_PRICE",
                "costPrice must be zero or more");
        BigDecimal taxRate = details.taxRate();
        Rules.require(taxRate == null || (taxRate.signum() >= 0 && taxRate.compareTo(HUNDRED) <= 0),
                "INVALID_TAX_RATE", "taxRate must be between 0 and 100");
        Quantity minStock = details.minStockLevel() == null ? minStockWhenUnset.get() : details.minStockLevel();
        Rules.require(!minStock.isNegative(), "INVALID_QUANTITY", "minStockLevel must be zero or more");
        return new ProductDetails(name, blankToNull(details.sku()), blankToNull(details.barcode()),
                blankToNull(details.category()), details.unit(), details.price(), details.costPrice(), taxRate,
                minStock, details.expiryDate());
    }

    /** Loose pieces are counted, not weighed: 1.5 packets is a typing mistake. */
    static void requireCountable(Unit unit, Quantity quantity) {
        Rules.require(unit.allowsFractions() || quantity.value().scale() == 0, "FRACTIONAL_QUANTITY",
                "a product sold by " + unit.name().toLowerCase() + " needs a whole quantity");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
