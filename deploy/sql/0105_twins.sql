-- The latest summary of every twin (what the map and the table show): the directory the lists and
-- the live snapshot read. Written behind by the twins, newest version wins.
CREATE TABLE IF NOT EXISTS twins (
    kind           text             NOT NULL,
    key            text             NOT NULL,
    name           text             NOT NULL,
    sub_kind       text,
    district_code  text,
    lon            double precision,
    lat            double precision,
    status         text             NOT NULL,
    aqi            integer,
    aqi_level      integer,
    primary_pollutants text[]       NOT NULL DEFAULT '{}',
    latest_values  jsonb            NOT NULL DEFAULT '{}',
    last_heard_at  timestamptz,
    open_alarms    integer          NOT NULL DEFAULT 0,
    version        bigint           NOT NULL,
    parent         text,                        -- an outlet's enterprise (credit code)
    PRIMARY KEY (kind, key)
);

CREATE INDEX IF NOT EXISTS twins_district ON twins (district_code, kind);
CREATE INDEX IF NOT EXISTS twins_status ON twins (status, kind);
CREATE INDEX IF NOT EXISTS twins_parent ON twins (parent) WHERE parent IS NOT NULL;
