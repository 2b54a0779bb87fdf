// Small text helpers shared by the renderers.

/** A narrative as its non-empty lines, trimmed (each becomes a paragraph). */
export function narrativeLines(text: string | null | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
