-- The audit trail as a read model: every event with who, where and when, scoped to its business and
-- ordered by its position in the event store, so an auditor can filter and page through history.
CREATE TABLE audit_event (
    event_id        VARCHAR(255) PRIMARY KEY,
    global_index    BIGINT        NOT NULL,
    business_id     UUID,
    event_type      VARCHAR(100)  NOT NULL,
    aggregate_type  VARCHAR(100),
    aggregate_id    VARCHAR(255),
    sequence_number BIGINT,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    user_id         VARCHAR(64),
    user_role       VARCHAR(20),
    terminal_id     VARCHAR(100),
    correlation_id  VARCHAR(255),
    causation_id    VARCHAR(255),
    request_id      VARCHAR(255),
    payload         VARCHAR       NOT NULL
);
CREATE INDEX ix_audit_event_business ON audit_event (business_id, global_index);
CREATE INDEX ix_audit_event_aggregate ON audit_event (business_id, aggregate_id, global_index);
