// Comparing printed labels with the official ones: typos and missing headers become findings.
import type { Finding } from '../core/finding.js';
import type { SectionNo } from '../core/formats.js';
import { editDistance, normalizeLabel } from '../core/text.js';
import type { TextToken } from './rows.js';

const NUMBERING = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)+/;

function core(label: string): string {
  return normalizeLabel(label).replace(NUMBERING, '');
}

/** How many edits still make a typo rather than another label. */
function tolerance(label: string): number {
  return Math.max(1, Math.floor(label.length / 8));
}

/**
 * The printed label of a row (the last one, two or three text cells before its values) against the
 * official one. A near miss is a typo worth reporting; a far miss is layout damage and is left alone.
 */
export function rowLabelFinding(
  labelTokens: readonly TextToken[],
  official: string,
  where: Pick<Finding, 'section' | 'table' | 'row'>,
): Finding | null {
  const want = core(official);
  let best: { text: string; d: number } | null = null;
  for (let k = 1; k <= Math.min(3, labelTokens.length); k++) {
    const tokens = labelTokens.slice(-k);
    const printed = core(tokens.map((t) => t.norm).join(''));
    const d = editDistance(printed, want);
    if (!best || d < best.d) best = { text: tokens.map((t) => t.text).join(''), d };
    if (d === 0) return null;
  }
  if (!best || best.d > tolerance(want)) return null;
  return {
    code: 'LABEL_MISMATCH',
    severity: 'warning',
    message: `行标签“${best.text}”与规定格式“${official}”不一致。`,
    ...where,
    line: labelTokens[labelTokens.length - 1]?.lineNo,
  };
}

export interface ExpectedHeader {
  label: string;
  count: number;
  /** Code when the header is absent: HEADER_MISSING, CAPTION_MISSING … */
  missingCode?: string;
}

/**
 * Column headers and captions: each must appear `count` times in the region's text. Missing ones are
 * looked for among near misses (typos) before being reported missing.
 */
export function headerFindings(tokens: readonly TextToken[], expected: readonly ExpectedHeader[], section: SectionNo): Finding[] {
  const joined = tokens.map((t) => t.norm).join('');
  const findings: Finding[] = [];
  const usedNearMiss = new Set<number>();
  const allWanted = expected.map((e) => normalizeLabel(e.label));
  for (const { label, count, missingCode } of expected) {
    const want = normalizeLabel(label);
    let found = countOccurrences(joined, want);
    for (let i = 0; i < tokens.length && found < count; i++) {
      if (usedNearMiss.has(i)) continue;
      const printed = tokens[i]!.norm;
      // A token holding any expected label exactly is that label, not a typo of this one.
      if (printed.length < 2 || allWanted.some((w) => printed.includes(w))) continue;
      const d = editDistance(printed, want);
      if (d > 0 && d <= tolerance(want)) {
        usedNearMiss.add(i);
        found++;
        findings.push({
          code: 'LABEL_MISMATCH',
          severity: 'warning',
          message: `表头“${tokens[i]!.text}”与规定格式“${label}”不一致。`,
          section,
          line: tokens[i]!.lineNo,
        });
      }
    }
    if (found < count) {
      const what = missingCode === 'CAPTION_MISSING' ? '表格标题' : '表头';
      findings.push({
        code: missingCode ?? 'HEADER_MISSING',
        severity: 'warning',
        message: `第${section}部分缺少${what}“${label}”${count > 1 ? `（应出现${count}次，找到${found}次）` : ''}。`,
        section,
      });
    }
  }
  return findings;
}

function countOccurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}
