package app.pos.kernel.customers;

public enum CustomerStatus {
    ACTIVE, INACTIVE, BLOCKED
}
