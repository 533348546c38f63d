-- Staff management: PINs, per-person permission overrides, when they joined and last signed in.
ALTER TABLE user_account_view ADD COLUMN pin_hash VARCHAR(200);
ALTER TABLE user_account_view ADD COLUMN created_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE user_account_view ADD COLUMN last_sign_in_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_user_account_business ON user_account_view (business_id, full_name);

-- A permission granted on top of a person's role (granted = TRUE) or revoked from it (FALSE).
CREATE TABLE user_permission_override (
    user_id    UUID        NOT NULL,
    permission VARCHAR(40) NOT NULL,
    granted    BOOLEAN     NOT NULL,
    PRIMARY KEY (user_id, permission)
);

-- The platform's list of businesses, newest first.
ALTER TABLE store_settings_view ADD COLUMN opened_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_store_settings_opened ON store_settings_view (opened_at);

-- Registered tills, which take PIN sign-ins.
CREATE TABLE terminal_view (
    business_id   UUID         NOT NULL,
    terminal_id   VARCHAR(100) NOT NULL,
    name          VARCHAR(100) NOT NULL,
    active        BOOLEAN      NOT NULL,
    registered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    retired_at    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (business_id, terminal_id)
);
