CREATE TABLE orders (
    order_id INTEGER,
    ordered_at TIMESTAMP,
    amount DECIMAL(10,2)
);
