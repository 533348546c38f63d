package app.pos.query.shared;

import app.pos.kernel.paging.PageRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A WHERE clause built from optional filters, with its parameters, plus the ORDER BY and LIMIT of a page.
 */
public final class Filter {

    private static final String PAGE = " LIMIT :pageLimit OFFSET :pageOffset";

    private final List<String> conditions = new ArrayList<>();
    private final Params params;

    public Filter(Params params) {
        this.params = params;
    }

    public Filter where(String condition) {
        conditions.add(condition);
        return this;
    }

    public Params params() {
        return params;
    }

    public String whereClause() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /**
     * The ORDER BY of a page, with its limit and offset bound as parameters. Sort columns come only from
     * {@code sortable}, the list's own whitelist, never from the request as written.
     */
    public String pageClause(PageRequest page, Map<String, String> sortable, String defaultOrder) {
        String column = page.sortBy() == null ? null : sortable.get(page.sortBy());
        String order = column == null ? defaultOrder : column + (page.descending() ? " DESC" : " ASC");
        params.number("pageLimit", page.limit()).number("pageOffset", page.offset());
        return " ORDER BY " + order + ", id" + PAGE;
    }

    /** The LIMIT and OFFSET of a page whose order is given, bound as parameters. */
    public String page(PageRequest page) {
        params.number("pageLimit", page.limit()).number("pageOffset", page.offset());
        return PAGE;
    }

    public static String likePattern(String search) {
        return "%" + search.strip().toLowerCase()
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
