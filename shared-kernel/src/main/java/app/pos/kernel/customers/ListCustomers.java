package app.pos.kernel.customers;

import app.pos.kernel.paging.PageRequest;

import java.util.UUID;

/** {@code search} matches name, phone and email; {@code withCreditOnly} keeps those who owe udhaar. */
public record ListCustomers(UUID businessId, String search, CustomerStatus status, boolean withCreditOnly,
                            PageRequest page) {
}
