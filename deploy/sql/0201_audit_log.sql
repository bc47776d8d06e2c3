-- Every write and every case action: who, when, what, from where. Append-only; admins read it
-- through GET /api/audit.
CREATE TABLE IF NOT EXISTS audit_log (
    id         bigserial   PRIMARY KEY,
    at         timestamptz NOT NULL,
    user_name  text,
    role       text,
    action     text        NOT NULL,   -- e.g. "PUT /api/stations/{code}", "case.dispatch", "auth.login"
    target     text,                   -- the request path or the thing acted on
    status     integer,                -- the HTTP status answered
    remote_ip  text,
    detail     text
);

CREATE INDEX IF NOT EXISTS audit_log_at ON audit_log (at DESC);
CREATE INDEX IF NOT EXISTS audit_log_user ON audit_log (user_name, at DESC);
