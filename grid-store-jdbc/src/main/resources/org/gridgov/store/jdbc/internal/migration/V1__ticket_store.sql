-- The ticket store (工单事件库): one row per event, one head row per ticket, the listeners' outbox.
-- Identifiers sort in byte order (COLLATE "C"), as Java's String.compareTo does for them.

CREATE TABLE ticket_event (
  ticket_id     text COLLATE "C" NOT NULL,
  version       bigint      NOT NULL CHECK (version >= 1),
  event_type    text        NOT NULL,
  occurred_at   timestamptz NOT NULL,
  matter_type   text        NOT NULL,
  grid_code     text COLLATE "C" NOT NULL,
  department    text,
  event         jsonb       NOT NULL,   -- TicketEventJson, the reporter's phone masked
  prev_version  bigint GENERATED ALWAYS AS (NULLIF(version - 1, 0)) STORED,
  PRIMARY KEY (ticket_id, version),     -- the optimistic check: one event per (ticket, version)
  FOREIGN KEY (ticket_id, prev_version) REFERENCES ticket_event (ticket_id, version)  -- no gaps
);
CREATE INDEX ticket_event_occurred ON ticket_event (occurred_at);

-- One row per ticket, written in the append's transaction: what the service's reads need.
CREATE TABLE ticket_head (
  ticket_id     text COLLATE "C" PRIMARY KEY,
  version       bigint      NOT NULL,
  open          boolean     NOT NULL,
  grid_code     text COLLATE "C" NOT NULL,
  grid_ordinal  integer,               -- preorder number in the tree of grid_numbering; NULL: not in it
  matter_type   text        NOT NULL,
  state         text        NOT NULL,
  department    text,
  reported_at   timestamptz NOT NULL,
  updated_at    timestamptz NOT NULL,
  yellow_at     timestamptz,           -- light yellow from this instant (NULL: never, as things stand)
  red_after     timestamptz,           -- light red after this instant (NULL: never)
  next_alarm    timestamptz            -- when the service's clock next acts (NULL: nothing to do)
);
-- the clock's sweep: open tickets by alarm
CREATE INDEX ticket_head_alarm ON ticket_head (next_alarm, ticket_id) WHERE open AND next_alarm IS NOT NULL;
-- open tickets under a grid (an interval of ordinals), and their lights without visiting the table
CREATE INDEX ticket_head_open_grid ON ticket_head (grid_ordinal, ticket_id) INCLUDE (yellow_at, red_after) WHERE open;
-- the light counts of all open tickets
CREATE INDEX ticket_head_open_light ON ticket_head (red_after, yellow_at) WHERE open;

-- The tree whose preorder numbering grid_ordinal holds: one row.
CREATE TABLE grid_numbering (
  singleton     boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  fingerprint   text        NOT NULL,  -- SHA-256 of the tree's codes in preorder
  grids         integer     NOT NULL,
  numbered_at   timestamptz NOT NULL
);

-- The transactional outbox: each append adds one row per registered listener, in its transaction.
CREATE TABLE outbox_listener (
  name          text COLLATE "C" PRIMARY KEY,
  registered_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE ticket_outbox (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  listener        text COLLATE "C" NOT NULL REFERENCES outbox_listener (name) ON DELETE CASCADE,
  ticket_id       text COLLATE "C" NOT NULL,
  first_version   bigint      NOT NULL,
  last_version    bigint      NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  attempts        integer     NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  last_error      text                  -- the listener's exception class, never its message
);
CREATE INDEX ticket_outbox_due ON ticket_outbox (listener, next_attempt_at, id);
