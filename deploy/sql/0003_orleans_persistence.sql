-- =============================================================================
-- EcoTwin - 0003_orleans_persistence.sql
-- Grain state table and queries for Microsoft.Orleans.Persistence.AdoNet 10.4.2
-- (AddAdoNetGrainStorage). Requires 0001_orleans_main.sql.
--
-- Contract (what the provider sends and reads)
--   * Identity of a state row, sent with every query:
--       @ServiceId               ClusterOptions.ServiceId
--       @GrainTypeString         the state name given to the storage (for
--                                [PersistentState("name", "store")] it is
--                                "name"; generic arity stripped). The grain
--                                class itself is NOT part of the identity.
--       @GrainIdN0, @GrainIdN1   bigint halves of the key: GUID key -> its two
--                                64-bit halves; integer key -> (0, key);
--                                string key -> (0, 0)
--       @GrainIdExtensionString  string key, or the key extension of a
--                                compound GUID/integer key, else NULL
--       @GrainIdHash, @GrainTypeHash  int hashes of the key and of the state
--                                name. They are only narrow index keys: they
--                                can collide, so every query also compares the
--                                full identity (NULL-safe for the extension).
--   * ETag = Version (int). @GrainStateVersion is NULL when the grain holds no
--     version (state never written or deleted), else the version it last saw.
--   * Conflict detection is done by the provider from what the query returns:
--       write  -> one row, column NewGrainStateVersion: the new version, or
--                 NULL when nothing was written
--       clear  -> first column of the first row = new version; no row when
--                 nothing was cleared
--       delete -> first column of the first row = deleted version + 1 (any
--                 value different from the ETag); no row when nothing deleted
--     A NULL/missing result or a result equal to the ETag the grain sent makes
--     the provider throw InconsistentStateException.
--   * Read -> 0 or 1 row with PayloadBinary (NULL after a clear: state reads
--     as "no record", but the Version is kept so the next write is still
--     version-checked) and Version.
-- =============================================================================

CREATE TABLE IF NOT EXISTS OrleansStorage
(
    GrainIdHash            integer      NOT NULL,
    GrainIdN0              bigint       NOT NULL,
    GrainIdN1              bigint       NOT NULL,
    GrainTypeHash          integer      NOT NULL,
    GrainTypeString        text         NOT NULL,
    GrainIdExtensionString text         NULL,
    ServiceId              varchar(150) NOT NULL,
    PayloadBinary          bytea        NULL,
    ModifiedOn             timestamptz  NOT NULL DEFAULT now(),
    Version                integer      NOT NULL
);

-- Lookup index and at the same time the guard that makes the first write of a
-- state race-free: two activations inserting the same state cannot both win.
-- The strings are indexed through md5() so long keys stay within the btree
-- row size limit; NULLS NOT DISTINCT (PostgreSQL 15+) makes a NULL extension
-- count as a value.
CREATE UNIQUE INDEX IF NOT EXISTS ux_orleans_storage_identity
    ON OrleansStorage (GrainIdHash, GrainTypeHash, ServiceId, GrainIdN0, GrainIdN1,
                       md5(GrainTypeString), md5(GrainIdExtensionString))
    NULLS NOT DISTINCT;

-- -----------------------------------------------------------------------------
-- Write a state. Returns the new version, or NULL when the write lost:
--   * expected version NULL  -> create the row with version 1; NULL if a row
--                               for this state already exists;
--   * expected version given -> replace payload and bump version, only if the
--                               stored version is still the expected one.
-- -----------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION ecotwin_storage_write(
    p_id_hash          integer,
    p_id_n0            bigint,
    p_id_n1            bigint,
    p_type_hash        integer,
    p_type             text,
    p_key_ext          text,
    p_service          text,
    p_expected_version integer,
    p_payload          bytea)
RETURNS integer
LANGUAGE plpgsql
AS $body$
DECLARE
    v_new_version integer;
BEGIN
    IF p_expected_version IS NULL THEN
        INSERT INTO OrleansStorage
            (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString,
             GrainIdExtensionString, ServiceId, PayloadBinary, ModifiedOn, Version)
        VALUES
            (p_id_hash, p_id_n0, p_id_n1, p_type_hash, p_type,
             p_key_ext, p_service, p_payload, now(), 1)
        ON CONFLICT DO NOTHING
        RETURNING Version INTO v_new_version;
    ELSE
        UPDATE OrleansStorage AS s
           SET PayloadBinary = p_payload,
               ModifiedOn    = now(),
               Version       = s.Version + 1
         WHERE s.GrainIdHash   = p_id_hash
           AND s.GrainTypeHash = p_type_hash
           AND s.ServiceId     = p_service
           AND s.GrainIdN0     = p_id_n0
           AND s.GrainIdN1     = p_id_n1
           AND s.GrainTypeString = p_type
           AND s.GrainIdExtensionString IS NOT DISTINCT FROM p_key_ext
           AND s.Version       = p_expected_version
        RETURNING s.Version INTO v_new_version;
    END IF;

    RETURN v_new_version;                  -- NULL: nothing written -> conflict
END;
$body$;

-- -----------------------------------------------------------------------------
-- Query catalogue entries read by the persistence provider:
-- ReadFromStorageKey, WriteToStorageKey, ClearStorageKey and (needed for
-- DeleteStateOnClear = true) DeleteStorageKey.
-- -----------------------------------------------------------------------------
INSERT INTO OrleansQuery (QueryKey, QueryText)
VALUES
('ReadFromStorageKey', $q$
SELECT s.PayloadBinary AS "PayloadBinary",
       s.Version       AS "Version"
  FROM OrleansStorage AS s
 WHERE s.GrainIdHash     = @GrainIdHash
   AND s.GrainTypeHash   = @GrainTypeHash
   AND s.ServiceId       = @ServiceId
   AND s.GrainIdN0       = @GrainIdN0
   AND s.GrainIdN1       = @GrainIdN1
   AND s.GrainTypeString = @GrainTypeString
   AND s.GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString;
$q$),

('WriteToStorageKey', $q$
SELECT ecotwin_storage_write(
    @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
    @GrainIdExtensionString, @ServiceId, @GrainStateVersion, @PayloadBinary)
    AS "NewGrainStateVersion";
$q$),

-- Clear keeps the row (and its version) but drops the payload.
('ClearStorageKey', $q$
UPDATE OrleansStorage AS s
   SET PayloadBinary = NULL,
       ModifiedOn    = now(),
       Version       = s.Version + 1
 WHERE s.GrainIdHash     = @GrainIdHash
   AND s.GrainTypeHash   = @GrainTypeHash
   AND s.ServiceId       = @ServiceId
   AND s.GrainIdN0       = @GrainIdN0
   AND s.GrainIdN1       = @GrainIdN1
   AND s.GrainTypeString = @GrainTypeString
   AND s.GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
   AND s.Version         = @GrainStateVersion
RETURNING s.Version AS "NewGrainStateVersion";
$q$),

-- Used instead of ClearStorageKey when DeleteStateOnClear = true.
('DeleteStorageKey', $q$
DELETE FROM OrleansStorage AS s
 WHERE s.GrainIdHash     = @GrainIdHash
   AND s.GrainTypeHash   = @GrainTypeHash
   AND s.ServiceId       = @ServiceId
   AND s.GrainIdN0       = @GrainIdN0
   AND s.GrainIdN1       = @GrainIdN1
   AND s.GrainTypeString = @GrainTypeString
   AND s.GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
   AND s.Version         = @GrainStateVersion
RETURNING s.Version + 1 AS "NewGrainStateVersion";
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
