-- The points ledger (积分台账): append-only, numbered in booking order.
CREATE SEQUENCE points_entry_number;

CREATE TABLE points_entry (
  entry_id       bigint PRIMARY KEY,
  person         text COLLATE "C" NOT NULL,
  kind           text    NOT NULL CHECK (kind IN ('AWARD', 'REVERSAL', 'APPEAL')),
  outcome        text    NOT NULL,
  points         integer NOT NULL,
  requested      integer NOT NULL,
  source_kind    text    NOT NULL CHECK (source_kind IN ('TICKET', 'VISIT')),
  source_id      text COLLATE "C" NOT NULL,
  source_version bigint  NOT NULL,
  source_key     text COLLATE "C" NOT NULL,   -- ticket:<id> or visit:<id>
  party          text COLLATE "C",            -- the award key's party: the person, or '' once per source
  matter_type    text,
  at             timestamptz NOT NULL,
  at_nano        integer NOT NULL,            -- the instant's nanosecond of second, for an exact read-back
  compensates    bigint REFERENCES points_entry (entry_id),
  note           text    NOT NULL,
  CHECK ((kind = 'AWARD') = (party IS NOT NULL)),
  CHECK ((kind = 'AWARD') = (compensates IS NULL))
);
-- idempotency: an award is booked once per (source, outcome, party), whichever process books it
CREATE UNIQUE INDEX points_award_once ON points_entry (source_key, outcome, party) WHERE kind = 'AWARD';
-- a worker's (or a department's staff's) points for a period, and the caps
CREATE INDEX points_entry_person_at ON points_entry (person, at) INCLUDE (points, kind);
-- the remainder of an award
CREATE INDEX points_entry_compensates ON points_entry (compensates) WHERE compensates IS NOT NULL;
