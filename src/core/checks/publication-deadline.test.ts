import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blankReport } from '../../testkit/generate-blank.js';
import { checkPublicationDeadline, chineseDate, statutoryDeadline } from './publication-deadline.js';

function report(agency: string | null, year: number | null, publishedAt: string | null, signedAt: string | null = null) {
  const r = blankReport({ year, agency, format: '2019' });
  r.publishedAt = publishedAt;
  r.signedAt = signedAt;
  return r;
}

describe('statutoryDeadline', () => {
  it('条例第四十九条: 3月31日 for the 本级政府 report of a 县级以上地方人民政府', () => {
    const d = statutoryDeadline('凤翔区人民政府', 2020);
    assert.equal(d.date, '2021-03-31');
    assert.equal(d.kind, 'localGovernment');
    assert.match(d.basis, /第四十九条.*3月31日前/);
    assert.equal(statutoryDeadline('宝鸡市人民政府', 2024).date, '2025-03-31');
  });

  it('1月31日 for departments and (in practice) 乡镇', () => {
    assert.equal(statutoryDeadline('嘉县教育局', 2022).date, '2023-01-31');
    assert.equal(statutoryDeadline('凤翔区人民政府办公室', 2022).date, '2023-01-31');
    const t = statutoryDeadline('棉洋镇人民政府', 2020);
    assert.deepEqual([t.date, t.kind], ['2021-01-31', 'township']);
    assert.match(t.basis, /第四十九条/);
  });

  it('the later date when the body is unknown', () => {
    assert.deepEqual([statutoryDeadline(null, 2020).date, statutoryDeadline(null, 2020).kind], ['2021-03-31', 'unknown']);
  });
});

describe('checkPublicationDeadline', () => {
  it('PUBLISHED_LATE: seed 000, a 苏木 2020 report published 2022-01-25', () => {
    const findings = checkPublicationDeadline(report('阿拉善左旗巴彦诺日公苏木人民政府', 2020, '2022-01-25', '2021-02-02'));
    assert.equal(findings.length, 1);
    assert.deepEqual([findings[0]?.code, findings[0]?.severity], ['PUBLISHED_LATE', 'error']);
    assert.match(findings[0]?.message ?? '', /^2020年度报告的发布日期为2022年1月25日，晚于法定公布期限2021年1月31日359天（《中华人民共和国政府信息公开条例》第四十九条/);
  });

  it('the deadline day itself is in time; the day after is late', () => {
    assert.deepEqual(checkPublicationDeadline(report('嘉县教育局', 2022, '2023-01-31')), []);
    assert.match(checkPublicationDeadline(report('嘉县教育局', 2022, '2023-02-01'))[0]?.message ?? '', /2023年1月31日1天/);
  });

  it('a district government has until 3月31日 (seed 002)', () => {
    assert.deepEqual(checkPublicationDeadline(report('凤翔区人民政府', 2020, '2021-02-20')), []);
    assert.deepEqual(checkPublicationDeadline(report('凤翔区人民政府', 2020, '2021-03-31')), []);
    assert.equal(checkPublicationDeadline(report('凤翔区人民政府', 2020, '2021-04-01')).length, 1);
  });

  it('falls back to the signature date, and says so', () => {
    const findings = checkPublicationDeadline(report('棉洋镇人民政府', 2020, null, '2021-02-02'));
    assert.match(findings[0]?.message ?? '', /落款日期为2021年2月2日（未见发布日期，以落款日期计），晚于/);
    // The publication date wins when there is one.
    assert.deepEqual(checkPublicationDeadline(report('棉洋镇人民政府', 2020, '2021-01-20', '2021-02-02')), []);
  });

  it('nothing without a year or a usable date', () => {
    assert.deepEqual(checkPublicationDeadline(report('棉洋镇人民政府', null, '2030-01-01')), []);
    assert.deepEqual(checkPublicationDeadline(report('棉洋镇人民政府', 2020, null, null)), []);
    assert.deepEqual(checkPublicationDeadline(report('棉洋镇人民政府', 2020, '2021-02-30')), []);
    assert.deepEqual(checkPublicationDeadline(report('棉洋镇人民政府', 2020, '2021年2月3日')), []);
  });

  it('an unknown body is late only after 3月31日', () => {
    assert.deepEqual(checkPublicationDeadline(report(null, 2020, '2021-03-01')), []);
    assert.equal(checkPublicationDeadline(report(null, 2020, '2021-04-01')).length, 1);
  });

  it('chineseDate', () => {
    assert.equal(chineseDate('2022-01-05'), '2022年1月5日');
  });
});
