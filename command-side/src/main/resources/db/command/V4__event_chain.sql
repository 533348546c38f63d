-- Tamper evidence: every stored event is linked into a hash chain, in the order the chain writer saw
-- them. Each link hashes the previous link and the event's stored bytes, so editing, deleting or
-- reordering a stored event breaks the chain at that event.
CREATE TABLE event_chain (
    link_no          BIGINT       PRIMARY KEY,
    global_index     BIGINT       NOT NULL,
    event_identifier VARCHAR(255) NOT NULL,
    previous_hash    VARCHAR(64)  NOT NULL,
    link_hash        VARCHAR(64)  NOT NULL,
    CONSTRAINT uk_event_chain_event UNIQUE (global_index)
);
