CREATE TABLE logins (
    user_id INTEGER,
    login_ts TIMESTAMP
);
