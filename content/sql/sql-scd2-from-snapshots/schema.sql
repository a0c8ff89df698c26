CREATE TABLE customer_snapshots (
    snapshot_date DATE,
    customer_id INTEGER,
    name VARCHAR,
    city VARCHAR,
    tier VARCHAR
);
