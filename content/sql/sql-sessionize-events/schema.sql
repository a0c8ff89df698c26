CREATE TABLE events (
    event_id BIGINT,
    user_id INTEGER,
    event_ts TIMESTAMP,
    event_type VARCHAR
);
