package app.pos.api.shared;

import app.pos.api.problem.InvalidInput;
import app.pos.kernel.paging.PageRequest;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** {@code ?page=1&limit=20&sortBy=..&sortOrder=asc|desc}, checked. */
public record PageParams(
        @Parameter(description = "Which page, from 1 (default 1)",
                schema = @Schema(type = "integer", format = "int32", minimum = "1"))
        @Nullable Integer page,
        @Parameter(description = "Items a page, 1 to " + PageRequest.MAX_LIMIT + " (default 20)",
                schema = @Schema(type = "integer", format = "int32", minimum = "1",
                        maximum = "" + PageRequest.MAX_LIMIT))
        @Nullable Integer limit,
        @Parameter(description = "The field to sort by; each list names its own") @Nullable String sortBy,
        @Parameter(schema = @Schema(allowableValues = {"asc", "desc"})) @Nullable String sortOrder) {

    public PageRequest toRequest() {
        int p = page == null ? 1 : page;
        int l = limit == null ? 20 : limit;
        if (p < 1) {
            throw new InvalidInput("page", "must be 1 or more");
        }
        if (l < 1 || l > PageRequest.MAX_LIMIT) {
            throw new InvalidInput("limit", "must be between 1 and " + PageRequest.MAX_LIMIT);
        }
        if (sortOrder != null && !sortOrder.equalsIgnoreCase("asc") && !sortOrder.equalsIgnoreCase("desc")) {
            throw new InvalidInput("sortOrder", "must be asc or desc");
        }
        return new PageRequest(p, l, sortBy, "desc".equalsIgnoreCase(sortOrder));
    }
}
