-- =============================================================================
-- EcoTwin - 0002_orleans_clustering.sql
-- Membership tables and queries for Microsoft.Orleans.Clustering.AdoNet 10.4.2
-- (silo side: UseAdoNetClustering; client side: the gateway list query).
-- Requires 0001_orleans_main.sql.
--
-- Contract (what the provider sends and reads)
--   * @DeploymentId carries ClusterOptions.ClusterId.
--   * A silo is identified by (@Address, @Port, @Generation): Address is the
--     IP address as text, Port the silo-to-silo port, Generation an int.
--   * Status is Orleans' SiloStatus as an int: 3 = Active, 6 = Dead.
--   * Times (@StartTime, @IAmAliveTime) arrive as UTC DateTime with
--     DbType.DateTime, which Npgsql sends as timestamptz; the columns are
--     timestamptz so no session time zone is ever applied. The reader treats
--     whatever it gets back as UTC.
--   * Optimistic concurrency: the whole membership table of one cluster has a
--     single version (OrleansMembershipVersionTable.Version). Every read
--     returns it in a column named Version, on every row; the provider hands it
--     back as @Version on insert/update, and the write succeeds only if the
--     version is unchanged, bumping it by one. Insert/update answer with one
--     row and one column: true when the write happened, false otherwise (the
--     provider then re-reads and retries). IAmAlive heartbeats do not bump the
--     version.
--   * The membership readers need at least one row even when the cluster has
--     no silo yet: the version row is LEFT JOINed to the silo rows and a row
--     without StartTime means "no silo".
-- =============================================================================

-- One row per cluster: the table version used as the membership ETag.
CREATE TABLE IF NOT EXISTS OrleansMembershipVersionTable
(
    DeploymentId varchar(150) NOT NULL,
    Timestamp    timestamptz  NOT NULL DEFAULT now(),
    Version      integer      NOT NULL DEFAULT 0,

    CONSTRAINT pk_orleans_membership_version PRIMARY KEY (DeploymentId)
);

-- One row per silo incarnation (a restarted silo gets a new Generation).
CREATE TABLE IF NOT EXISTS OrleansMembershipTable
(
    DeploymentId varchar(150) NOT NULL,
    Address      varchar(45)  NOT NULL,
    Port         integer      NOT NULL,
    Generation   integer      NOT NULL,
    SiloName     varchar(256) NOT NULL,
    HostName     varchar(256) NOT NULL,
    Status       integer      NOT NULL,
    ProxyPort    integer      NOT NULL DEFAULT 0,
    SuspectTimes text         NULL,
    StartTime    timestamptz  NOT NULL,
    IAmAliveTime timestamptz  NOT NULL,

    CONSTRAINT pk_orleans_membership PRIMARY KEY (DeploymentId, Address, Port, Generation),
    CONSTRAINT fk_orleans_membership_cluster FOREIGN KEY (DeploymentId)
        REFERENCES OrleansMembershipVersionTable (DeploymentId)
);

COMMENT ON COLUMN OrleansMembershipTable.Status IS
    'Orleans SiloStatus: 0 None, 1 Created, 2 Joining, 3 Active, 4 ShuttingDown, 5 Stopping, 6 Dead';
COMMENT ON COLUMN OrleansMembershipTable.SuspectTimes IS
    'Suspicion votes written by Orleans: "<silo address>,<UTC time>" entries separated by "|"';

-- -----------------------------------------------------------------------------
-- Add a silo row, but only if the caller saw the current cluster version.
-- Locking the version row first serialises every membership writer of the
-- cluster, so the check, the insert and the version bump happen as one unit
-- (each statement of a plpgsql function sees the latest committed data under
-- READ COMMITTED).
-- -----------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION ecotwin_membership_add_silo(
    p_cluster          text,
    p_address          text,
    p_port             integer,
    p_generation       integer,
    p_silo_name        text,
    p_host_name        text,
    p_status           integer,
    p_proxy_port       integer,
    p_start_time       timestamptz,
    p_i_am_alive_time  timestamptz,
    p_expected_version integer)
RETURNS boolean
LANGUAGE plpgsql
AS $body$
DECLARE
    v_version integer;
