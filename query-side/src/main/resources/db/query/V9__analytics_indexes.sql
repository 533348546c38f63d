-- Customer growth counts a business's customers by the day they joined.
CREATE INDEX ix_customer_business_created ON customer_view (business_id, created_at);
