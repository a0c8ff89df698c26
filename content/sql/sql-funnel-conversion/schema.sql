CREATE TABLE events (
    event_id BIGINT,
    session_id VARCHAR,
    user_id INTEGER,
    event_ts TIMESTAMP,
    event_type VARCHAR
);
