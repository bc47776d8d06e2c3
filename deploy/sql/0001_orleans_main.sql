-- =============================================================================
-- EcoTwin - 0001_orleans_main.sql
-- Query catalogue shared by the Orleans ADO.NET providers (Orleans 10.4.2).
--
-- How the providers use the database
--   * At start-up every ADO.NET provider (clustering, grain persistence,
--     reminders) runs the fixed statement
--         SELECT QueryKey, QueryText FROM OrleansQuery
--     (the persistence provider adds a WHERE on its four keys). Afterwards it
--     only ever executes the QueryText it found under a QueryKey, so the
--     scripts 0002-0004 define both the tables and the SQL the providers run.
--   * Identifiers are unquoted in that statement, so PostgreSQL folds them to
--     lower case: this table must be created unquoted (orleansquery).
--   * QueryText is sent through Npgsql with named parameters (@Name). Result
--     columns are looked up by name, so every query aliases its output columns
--     with the exact casing the providers' readers ask for.
--   * A provider reads the catalogue once, when it starts: after changing a
--     QueryText, restart the silos/clients to pick it up.
--
-- Script rules (all four files)
--   * Idempotent: CREATE ... IF NOT EXISTS, CREATE OR REPLACE FUNCTION and
--     INSERT ... ON CONFLICT (QueryKey) DO UPDATE, so the migration runner can
--     apply them on every start-up.
--   * Plain SQL only (no psql meta-commands), no COMMIT/ROLLBACK and nothing
--     that refuses to run inside a transaction block: each file can be sent
--     as one Npgsql command inside one transaction.
--   * Objects are created in the connection's current schema (normally
--     public); the providers' queries are unqualified as well. If the service
--     connects with a different role than the migration runner, grant it
--     SELECT/INSERT/UPDATE/DELETE on the tables, USAGE on the sequence and
--     EXECUTE on the functions.
-- =============================================================================

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  varchar(64) NOT NULL,
    QueryText text        NOT NULL,

    CONSTRAINT pk_orleans_query PRIMARY KEY (QueryKey)
);

COMMENT ON TABLE OrleansQuery IS
    'Orleans ADO.NET query catalogue: the providers execute only the QueryText stored here (EcoTwin deploy/sql 0001-0004).';
