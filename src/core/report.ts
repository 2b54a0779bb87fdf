// A report: its figures plus what the document says around them.
import type { ReportFigures } from './figures.js';
import type { SectionNo } from './formats.js';

export interface Report {
  figures: ReportFigures;
  /** The document's title as printed, if found. */
  title: string | null;
  /** Publication date (YYYY-MM-DD) when the document gives one. */
  publishedAt: string | null;
  /** The date under the signature at the end (YYYY-MM-DD), when present. */
  signedAt: string | null;
  /** Text between the title and section 一 (basis, statistics period, where to read it). */
  preamble?: string;
  /** Narrative text by section (一 总体情况, 五, 六; and any text around the tables). */
  narratives: Partial<Record<SectionNo, string>>;
}
