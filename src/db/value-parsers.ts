// One reading of PostgreSQL values for both drivers, so a row looks the same from PGlite and pg:
// date → 'YYYY-MM-DD' (a calendar date must not move with the time zone), int8 → number,
// bytea → Uint8Array. Timestamps (Date), numeric (string), json (values) are the drivers' default.

export const TYPE_OIDS = {
  bytea: 17,
  int8: 20,
  date: 1082,
} as const;

export function parseDate(text: string): string {
  return text;
}

/** int8 as a number: counts and event ids stay far below 2^53. */
export function parseInt8(text: string): number {
  return Number(text);
}

/** bytea in hex form ('\\x0a1b…') as bytes. */
export function parseBytea(text: string): Uint8Array {
  if (!text.startsWith('\\x')) throw new Error('bytea_output must be hex');
  return Uint8Array.from(Buffer.from(text.slice(2), 'hex'));
}
