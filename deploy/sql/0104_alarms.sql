-- Alarms raised by twins (offline, fault, exceedance:<factor>): one row per alarm, cleared_at set
-- when the twin clears it. Written behind by the twins; the flow that handles alarms reads them.
CREATE TABLE IF NOT EXISTS alarms (
    id             text        PRIMARY KEY,
    twin_kind      text        NOT NULL,
    twin_key       text        NOT NULL,
    district_code  text,
    cause          text        NOT NULL,
    raised_at      timestamptz NOT NULL,
    cleared_at     timestamptz,
    detail         text        NOT NULL
);

CREATE INDEX IF NOT EXISTS alarms_twin ON alarms (twin_kind, twin_key, raised_at);
CREATE INDEX IF NOT EXISTS alarms_open ON alarms (raised_at) WHERE cleared_at IS NULL;
