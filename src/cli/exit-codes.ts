// One mapping from outcomes to exit codes, for every command.
export const EXIT = {
  /** Read, and no error found. */
  ok: 0,
  /** Read, and errors found in the report. */
  findings: 1,
  /** Could not be read: not a report, bad encoding, missing file, wrong arguments. */
  unreadable: 2,
} as const;
