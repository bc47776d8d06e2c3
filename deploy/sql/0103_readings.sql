-- Readings history of the twins: each uploaded value (interval 'raw'), hourly and daily averages
-- ('hour', 'day'). Written behind by the twins, idempotently (the same row twice is stored once,
-- latest wins). Partitioned by UTC day; the writer creates a day's partition before its first row
-- (readings_YYYYMMDD), so old days can be detached or dropped whole.
CREATE TABLE IF NOT EXISTS readings (
    twin_kind  text             NOT NULL,   -- station | source
    twin_key   text             NOT NULL,
    factor     text             NOT NULL,   -- HJ 212 factor code
    interval   text             NOT NULL,   -- raw | hour | day
    time       timestamptz      NOT NULL,   -- sampling moment, or the start of the hour/day
    value      double precision,
    flag       char(1)          NOT NULL,   -- HJ 212 data flag; H = average without enough valid data
    valid      boolean          NOT NULL,
    PRIMARY KEY (twin_kind, twin_key, factor, interval, time)
) PARTITION BY RANGE (time);
