-- Set-based rules the aggregates cannot see on their own, written in the same transaction as the
-- events that depend on them.

-- One counter per business and year for BILL-YYYY-NNNNNN numbers.
CREATE TABLE bill_number_counter (
    business_id UUID    NOT NULL,
    bill_year   INTEGER NOT NULL,
    last_number BIGINT  NOT NULL,
    PRIMARY KEY (business_id, bill_year)
);

-- Sign-in emails are unique across the platform.
CREATE TABLE user_email_claim (
    email   VARCHAR(254) PRIMARY KEY,
    user_id UUID         NOT NULL
);
