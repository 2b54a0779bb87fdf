// The default texts of a new draft (sections 一、五、六) with the figures' key numbers filled in, and
// the finding that keeps a report with unfilled placeholders from being approved. The numbers are
// written in the phrasings the NARRATIVE_FIGURES_MISMATCH check reads ("新收到政府信息公开申请5件"), so
// an edit that contradicts the tables is flagged.
import type { Cell, ReportFigures } from '../core/figures.js';
import type { Finding } from '../core/finding.js';
import { FORMATS, SECTIONS, type SectionNo } from '../core/formats.js';
import { sectionTitlePlace } from '../core/checks/places.js';

export type Narratives = Partial<Record<SectionNo, string>>;

export const SECTION_NOS: readonly SectionNo[] = SECTIONS.map((s) => s.no);

/** Marks text staff must write; an approved report may not contain it. */
export const PLACEHOLDER = /【待补充[^】]*】/g;

const todo = (what: string): string => `【待补充：${what}】`;

function n(value: Cell | undefined): string {
  return value === null || value === undefined ? todo('数字') : String(value);
}

function total(figures: ReportFigures, table: 'applications' | 'reviewLitigation', row: string): Cell {
  return figures[table][row]?.['total'] ?? null;
}

function proactiveSentence(f: ReportFigures): string {
  const p = (row: string, column: string): string => n(f.proactive[row]?.[column]);
  const documents =
    f.format === '2021'
      ? `制发行政规范性文件${p('normativeDocuments', 'issued')}件，废止${p('normativeDocuments', 'repealed')}件，现行有效${p('normativeDocuments', 'inForce')}件`
      : `新制作规范性文件${p('normativeDocuments', 'newlyMade')}件，新公开${p('normativeDocuments', 'newlyPublished')}件`;
  const decisions = `作出行政许可决定${p('licensing', 'decisions')}件、行政处罚决定${p('penalties', 'decisions')}件、行政强制决定${p('coercion', 'decisions')}件`;
  return `（一）主动公开。${f.year}年，本机关${documents}；${decisions}。${todo('主动公开的其他工作情况')}`;
}

function applicationsSentence(f: ReportFigures): string {
  const a = (row: string): string => n(total(f, 'applications', row));
  return (
    `（二）依申请公开。${f.year}年，本机关新收到政府信息公开申请${a('newReceived')}件，上年结转${a('carriedOver')}件；` +
    `办结${a('resultsTotal')}件，其中予以公开${a('granted')}件、部分公开${a('partiallyGranted')}件；结转下年度继续办理${a('carriedForward')}件。`
  );
}

function oversightSentence(f: ReportFigures): string {
  const direct = total(f, 'reviewLitigation', 'litigationDirect');
  const afterReview = total(f, 'reviewLitigation', 'litigationAfterReview');
  const litigation = direct === null || afterReview === null ? null : direct + afterReview;
  return (
    `（五）监督保障。${f.year}年，本机关因政府信息公开工作被申请行政复议${n(total(f, 'reviewLitigation', 'review'))}件，` +
    `被提起行政诉讼${n(litigation)}件。${todo('工作考核、社会评议和责任追究结果情况')}`
  );
}

/** Sections 一、五、六 of a new draft for `figures` (which carry the year). */
export function defaultNarratives(figures: ReportFigures): Narratives {
  const year = figures.year ?? '';
  const basis = FORMATS[figures.format].name.replace(/^中华人民共和国/, '《中华人民共和国').replace(/（国办/, '》（国办');
  return {
    一: [
      `本报告根据《中华人民共和国政府信息公开条例》和${basis}编制，所列数据的统计期限为${year}年1月1日至${year}年12月31日。`,
      proactiveSentence(figures),
      applicationsSentence(figures),
      `（三）政府信息管理。${todo('政府信息公开审查、信息发布和更新等情况')}`,
      `（四）政府信息公开平台建设。${todo('政府网站、政务新媒体、公开栏等平台建设情况')}`,
      oversightSentence(figures),
    ].join('\n'),
    五: [`（一）存在的主要问题。${todo('本年度工作中存在的主要问题')}`, `（二）改进情况。${todo('上一年度问题的整改情况和下一步改进措施')}`].join('\n'),
    六: [`（一）信息处理费收取情况。${year}年，本机关${todo('是否依照《政府信息公开信息处理费管理办法》收取信息处理费，收取的，写明件数和金额')}。`, '（二）其他需要报告的事项。无。'].join('\n'),
  };
}

/** One error per section that still holds a placeholder. */
export function placeholderFindings(narratives: Narratives): Finding[] {
  const findings: Finding[] = [];
  for (const no of SECTION_NOS) {
    const marks = [...(narratives[no] ?? '').matchAll(PLACEHOLDER)].map((m) => m[0]);
    if (marks.length === 0) continue;
    findings.push({
      code: 'NARRATIVE_PLACEHOLDER',
      severity: 'error',
      message: `${sectionTitlePlace(no)}还有${marks.length}处待补充的内容（如“${marks[0]}”），请填写后再审核发布。`,
      section: no,
    });
  }
  return findings;
}
