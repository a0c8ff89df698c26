CREATE TABLE products (
    product_id INTEGER,
    product_name VARCHAR,
    category VARCHAR
);

CREATE TABLE order_lines (
    order_id INTEGER,
    line_no INTEGER,
    product_id INTEGER,
    quantity INTEGER
);
