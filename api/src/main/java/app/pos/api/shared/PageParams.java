package app.pos.api.shared;

import app.pos.api.problem.InvalidInput;
import app.pos.kernel.paging.PageRequest;

/** {@code ?page=1&limit=20&sortBy=..&sortOrder=asc|desc}, checked. */
public record PageParams(Integer page, Integer limit, String sortBy, String sortOrder) {

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
