package app.pos.api.sales;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** What a command that completes a bill or leaves it waiting for approval answers, in the OpenAPI document. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "201", description = "The bill is complete: stock and money have moved",
        useReturnTypeSchema = true)
@ApiResponse(responseCode = "202", description = "The bill waits for an owner's approval (PENDING_APPROVAL); "
        + "nothing has moved yet", useReturnTypeSchema = true)
@ApiResponse(responseCode = "409", description = "`INSUFFICIENT_STOCK` naming every short product in "
        + "`products`, `CREDIT_LIMIT_EXCEEDED`, `INSUFFICIENT_WALLET_BALANCE`, `CUSTOMER_NOT_ACTIVE`, "
        + "`ID_ALREADY_USED` or `CONCURRENT_MODIFICATION`; also for a bill that would wait for approval")
@interface BillOutcomeResponses {
}
