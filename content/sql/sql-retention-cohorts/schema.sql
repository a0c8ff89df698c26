CREATE TABLE users (
    user_id INTEGER,
    signup_at TIMESTAMP
);

CREATE TABLE activity (
    user_id INTEGER,
    active_at TIMESTAMP
);
