-- The chain writer asks whether an event is linked already before linking it; without this index that
-- question read the whole chain, so every event cost more than the one before.
CREATE UNIQUE INDEX ix_event_chain_event_identifier ON event_chain (event_identifier);
