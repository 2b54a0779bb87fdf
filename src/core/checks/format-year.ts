// The table format must match the report year: 2019 format (国办公开办函〔2019〕60号) for years ≤ 2020,
// 2021 format (国办公开办函〔2021〕30号) from 2021 on (docs/format-spec.md §1.1, §2.1).
import type { Finding } from '../finding.js';
import { FORMATS, formatForYear } from '../formats.js';
import type { Report } from '../report.js';

export function checkFormatYear(report: Report): Finding[] {
  const { format, year } = report.figures;
  if (year === null) return [];
  const expected = formatForYear(year);
  if (expected === format) return [];
  return [
    {
      code: 'FORMAT_YEAR_MISMATCH',
      severity: 'error',
      message: `${year}年度报告应使用${FORMATS[expected].name}，而表格采用的是${FORMATS[format].name}`,
      section: '二',
    },
  ];
}
