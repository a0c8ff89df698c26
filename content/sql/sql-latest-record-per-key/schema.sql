CREATE TABLE customer_changes (
    change_seq BIGINT,
    customer_id INTEGER,
    op VARCHAR,
    email VARCHAR,
    country VARCHAR,
    changed_at TIMESTAMP
);
