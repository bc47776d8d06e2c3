-- The device registry: which twin an HJ 212 device (MN) feeds, its password and upload intervals.
CREATE TABLE IF NOT EXISTS devices (
    mn                 text        PRIMARY KEY,
    twin_kind          text        NOT NULL CHECK (twin_kind IN ('station', 'source')),
    twin_key           text        NOT NULL,
    password           text        NOT NULL,
    realtime_interval  integer     NOT NULL DEFAULT 30,    -- seconds between real-time (2011) uploads
    minute_interval    integer     NOT NULL DEFAULT 60,    -- seconds between minute (2051) uploads
    time_zone          text        NOT NULL DEFAULT 'Asia/Shanghai',
    crc_mode           text        NOT NULL DEFAULT 'strict' CHECK (crc_mode IN ('strict', 'modbus-swapped')),
    updated_at         timestamptz NOT NULL DEFAULT now()
);
