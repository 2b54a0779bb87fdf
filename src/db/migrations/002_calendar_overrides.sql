-- The administrator's working-calendar days on top of the official arrangements (条例 deadlines are
-- counted in working days): years the library does not know yet, and local holidays.
CREATE TABLE calendar_overrides (
  day        date PRIMARY KEY,
  working    boolean NOT NULL,
  note       text NOT NULL CHECK (length(note) BETWEEN 1 AND 100),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Years whose whole arrangement the administrator has entered: no beyond-calendar warning for them.
CREATE TABLE calendar_complete_years (
  year       integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 2199),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
