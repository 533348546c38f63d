package app.pos.api.auth;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** What a sign-in answers, in the OpenAPI document: the session, or why not. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
@ApiResponse(responseCode = "401", description = "`INVALID_CREDENTIALS`")
@ApiResponse(responseCode = "429", description = "`ACCOUNT_LOCKED` after repeated failures (with "
        + "`lockedUntil`), or `TOO_MANY_SIGN_IN_ATTEMPTS` from one address (with `Retry-After`)")
@interface SignInResponses {
}
