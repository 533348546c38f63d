package app.pos.kernel.identity;

/**
 * What a person does in a business; what each role may do is in {@link RolePermissions}. SUPER_ADMIN is
 * the platform's own administrator, who belongs to no business.
 */
public enum Role {
    SUPER_ADMIN, OWNER, MANAGER, CASHIER, STAFF, VIEWER, AUDITOR;

    /** Owners and managers ring up bills of any size without asking anyone. */
    public boolean skipsBillApproval() {
        return this == OWNER || this == MANAGER;
    }

    public boolean isPlatform() {
        return this == SUPER_ADMIN;
    }
}
