package app.pos.api.shared;

import app.pos.kernel.paging.PageRequest;

import java.util.List;
import java.util.function.Function;

/** {@code { "items": [...], "page": { "page", "limit", "total", "totalPages" } }} */
public record PageResponse<T>(List<T> items, PageInfo page) {

    public record PageInfo(int page, int limit, long total, int totalPages) {
    }

    public static <V, T> PageResponse<T> of(List<V> items, long total, PageRequest request, Function<V, T> mapper) {
        int pages = (int) ((total + request.limit() - 1) / request.limit());
        return new PageResponse<>(items.stream().map(mapper).toList(),
                new PageInfo(request.page(), request.limit(), total, pages));
    }
}
