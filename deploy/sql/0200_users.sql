-- Platform users and their API keys. Passwords are stored only as ASP.NET Core Identity hashes
-- (PBKDF2), API keys only as SHA-256 hashes of their secret part. A user with districts sees and
-- acts only within them; no districts means the whole city.
CREATE TABLE IF NOT EXISTS users (
    name           text        PRIMARY KEY,
    display_name   text,
    role           text        NOT NULL CHECK (role IN ('viewer', 'operator', 'officer', 'steward', 'admin')),
    districts      text[]      NOT NULL DEFAULT '{}',
    password_hash  text,
    disabled       boolean     NOT NULL DEFAULT false,
    failed_logins  integer     NOT NULL DEFAULT 0,
    locked_until   timestamptz,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS api_keys (
    id             text        PRIMARY KEY,                 -- the 12 hex characters after etk_
    user_name      text        NOT NULL REFERENCES users (name) ON DELETE CASCADE,
    hash           text        NOT NULL,                    -- SHA-256 of the secret, hex
    label          text,
    created_at     timestamptz NOT NULL DEFAULT now(),
    last_used_at   timestamptz,
    revoked_at     timestamptz
);

CREATE INDEX IF NOT EXISTS api_keys_user ON api_keys (user_name);
