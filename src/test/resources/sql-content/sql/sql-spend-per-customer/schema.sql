CREATE TABLE orders (
  order_id INTEGER,
  customer VARCHAR,
  amount DECIMAL(10, 2),
  ordered_on DATE
);
