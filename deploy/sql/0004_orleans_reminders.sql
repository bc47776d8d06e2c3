-- =============================================================================
-- EcoTwin - 0004_orleans_reminders.sql
-- Reminder table and queries for Microsoft.Orleans.Reminders.AdoNet 10.4.2
-- (UseAdoNetReminderService). Requires 0001_orleans_main.sql.
--
-- Contract (what the provider sends and reads)
--   * @ServiceId  ClusterOptions.ServiceId.
--   * @GrainId    the grain id as text ("type/key", GrainId.ToString()); it is
--                 parsed back with GrainId.Parse.
--   * @GrainHash  the grain id's uniform hash (a uint sent as a signed int).
--                 The reminder service splits the uint hash ring into ranges
--                 and asks for (@BeginHash, @EndHash] with both bounds cast to
--                 signed int as well:
--                   ReadRangeRows1Key when (int)begin <  (int)end: plain range
--                   ReadRangeRows2Key otherwise: the range wraps around
--                 Comparing the stored signed ints is therefore consistent.
--   * @StartTime  UTC DateTime, sent as timestamptz; read back as UTC.
--   * @Period     milliseconds; an int, or a bigint when above int range.
--                 Read back with GetInt64, so the column is bigint.
--   * ETag = Version (int). Every upsert hands out a fresh value from a
--     sequence, so an ETag of a deleted-and-recreated reminder never matches
--     again. Upsert returns one row with column Version; delete is
--     conditional on @Version and answers one boolean column.
--   * Readers want the columns GrainId, ReminderName, StartTime, Period,
--     Version.
-- =============================================================================

CREATE SEQUENCE IF NOT EXISTS ecotwin_reminder_version_seq AS integer CYCLE;

CREATE TABLE IF NOT EXISTS OrleansRemindersTable
(
    ServiceId    varchar(150) NOT NULL,
    GrainId      text         NOT NULL,
    ReminderName text         NOT NULL,
    StartTime    timestamptz  NOT NULL,
    Period       bigint       NOT NULL,
    GrainHash    integer      NOT NULL,
    Version      integer      NOT NULL,

    CONSTRAINT pk_orleans_reminders PRIMARY KEY (ServiceId, GrainId, ReminderName)
);

-- Range scans of the reminder service (per silo, over its part of the ring).
CREATE INDEX IF NOT EXISTS ix_orleans_reminders_hash
    ON OrleansRemindersTable (ServiceId, GrainHash);

-- -----------------------------------------------------------------------------
-- Query catalogue entries read by the reminder provider: UpsertReminderRowKey,
-- ReadReminderRowsKey, ReadReminderRowKey, ReadRangeRows1Key,
-- ReadRangeRows2Key, DeleteReminderRowKey, DeleteReminderRowsKey.
-- -----------------------------------------------------------------------------
INSERT INTO OrleansQuery (QueryKey, QueryText)
VALUES
-- Insert or replace a reminder; returns its new ETag in column Version.
('UpsertReminderRowKey', $q$
INSERT INTO OrleansRemindersTable AS r
    (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
VALUES
    (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash,
     nextval('ecotwin_reminder_version_seq'))
ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE
   SET StartTime = EXCLUDED.StartTime,
       Period    = EXCLUDED.Period,
       GrainHash = EXCLUDED.GrainHash,
       Version   = EXCLUDED.Version
RETURNING r.Version AS "Version";
$q$),

-- All reminders of one grain.
('ReadReminderRowsKey', $q$
SELECT r.GrainId      AS "GrainId",
       r.ReminderName AS "ReminderName",
       r.StartTime    AS "StartTime",
       r.Period       AS "Period",
       r.Version      AS "Version"
  FROM OrleansRemindersTable AS r
 WHERE r.ServiceId = @ServiceId
   AND r.GrainId   = @GrainId;
$q$),

-- One reminder of one grain (0 or 1 row).
('ReadReminderRowKey', $q$
SELECT r.GrainId      AS "GrainId",
       r.ReminderName AS "ReminderName",
       r.StartTime    AS "StartTime",
       r.Period       AS "Period",
       r.Version      AS "Version"
  FROM OrleansRemindersTable AS r
 WHERE r.ServiceId    = @ServiceId
   AND r.GrainId      = @GrainId
   AND r.ReminderName = @ReminderName;
$q$),

-- Hash range (@BeginHash, @EndHash] that does not wrap.
('ReadRangeRows1Key', $q$
SELECT r.GrainId      AS "GrainId",
       r.ReminderName AS "ReminderName",
       r.StartTime    AS "StartTime",
       r.Period       AS "Period",
       r.Version      AS "Version"
  FROM OrleansRemindersTable AS r
 WHERE r.ServiceId = @ServiceId
   AND r.GrainHash > @BeginHash
   AND r.GrainHash <= @EndHash;
$q$),

-- Hash range that wraps: (@BeginHash, max] + [min, @EndHash].
('ReadRangeRows2Key', $q$
SELECT r.GrainId      AS "GrainId",
       r.ReminderName AS "ReminderName",
       r.StartTime    AS "StartTime",
       r.Period       AS "Period",
       r.Version      AS "Version"
  FROM OrleansRemindersTable AS r
 WHERE r.ServiceId = @ServiceId
   AND (r.GrainHash > @BeginHash OR r.GrainHash <= @EndHash);
$q$),

-- Remove one reminder if the caller's ETag is current. One boolean column.
('DeleteReminderRowKey', $q$
WITH removed AS (
    DELETE FROM OrleansRemindersTable
     WHERE ServiceId    = @ServiceId
       AND GrainId      = @GrainId
       AND ReminderName = @ReminderName
       AND Version      = @Version
    RETURNING 1
)
SELECT count(*) > 0 AS "Deleted" FROM removed;
$q$),

-- Remove every reminder of the service (test/tooling use).
('DeleteReminderRowsKey', $q$
DELETE FROM OrleansRemindersTable
 WHERE ServiceId = @ServiceId;
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
