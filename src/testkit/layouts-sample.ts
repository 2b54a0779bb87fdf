// Test-only: a complete sample report with a distinct number in every cell, for renderer tests.
import { allCellRefs, emptyFigures, setCell } from '../core/figures.js';
import type { FormatVersion } from '../core/formats.js';
import type { Report } from '../core/report.js';

/** Fixed values for the cells whose kind needs a specific shape (signed, money). */
const SPECIAL: Readonly<Record<string, number>> = {
  'proactive.licensing.change': 98,
  'proactive.otherServices.change': -1,
  'proactive.penalties.change': 0,
  'proactive.coercion.change': 1036,
  'proactive.fees.change': -12,
  'proactive.procurement.amountYuan': 258463.87,
  'proactive.fees.amountTenThousandYuan': 24.5,
};

/** Every cell filled with a distinct count (1, 2, 3 …), except the signed and money cells above. */
export function sampleReport(format: FormatVersion, agency = '凤翔区人民政府', year = format === '2019' ? 2020 : 2023): Report {
  const figures = emptyFigures(format, year, agency);
  let next = 1;
  for (const ref of allCellRefs(format)) {
    const special = SPECIAL[`${ref.table}.${ref.row}.${ref.column}`];
    setCell(figures, ref, special ?? next++);
  }
  return {
    figures,
    title: null,
    publishedAt: `${year + 1}-01-20`,
    signedAt: `${year + 1}-01-18`,
    narratives: {
      一: '本年度，我区认真贯彻落实《中华人民共和国政府信息公开条例》。\n（一）主动公开。全年主动公开政府信息1298条。',
      五: '存在的问题：公开内容不够全面。\n改进情况：进一步规范公开流程。',
      六: '本年度未收取信息处理费。',
    },
  };
}
