-- Business records of enterprises (the one-file profile's timeline): one table, the kind and its
-- kind-specific fields in details (validated per kind by EcoTwin.Domain.Records). A record with a
-- document number is unique per enterprise and kind: entering it again replaces it.
CREATE TABLE IF NOT EXISTS business_records (
    id               bigserial   PRIMARY KEY,
    enterprise_code  text        NOT NULL,
    outlet_mn        text,
    kind             text        NOT NULL,
    document_no      text,
    record_date      date        NOT NULL,
    valid_from       date,
    valid_to         date,
    details          jsonb       NOT NULL DEFAULT '{}',
    entered_by       text        NOT NULL,
    entered_at       timestamptz NOT NULL
);

CREATE INDEX IF NOT EXISTS business_records_enterprise ON business_records (enterprise_code, record_date DESC);
CREATE INDEX IF NOT EXISTS business_records_outlet ON business_records (outlet_mn) WHERE outlet_mn IS NOT NULL;
CREATE UNIQUE INDEX IF NOT EXISTS business_records_document ON business_records (enterprise_code, kind, document_no) WHERE document_no IS NOT NULL;