BEGIN
    SELECT mv.Version INTO v_version
      FROM OrleansMembershipVersionTable AS mv
     WHERE mv.DeploymentId = p_cluster
       FOR UPDATE;

    IF NOT FOUND OR p_expected_version IS NULL OR v_version <> p_expected_version THEN
        RETURN false;                      -- unknown cluster or stale version
    END IF;

    INSERT INTO OrleansMembershipTable
        (DeploymentId, Address, Port, Generation, SiloName, HostName,
         Status, ProxyPort, StartTime, IAmAliveTime)
    VALUES
        (p_cluster, p_address, p_port, p_generation, p_silo_name, p_host_name,
         p_status, coalesce(p_proxy_port, 0), p_start_time, p_i_am_alive_time)
    ON CONFLICT (DeploymentId, Address, Port, Generation) DO NOTHING;

    IF NOT FOUND THEN
        RETURN false;                      -- this silo incarnation is already registered
    END IF;

    UPDATE OrleansMembershipVersionTable
       SET Version = Version + 1, Timestamp = now()
     WHERE DeploymentId = p_cluster;

    RETURN true;
END;
$body$;

-- -----------------------------------------------------------------------------
-- Change status / suspicion votes / heartbeat of an existing silo row, guarded
-- by the cluster version exactly like ecotwin_membership_add_silo.
-- -----------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION ecotwin_membership_change_silo(
    p_cluster          text,
    p_address          text,
    p_port             integer,
    p_generation       integer,
    p_status           integer,
    p_suspect_times    text,
    p_i_am_alive_time  timestamptz,
    p_expected_version integer)
RETURNS boolean
LANGUAGE plpgsql
AS $body$
DECLARE
    v_version integer;
BEGIN
    SELECT mv.Version INTO v_version
      FROM OrleansMembershipVersionTable AS mv
     WHERE mv.DeploymentId = p_cluster
       FOR UPDATE;

    IF NOT FOUND OR p_expected_version IS NULL OR v_version <> p_expected_version THEN
        RETURN false;
    END IF;

    UPDATE OrleansMembershipTable
       SET Status       = p_status,
           SuspectTimes = p_suspect_times,
           IAmAliveTime = p_i_am_alive_time
     WHERE DeploymentId = p_cluster
       AND Address      = p_address
       AND Port         = p_port
       AND Generation   = p_generation;

    IF NOT FOUND THEN
        RETURN false;                      -- no such silo row: nothing changed
    END IF;

    UPDATE OrleansMembershipVersionTable
       SET Version = Version + 1, Timestamp = now()
     WHERE DeploymentId = p_cluster;

    RETURN true;
END;
$body$;

-- -----------------------------------------------------------------------------
-- Query catalogue entries read by the clustering provider and gateway list
-- provider. Required keys: InsertMembershipVersionKey, InsertMembershipKey,
-- UpdateMembershipKey, UpdateIAmAlivetimeKey, MembershipReadRowKey,
-- MembershipReadAllKey, GatewaysQueryKey, DeleteMembershipTableEntriesKey,
-- CleanupDefunctSiloEntriesKey. Optional (10.4.2 uses it when present):
-- CleanupDefunctSiloEntryKey.
-- -----------------------------------------------------------------------------
INSERT INTO OrleansQuery (QueryKey, QueryText)
VALUES
-- Silo start-up (tryInitTableVersion): make sure the cluster has its version
-- row. Answers one boolean: true when this call created it.
('InsertMembershipVersionKey', $q$
WITH created AS (
    INSERT INTO OrleansMembershipVersionTable (DeploymentId)
    VALUES (@DeploymentId)
    ON CONFLICT (DeploymentId) DO NOTHING
    RETURNING 1
)
SELECT count(*) > 0 AS "Created" FROM created;
$q$),

-- Register a new silo incarnation (version-checked). One boolean column.
('InsertMembershipKey', $q$
SELECT ecotwin_membership_add_silo(
    @DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName,
    @Status, @ProxyPort, @StartTime, @IAmAliveTime, @Version) AS "Inserted";
$q$),

-- Status / suspicion change of a silo (version-checked). One boolean column.
('UpdateMembershipKey', $q$
SELECT ecotwin_membership_change_silo(
    @DeploymentId, @Address, @Port, @Generation,
    @Status, @SuspectTimes, @IAmAliveTime, @Version) AS "Updated";
$q$),

