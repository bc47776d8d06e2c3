-- The raw log: every well-formed HJ 212 packet from a registered device, append-only, the source of
-- truth that twins replay after their checkpoint. Written by the gateway's group-commit writer.
-- seq comes from one sequence (CACHE 1) so it rises with commit order across silos.
CREATE SEQUENCE IF NOT EXISTS raw_log_seq AS bigint CACHE 1;

CREATE TABLE IF NOT EXISTS raw_log (
    seq          bigint      PRIMARY KEY,
    received_at  timestamptz NOT NULL,
    peer         text        NOT NULL,
    mn           text        NOT NULL,
    st           text,
    cn           text        NOT NULL,
    qn           text,
    data_time    timestamptz,           -- CP DataTime, converted from the device's local time to UTC
    dedupe_key   bytea,                 -- hash of the segment when the packet has a QN; a resend is stored once
    packet       text        NOT NULL   -- the data segment exactly as received
);

-- Replay: a twin reads its device's packets after its checkpoint.
CREATE INDEX IF NOT EXISTS raw_log_mn_seq ON raw_log (mn, seq);
-- A device resending a packet it got no answer for (same QN, same bytes) is stored once.
CREATE UNIQUE INDEX IF NOT EXISTS raw_log_dedupe ON raw_log (mn, dedupe_key);
