package app.pos.kernel.dashboard;

/** The server-sent event streams a business can watch. */
public enum LiveStream {
    /** Alerts and approvals, next to the dashboard's figures. */
    DASHBOARD,
    /** Every completed bill, for a live ticker. */
    SALES
}
