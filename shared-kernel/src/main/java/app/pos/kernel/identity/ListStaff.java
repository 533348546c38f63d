package app.pos.kernel.identity;

import app.pos.kernel.paging.PageRequest;

import java.util.UUID;

/** {@code search} matches name and email; a null role or active flag means any. */
public record ListStaff(UUID businessId, String search, Role role, Boolean active, PageRequest page) {
}
