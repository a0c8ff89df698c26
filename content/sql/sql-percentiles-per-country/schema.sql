CREATE TABLE orders (
    order_id INTEGER,
    country VARCHAR,
    order_value DOUBLE
);
