package app.pos.command.sales;

import app.pos.kernel.sales.BillSubmittedForApproval;
import app.pos.kernel.sales.DraftBillRevised;
import app.pos.kernel.sales.SaleCompleted;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/**
 * Bills from before each line carried its own tax rate (events of no revision, as written by the first
 * releases and by imports from older tills) gave only the bill's tax. Such a bill taxed all its lines
 * alike, so each line gets the bill's effective rate: tax ÷ (subtotal − discount) × 100, to two places.
 * Revision 1 is the shape every bill has had since; the stored event itself is never rewritten.
 */
@Component
@Order(0)
public class LineTaxUpcaster extends SingleEventUpcaster {

    static final String CURRENT_REVISION = "1";

    private static final Set<String> EVENTS_WITH_A_BILL = Set.of(SaleCompleted.class.getName(),
            BillSubmittedForApproval.class.getName(), DraftBillRevised.class.getName());
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return event.getType().getRevision() == null && EVENTS_WITH_A_BILL.contains(event.getType().getName());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(new SimpleSerializedType(event.getType().getName(), CURRENT_REVISION),
                ObjectNode.class, LineTaxUpcaster::withLineTaxRates);
    }

    static ObjectNode withLineTaxRates(ObjectNode payload) {
        JsonNode bill = payload.get("bill");
        if (bill == null || !bill.has("lines")) {
            return payload;
        }
        BigDecimal rate = effectiveRate(decimal(bill, "taxAmount"),
                decimal(bill, "subtotal").subtract(decimal(bill, "discountAmount")));
        for (JsonNode line : bill.get("lines")) {
            if (line instanceof ObjectNode editable && !line.has("taxRate")) {
                editable.put("taxRate", rate);
            }
        }
        return payload;
    }

    private static BigDecimal effectiveRate(BigDecimal tax, BigDecimal taxable) {
        if (taxable.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return tax.multiply(HUNDRED).divide(taxable, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? BigDecimal.ZERO : value.decimalValue();
    }
}
