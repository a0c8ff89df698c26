CREATE TABLE customers (
    customer_id INTEGER,
    name VARCHAR
);

CREATE TABLE orders (
    order_id INTEGER,
    customer_id INTEGER,
    order_date DATE,
    amount DECIMAL(10,2)
);
