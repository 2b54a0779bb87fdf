// The glossary of the report's table labels, generated from formats.ts so that it cannot drift.
// docs/glossary.md holds the hand-written domain terms and, between markers, this table.
import { APPLICANT_COLUMNS, FORMATS, REVIEW_COLUMNS, REVIEW_GROUPS } from './formats.js';

export const GLOSSARY_BEGIN = '<!-- generated: table labels (npm run glossary) -->';
export const GLOSSARY_END = '<!-- end generated -->';

export function labelGlossary(): string {
  const lines: string[] = [];
  const seen = new Set<string>();
  const add = (where: string, label: string, key: string, formats: string) => {
    const id = `${where}|${key}|${label}`;
    if (seen.has(id)) return;
    seen.add(id);
    lines.push(`| ${where} | ${label} | \`${key}\` | ${formats} |`);
  };
  const both = (has19: boolean, has21: boolean) => (has19 && has21 ? '2019, 2021' : has19 ? '2019' : '2021');
  for (const version of ['2019', '2021'] as const) {
    for (const t of FORMATS[version].proactive) {
      for (const r of t.rows) {
        const other = FORMATS[version === '2019' ? '2021' : '2019'].proactive.some((x) => x.rows.some((y) => y.key === r.key && y.label === r.label));
        add('二 行', r.label, `proactive.${r.key}`, other ? '2019, 2021' : version);
      }
      for (const c of t.columns) add('二 列', c.label, c.key, version);
    }
  }
  for (const r of new Map([...FORMATS['2019'].applicationRows, ...FORMATS['2021'].applicationRows].map((x) => [x.key, x])).values()) {
    const in19 = FORMATS['2019'].applicationRows.some((x) => x.key === r.key);
    const in21 = FORMATS['2021'].applicationRows.some((x) => x.key === r.key);
    add('三 行', r.label, `applications.${r.key}`, both(in19, in21));
  }
  for (const c of APPLICANT_COLUMNS) add('三 列', c.label, c.key, '2019, 2021');
  for (const g of REVIEW_GROUPS) add('四 组', g.label, `reviewLitigation.${g.key}`, '2019, 2021');
  for (const c of REVIEW_COLUMNS) add('四 列', c.label, c.key, '2019, 2021');
  return [GLOSSARY_BEGIN, '', '| 位置 | 中文标签 | 标识符 | 格式 |', '|---|---|---|---|', ...lines, '', GLOSSARY_END].join('\n');
}
