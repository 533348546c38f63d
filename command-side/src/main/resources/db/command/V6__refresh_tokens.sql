-- Refresh tokens, one row per token ever issued, kept by hash only. A family is one sign-in: every
-- rotation stays in it, so a token used twice (stolen and replayed) ends the whole family.
CREATE TABLE refresh_token (
    token_hash  VARCHAR(64) PRIMARY KEY,
    family_id   UUID                     NOT NULL,
    user_id     UUID                     NOT NULL,
    business_id UUID                     NOT NULL,
    issued_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    revoked_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_refresh_token_family ON refresh_token (family_id);
CREATE INDEX ix_refresh_token_user ON refresh_token (user_id);
CREATE INDEX ix_refresh_token_revoked ON refresh_token (revoked_at);
