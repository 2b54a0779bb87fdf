// A 乡镇 cannot make 规章. 《中华人民共和国立法法》第九十三条: only the people's governments of provinces,
// autonomous regions, municipalities, 设区的市 and 自治州 make local government 规章 (and 第九十一条:
// State Council departments make departmental 规章). A township reporting 规章 has almost always put its
// 规范性文件 (or other documents) in the wrong row.
import type { Finding } from '../finding.js';
import { FORMATS } from '../formats.js';
import type { Report } from '../report.js';
import { isTownship } from './agency.js';
import { formatNumber, tablePlace } from './places.js';

const REGULATIONS_ROW = 'regulations';

export function checkTownshipRegulations(report: Report): Finding[] {
  const { figures } = report;
  if (!isTownship(figures.agency)) return [];
  const table = FORMATS[figures.format].proactive.find((t) => t.rows.some((r) => r.key === REGULATIONS_ROW));
  if (!table) return [];
  const nonzero = table.columns.flatMap((column) => {
    const value = figures.proactive[REGULATIONS_ROW]?.[column.key] ?? null;
    return value === null || value === 0 ? [] : [{ column, value }];
  });
  if (nonzero.length === 0) return [];
  const only = nonzero.length === 1 ? nonzero[0] : undefined;
  const cells = nonzero.map(({ column, value }) => `${column.label}${formatNumber(value)}`).join('、');
  return [
    {
      code: 'TOWNSHIP_REGULATIONS',
      severity: 'warning',
      message:
        `${tablePlace(figures.format, 'proactive', REGULATIONS_ROW)}填有非零数字（${cells}）：` +
        `${figures.agency}为乡镇一级，依《中华人民共和国立法法》第九十三条无权制定规章，请核对是否误填（如把规范性文件填入了规章行）`,
      section: '二',
      table: 'proactive',
      row: REGULATIONS_ROW,
      ...(only ? { column: only.column.key } : {}),
    },
  ];
}
