-- The registered districts and their boundaries, written by the district twins (one writer each):
-- every silo's district locator reads it to place stations and outlets by point-in-polygon, and
-- the map draws it (GET /api/map/districts).
CREATE TABLE IF NOT EXISTS districts (
    code        text        PRIMARY KEY,             -- GB/T 2260, county level
    name        text        NOT NULL,
    name_en     text,
    boundary    jsonb       NOT NULL,                -- GeoJSON Polygon or MultiPolygon, WGS 84
    updated_at  timestamptz NOT NULL DEFAULT now()
);
