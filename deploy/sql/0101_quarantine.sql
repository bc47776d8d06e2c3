-- Quarantine: what a device sent that did not make it into the raw log, kept for inspection with the
-- reason (crc, length, header, field, date, oversize, encoding, junk, unknown-device, password, ...).
CREATE TABLE IF NOT EXISTS quarantine (
    id           bigserial   PRIMARY KEY,
    received_at  timestamptz NOT NULL,
    peer         text        NOT NULL,
    mn           text,
    reason       text        NOT NULL,
    detail       text        NOT NULL,
    bytes        bytea       NOT NULL   -- what arrived, cut at 8 KiB
);

CREATE INDEX IF NOT EXISTS quarantine_received_at ON quarantine (received_at);
CREATE INDEX IF NOT EXISTS quarantine_reason ON quarantine (reason, received_at);
