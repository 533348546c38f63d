-- Read models projected from the event store. Each row remembers the sequence number of the last
-- event applied to it (version) or is keyed on the event that made it, so replaying or redelivering
-- events changes nothing.

CREATE TABLE product_view (
    id              UUID PRIMARY KEY,
    business_id     UUID           NOT NULL,
    name            VARCHAR(200)   NOT NULL,
    sku             VARCHAR(100),
    barcode         VARCHAR(100),
    category        VARCHAR(100),
    unit            VARCHAR(10)    NOT NULL,
    price           NUMERIC(14, 2) NOT NULL,
    cost_price      NUMERIC(14, 2),
    tax_rate        NUMERIC(5, 2),
    stock_quantity  NUMERIC(14, 3) NOT NULL,
    min_stock_level NUMERIC(14, 3) NOT NULL,
    expiry_date     DATE,
    status          VARCHAR(20)    NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT         NOT NULL
);
CREATE INDEX ix_product_business_name ON product_view (business_id, name);
CREATE INDEX ix_product_business_barcode ON product_view (business_id, barcode);
CREATE INDEX ix_product_business_category ON product_view (business_id, category);

CREATE TABLE stock_movement_view (
    id              UUID PRIMARY KEY,
    business_id     UUID           NOT NULL,
    product_id      UUID           NOT NULL,
    movement_type   VARCHAR(20)    NOT NULL,
    quantity_change NUMERIC(14, 3) NOT NULL,
    stock_before    NUMERIC(14, 3) NOT NULL,
    stock_after     NUMERIC(14, 3) NOT NULL,
    reference_id    UUID,
    notes           VARCHAR(500),
    created_by      UUID,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_stock_movement_product ON stock_movement_view (business_id, product_id, created_at);

CREATE TABLE customer_view (
    id             UUID PRIMARY KEY,
    business_id    UUID           NOT NULL,
    name           VARCHAR(200)   NOT NULL,
    phone          VARCHAR(30),
    email          VARCHAR(254),
    address        VARCHAR(500),
    credit_balance NUMERIC(14, 2) NOT NULL,
    credit_limit   NUMERIC(14, 2) NOT NULL,
    wallet_balance NUMERIC(14, 2) NOT NULL,
    loyalty_points BIGINT         NOT NULL,
    status         VARCHAR(20)    NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT         NOT NULL
);
CREATE INDEX ix_customer_business_name ON customer_view (business_id, name);

CREATE TABLE credit_transaction_view (
    id               UUID PRIMARY KEY,
    business_id      UUID           NOT NULL,
    customer_id      UUID           NOT NULL,
    sale_id          UUID,
    transaction_type VARCHAR(20)    NOT NULL,
    amount           NUMERIC(14, 2) NOT NULL,
    balance_before   NUMERIC(14, 2) NOT NULL,
    balance_after    NUMERIC(14, 2) NOT NULL,
    payment_method   VARCHAR(20),
    notes            VARCHAR(1000),
    created_by       UUID,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_credit_transaction_customer ON credit_transaction_view (business_id, customer_id, created_at);
CREATE INDEX ix_credit_transaction_business ON credit_transaction_view (business_id, created_at);

CREATE TABLE sale_view (
    id              UUID PRIMARY KEY,
    business_id     UUID           NOT NULL,
    bill_number     VARCHAR(20)    NOT NULL,
    status          VARCHAR(20)    NOT NULL,
    customer_id     UUID,
    subtotal        NUMERIC(14, 2) NOT NULL,
    discount_amount NUMERIC(14, 2) NOT NULL,
    tax_amount      NUMERIC(14, 2) NOT NULL,
    total_amount    NUMERIC(14, 2) NOT NULL,
    amount_paid     NUMERIC(14, 2) NOT NULL,
    change_due      NUMERIC(14, 2) NOT NULL,
    credit_amount   NUMERIC(14, 2) NOT NULL,
    wallet_amount   NUMERIC(14, 2) NOT NULL,
    payment_status  VARCHAR(20)    NOT NULL,
    notes           VARCHAR(1000),
    created_by      UUID           NOT NULL,
    created_by_role VARCHAR(20)    NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at    TIMESTAMP WITH TIME ZONE,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT         NOT NULL,
    CONSTRAINT uk_sale_bill_number UNIQUE (business_id, bill_number)
);
CREATE INDEX ix_sale_business_created ON sale_view (business_id, created_at);
CREATE INDEX ix_sale_business_completed ON sale_view (business_id, status, completed_at);
CREATE INDEX ix_sale_customer ON sale_view (business_id, customer_id);

CREATE TABLE sale_line_view (
    sale_id      UUID           NOT NULL,
    line_no      INTEGER        NOT NULL,
    product_id   UUID           NOT NULL,
    product_name VARCHAR(200)   NOT NULL,
    quantity     NUMERIC(14, 3) NOT NULL,
    unit_price   NUMERIC(14, 2) NOT NULL,
    discount     NUMERIC(14, 2) NOT NULL,
    tax_rate     NUMERIC(5, 2)  NOT NULL,
    line_total   NUMERIC(14, 2) NOT NULL,
    PRIMARY KEY (sale_id, line_no)
);
CREATE INDEX ix_sale_line_product ON sale_line_view (product_id);

CREATE TABLE sale_payment_view (
    sale_id UUID           NOT NULL,
    line_no INTEGER        NOT NULL,
    method  VARCHAR(20)    NOT NULL,
    amount  NUMERIC(14, 2) NOT NULL,
    PRIMARY KEY (sale_id, line_no)
);

CREATE TABLE approval_step_view (
    id           UUID PRIMARY KEY,
    business_id  UUID           NOT NULL,
    sale_id      UUID           NOT NULL,
    action       VARCHAR(20)    NOT NULL,
    performed_by UUID,
    notes        VARCHAR(1000),
    total_amount NUMERIC(14, 2),
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_approval_step_sale ON approval_step_view (business_id, sale_id, occurred_at);

CREATE TABLE store_settings_view (
    business_id          UUID PRIMARY KEY,
    store_name           VARCHAR(200)   NOT NULL,
    contact_number       VARCHAR(30),
    address              VARCHAR(500),
    currency_symbol      VARCHAR(8)     NOT NULL,
    tax_rate             NUMERIC(5, 2)  NOT NULL,
    min_stock_default    NUMERIC(14, 3) NOT NULL,
    approval_threshold   NUMERIC(14, 2),
    allow_negative_stock BOOLEAN        NOT NULL,
    receipt_header       VARCHAR(1000),
    receipt_footer       VARCHAR(1000),
    time_zone            VARCHAR(64)    NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT         NOT NULL
);

CREATE TABLE user_account_view (
    id            UUID PRIMARY KEY,
    business_id   UUID         NOT NULL,
    email         VARCHAR(254) NOT NULL,
    full_name     VARCHAR(200) NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    active        BOOLEAN      NOT NULL,
    CONSTRAINT uk_user_account_email UNIQUE (email)
);