-- Heartbeat. Not version-checked and does not bump the version; the result
-- is not read.
('UpdateIAmAlivetimeKey', $q$
UPDATE OrleansMembershipTable
   SET IAmAliveTime = @IAmAliveTime
 WHERE DeploymentId = @DeploymentId
   AND Address      = @Address
   AND Port         = @Port
   AND Generation   = @Generation;
$q$),

-- One silo plus the cluster version. Always yields the version row; the silo
-- columns are NULL when the silo is unknown.
('MembershipReadRowKey', $q$
SELECT mv.DeploymentId  AS "DeploymentId",
       m.Address        AS "Address",
       m.Port           AS "Port",
       m.Generation     AS "Generation",
       m.SiloName       AS "SiloName",
       m.HostName       AS "HostName",
       m.Status         AS "Status",
       m.ProxyPort      AS "ProxyPort",
       m.SuspectTimes   AS "SuspectTimes",
       m.StartTime      AS "StartTime",
       m.IAmAliveTime   AS "IAmAliveTime",
       mv.Version       AS "Version"
  FROM OrleansMembershipVersionTable AS mv
  LEFT JOIN OrleansMembershipTable AS m
         ON m.DeploymentId = mv.DeploymentId
        AND m.Address      = @Address
        AND m.Port         = @Port
        AND m.Generation   = @Generation
 WHERE mv.DeploymentId = @DeploymentId;
$q$),

-- Whole cluster plus the cluster version (at least one row, see above).
('MembershipReadAllKey', $q$
SELECT mv.DeploymentId  AS "DeploymentId",
       m.Address        AS "Address",
       m.Port           AS "Port",
       m.Generation     AS "Generation",
       m.SiloName       AS "SiloName",
       m.HostName       AS "HostName",
       m.Status         AS "Status",
       m.ProxyPort      AS "ProxyPort",
       m.SuspectTimes   AS "SuspectTimes",
       m.StartTime      AS "StartTime",
       m.IAmAliveTime   AS "IAmAliveTime",
       mv.Version       AS "Version"
  FROM OrleansMembershipVersionTable AS mv
  LEFT JOIN OrleansMembershipTable AS m
         ON m.DeploymentId = mv.DeploymentId
 WHERE mv.DeploymentId = @DeploymentId;
$q$),

-- Gateway list for clients: @Status is 3 (Active). Columns Address,
-- ProxyPort, Generation become gwy.tcp://Address:ProxyPort/Generation.
('GatewaysQueryKey', $q$
SELECT m.Address    AS "Address",
       m.ProxyPort  AS "ProxyPort",
       m.Generation AS "Generation"
  FROM OrleansMembershipTable AS m
 WHERE m.DeploymentId = @DeploymentId
   AND m.Status       = @Status
   AND m.ProxyPort    > 0;
$q$),

-- Drop a whole cluster (used by tooling/tests): silo rows and version row.
('DeleteMembershipTableEntriesKey', $q$
WITH silos AS (
    DELETE FROM OrleansMembershipTable
     WHERE DeploymentId = @DeploymentId
)
DELETE FROM OrleansMembershipVersionTable
 WHERE DeploymentId = @DeploymentId;
$q$),

-- Defunct-silo cleanup, set-based form: dead silos whose last heartbeat and
-- start are older than the cutoff (@IAmAliveTime = now - DefunctSiloExpiration).
-- Only run by 10.4.2 when CleanupDefunctSiloEntryKey is absent, but required
-- to be present.
('CleanupDefunctSiloEntriesKey', $q$
DELETE FROM OrleansMembershipTable
 WHERE DeploymentId = @DeploymentId
   AND Status       = 6
   AND IAmAliveTime < @IAmAliveTime
   AND StartTime    < @IAmAliveTime;
$q$),

-- Defunct-silo cleanup, row-wise form (preferred by 10.4.2): the provider
-- reads the table, picks dead rows older than its cutoff and deletes each one
-- only if it still holds the values it saw (StartTime, IAmAliveTime,
-- SuspectTimes; NULL and empty SuspectTimes are the same "no votes").
('CleanupDefunctSiloEntryKey', $q$
DELETE FROM OrleansMembershipTable
 WHERE DeploymentId = @DeploymentId
   AND Address      = @Address
   AND Port         = @Port
   AND Generation   = @Generation
   AND Status       = 6
   AND StartTime    = @StartTime
   AND IAmAliveTime = @IAmAliveTime
   AND coalesce(SuspectTimes, '') = coalesce(@SuspectTimes, '');
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
