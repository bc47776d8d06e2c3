-- The flow board: the latest summary of every case (written by the case grains on each change),
-- the files attached to cases, and notifications to roles (an overdue case to the supervisors).
CREATE TABLE IF NOT EXISTS cases (
    id             text        PRIMARY KEY,
    title          text        NOT NULL,
    status         text        NOT NULL,   -- raised | dispatched | handling | review | closed
    origin         text        NOT NULL,   -- alarm | manual
    twin_kind      text,
    twin_key       text,
    cause          text,
    district_code  text,
    assignee       text,                   -- an officer's user name, or team:<district code>
    handler        text,
    deadline       timestamptz,
    overdue        boolean     NOT NULL DEFAULT false,
    escalated_at   timestamptz,
    alarm_open     boolean     NOT NULL DEFAULT false,
    alarm_count    integer     NOT NULL DEFAULT 0,
    opened_by      text        NOT NULL,
    opened_at      timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    closed_at      timestamptz,
    version        bigint      NOT NULL
);

CREATE INDEX IF NOT EXISTS cases_status ON cases (status, district_code);
CREATE INDEX IF NOT EXISTS cases_twin ON cases (twin_kind, twin_key);
CREATE INDEX IF NOT EXISTS cases_assignee ON cases (assignee) WHERE status <> 'closed';

CREATE TABLE IF NOT EXISTS case_attachments (
    id             text        PRIMARY KEY,
    case_id        text        NOT NULL,
    file_name      text        NOT NULL,
    content_type   text        NOT NULL,
    size           integer     NOT NULL,
    content        bytea       NOT NULL,
    uploaded_by    text        NOT NULL,
    uploaded_at    timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX IF NOT EXISTS case_attachments_case ON case_attachments (case_id);

CREATE TABLE IF NOT EXISTS notifications (
    id             bigserial   PRIMARY KEY,
    at             timestamptz NOT NULL,
    role           text        NOT NULL,   -- the role it is addressed to (admins see all)
    district_code  text,
    case_id        text,
    kind           text        NOT NULL,   -- overdue
    message        text        NOT NULL,
    dedupe_key     text        UNIQUE,     -- one notification per case and deadline
    read_at        timestamptz,
    read_by        text
);

CREATE INDEX IF NOT EXISTS notifications_role ON notifications (role, at DESC);
