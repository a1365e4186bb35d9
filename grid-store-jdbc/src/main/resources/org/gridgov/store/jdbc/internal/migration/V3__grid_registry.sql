-- The grid registry (网格登记库): every version of every grid of a place, with its boundary.
CREATE TABLE grid_version (
  scheme_id     text COLLATE "C" NOT NULL,
  code          text COLLATE "C" NOT NULL,
  valid_from    date    NOT NULL,              -- '-infinity' when valid since always
  valid_to      date,                          -- exclusive; NULL when valid for ever
  name          text    NOT NULL,
  level         integer NOT NULL,
  parent_code   text COLLATE "C",
  layer         text,
  kind          text,
  households    integer,
  boundary_wkb  bytea,                         -- the boundary as WKB (ISO, 2D)
  boundary_crs  text,                          -- WGS84, GCJ02 or BD09
  PRIMARY KEY (scheme_id, code, valid_from),
  CHECK (valid_to IS NULL OR valid_to > valid_from),
  CHECK ((boundary_wkb IS NULL) = (boundary_crs IS NULL))
);
-- the grids valid on a day
CREATE INDEX grid_version_valid ON grid_version (scheme_id, valid_from, valid_to);
