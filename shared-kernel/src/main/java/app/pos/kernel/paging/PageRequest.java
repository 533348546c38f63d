package app.pos.kernel.paging;

/**
 * A page of a list: 1-based page number, page size and an optional sort column (already checked
 * against the list's sortable columns by whoever built the request).
 */
public record PageRequest(int page, int limit, String sortBy, boolean descending) {

    public static final int MAX_LIMIT = 200;

    public long offset() {
        return (long) (page - 1) * limit;
    }
}
