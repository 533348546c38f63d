package app.pos.kernel.identity;

import app.pos.kernel.paging.PageRequest;

/** For the platform's admin: every business, newest first; {@code search} matches the store's name. */
public record ListBusinesses(String search, PageRequest page) {
}
