import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setCell } from '../figures.js';
import { blankReport } from '../../testkit/generate-blank.js';
import { checkTownshipRegulations } from './township-regulations.js';

function report(agency: string | null, year: number, cells: Record<string, number | null>) {
  const r = blankReport({ year, agency });
  for (const [column, value] of Object.entries(cells)) setCell(r.figures, { table: 'proactive', row: 'regulations', column }, value);
  return r;
}

describe('checkTownshipRegulations', () => {
  it('TOWNSHIP_REGULATIONS: a 镇 reporting 规章 (seed 001, 2019 format)', () => {
    const findings = checkTownshipRegulations(report('棉洋镇人民政府', 2020, { newlyMade: 21 }));
    assert.deepEqual(findings, [
      {
        code: 'TOWNSHIP_REGULATIONS',
        severity: 'warning',
        message:
          '第二部分“第二十条第（一）项”“规章”行填有非零数字（本年新制作数量21）：棉洋镇人民政府为乡镇一级，' +
          '依《中华人民共和国立法法》第九十三条无权制定规章，请核对是否误填（如把规范性文件填入了规章行）',
        section: '二',
        table: 'proactive',
        row: 'regulations',
        column: 'newlyMade',
      },
    ]);
  });

  it('one finding for several nonzero cells (2021 format)', () => {
    const findings = checkTownshipRegulations(report('盐池县青山乡', 2022, { issued: 2, inForce: 5 }));
    assert.equal(findings.length, 1);
    assert.equal(findings[0]?.column, undefined);
    assert.match(findings[0]?.message ?? '', /（本年制发件数2、现行有效件数5）/);
  });

  it('苏木 and 街道 count as 乡镇', () => {
    assert.equal(checkTownshipRegulations(report('阿拉善左旗巴彦诺日公苏木人民政府', 2020, { totalPublished: 6 })).length, 1);
    assert.equal(checkTownshipRegulations(report('城关街道办事处', 2023, { repealed: 1 })).length, 1);
  });

  it('a 乡镇 with zero or unknown 规章 cells is fine', () => {
    assert.deepEqual(checkTownshipRegulations(report('棉洋镇人民政府', 2020, {})), []);
    assert.deepEqual(checkTownshipRegulations(report('李集镇人民政府', 2023, { issued: null, repealed: null, inForce: 0 })), []);
  });

  it('bodies above the township may report 规章 (or are not this rule’s business)', () => {
    assert.deepEqual(checkTownshipRegulations(report('宝鸡市人民政府', 2020, { newlyMade: 3 })), []);
    assert.deepEqual(checkTownshipRegulations(report('凤翔区人民政府', 2023, { inForce: 1 })), []);
    assert.deepEqual(checkTownshipRegulations(report('凤翔区住房和城乡建设局', 2023, { inForce: 1 })), []);
    assert.deepEqual(checkTownshipRegulations(report(null, 2020, { newlyMade: 1 })), []);
  });

  it('only the 规章 row counts, not 规范性文件', () => {
    const r = report('棉洋镇人民政府', 2020, {});
    setCell(r.figures, { table: 'proactive', row: 'normativeDocuments', column: 'newlyMade' }, 85);
    assert.deepEqual(checkTownshipRegulations(r), []);
  });
});
