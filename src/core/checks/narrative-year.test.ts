import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SectionNo } from '../formats.js';
import { blankReport } from '../../testkit/generate-blank.js';
import { checkNarrativeYear, normalizeDates } from './narrative-year.js';

function check(text: string, year: number | null = 2020, section: SectionNo = '一') {
  const r = blankReport({ year });
  r.narratives[section] = text;
  return checkNarrativeYear(r);
}

describe('checkNarrativeYear', () => {
  it('NARRATIVE_YEAR_MISMATCH: the seed 000 case, 截至2019年12月31日 in a 2020 report', () => {
    const findings = check('三是在阿左旗人民政府信息公开网站进行信息公开。平台截至2019年12月31日,共更新、发布、转发信息1298篇。');
    assert.deepEqual(findings, [
      {
        code: 'NARRATIVE_YEAR_MISMATCH',
        severity: 'warning',
        message: '第一部分“总体情况”写有“截至2019年12月31日”：统计期在2019年，与报告年度2020年不符，疑为沿用往年报告的文字',
        section: '一',
      },
    ]);
  });

  it('flags each way of writing a statistics period of another year', () => {
    const cases = [
      '截至２０１９年１２月３１日，共发布信息',
      '截止到2019年底，共发布信息',
      '截至2019年末累计公开',
      '截止于2019年12月31日',
      '本报告统计期限为2019年1月1日至2019年12月31日。',
      '本报告中所列数据的统计期限自2019年1月1日起至12月31日止。',
      '本报告的统计数据期间为2019年度。',
      '2019年1月1日—2019年12月31日期间，共受理申请',
      '统计时段为2020年1月1日至2019年12月31日', // a typo in the end year is caught too
      '二〇一九年一月一日至二〇一九年十二月三十一日',
      '本报告统计期为 2019 年 1 月 1 日至 2019 年 12 月 31 日',
      '截至2019.12.31，累计公开',
      '截至2021年12月31日，共发布', // a later year is as wrong as an earlier one
    ];
    for (const text of cases) {
      const findings = check(text);
      assert.equal(findings.length, 1, `${text}: ${JSON.stringify(findings)}`);
      assert.equal(findings[0]?.code, 'NARRATIVE_YEAR_MISMATCH');
    }
  });

  it('leaves plans, other dates and the report year alone', () => {
    const cases = [
      '2021年，将重点做好政务公开工作。',
      '截至2021年1月，已完成整改。',
      '确保2021年底前各镇、各政府部门信息公开工作人员轮训一遍以上。',
      '力争到2021年底，实现全覆盖。',
      '截至2021年底前完成整改。',
      '《条例》自2019年5月15日起施行，新办法自2021年1月1日起施行。',
      '截至2020年12月31日，共发布信息1298篇。',
      '本报告的统计数据期间自2020年1月1日起至2020年12月31日。',
      '报告中所列数据的统计期限为2020年1月1日至2020年12月31日止。',
      '与2019年相比，申请数量有所增加。',
      '电话：0483—8763159',
    ];
    for (const text of cases) assert.deepEqual(check(text), [], text);
  });

  it('reports each mismatch once, with its own section', () => {
    const findings = check('统计期限为2019年1月1日至2019年12月31日。截至2018年底，共公开信息。', 2020, '五');
    assert.deepEqual(findings.map((f) => [f.section, f.message]), [
      ['五', '第五部分“存在的主要问题及改进情况”写有“统计期限为2019年1月1日至2019年12月31日”：统计期在2019年，与报告年度2020年不符，疑为沿用往年报告的文字'],
      ['五', '第五部分“存在的主要问题及改进情况”写有“截至2018年底”：统计期在2018年，与报告年度2020年不符，疑为沿用往年报告的文字'],
    ]);
  });

  it('looks at every narrative', () => {
    const r = blankReport({ year: 2022 });
    r.narratives = { 一: '截至2021年12月31日', 六: '截至2021年底', 五: '截至2022年12月31日' };
    assert.deepEqual(checkNarrativeYear(r).map((f) => f.section).sort(), ['一', '六']);
  });

  it('nothing when the year is unknown or there is no narrative', () => {
    assert.deepEqual(check('截至2019年12月31日', null), []);
    assert.deepEqual(checkNarrativeYear(blankReport({ year: 2020 })), []);
  });

  it('normalizeDates makes dates comparable', () => {
    assert.equal(normalizeDates('２０１９年 01 月 01 日'), '2019年1月1日');
    assert.equal(normalizeDates('二〇二〇年十二月三十一日'), '2020年12月31日');
    assert.equal(normalizeDates('2020-12-31'), '2020年12月31日');
  });
});
