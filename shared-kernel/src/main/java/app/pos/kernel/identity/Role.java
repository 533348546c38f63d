package app.pos.kernel.identity;

/** What a person does in a business; what each role may do is decided by the permissions of the api. */
public enum Role {
    OWNER, MANAGER, CASHIER, STAFF, VIEWER, AUDITOR;

    /** Owners and managers ring up bills of any size without asking anyone. */
    public boolean skipsBillApproval() {
        return this == OWNER || this == MANAGER;
    }
}
