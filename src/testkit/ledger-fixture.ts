// A town's ledger (台账) of 31 applications from late 2023 to early 2025, as CSV (UTF-8 with BOM, or
// GBK) and XLSX, with its 2024 section 三 counted by hand. For the import tests (office, API, CLI).
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { APPLICANT_COLUMNS } from '../core/formats.js';
import type { FigureRow } from '../core/figures.js';

export const LEDGER_HEADER = ['序号', '申请编号', '收到日期', '申请人类型', '申请人姓名', '证件号码', '联系电话', '申请内容', '申请方式', '办理结果', '办结日期'];

/** Data rows; spreadsheet row = index + 2 (the header is row 1). */
export const LEDGER_ROWS: readonly (readonly string[])[] = [
  ['1', 'L-2023-101', '2023-12-05', '自然人', '张一', '11010519491231002X', '13812345678', '道路维修招标文件', '当面提交', '予以公开', '2024-01-10'], // carried over; granted
  ['2', 'L-2023-102', '2023/12/20', '商业企业', '某建材公司', '', '', '补贴名单', '网上申请', '部分公开', '2024-01-15'], // carried over; partially
  ['3', 'L-2023-103', '2023年12月28日', '自然人', '张三', '', '', '会议纪要', '信函', '', ''], // carried over; carried forward
  ['4', 'L-2023-090', '2023-11-01', '自然人', '张四', '', '', '规划图', '当面', '予以公开', '2023-11-20'], // concluded in 2023: not counted
  ['5', 'L-2024-001', '2024-01-08', '自然人', '李一', '', '', '预算', '网上', '予以公开', '2024-01-25'],
  ['6', 'L-2024-002', '2024-01-15', '自然人', '李二', '', '', '决算', '网上', '（一）予以公开', '2024-02-01'],
  ['7', 'L-2024-003', '2024-02-20', '自然人', '李三', '', '', '征收公告', '信函', '部分公开', '2024-03-10'],
  ['8', 'L-2024-004', '2024-02-29', '自然人', '李四', '', '', '某文件', '当面', '不予公开-国家秘密', '2024-03-15'],
  ['9', 'L-2024-005', '2024-03-04', '商业企业', '某科技公司', '', '', '招标结果', '网上', '予以公开', '2024-03-20'],
  ['10', 'L-2024-006', '2024-03-18', '科研机构', '某研究所', '', '', '水质数据', '电子邮件', '信息不存在', '2024-04-02'],
  ['11', 'L-2024-007', '2024-04-01', '社会公益组织', '某基金会', '', '', '救助名单', '网上', '予以公开', '2024-04-18'],
  ['12', 'L-2024-008', '2024-04-10', '法律服务机构', '某律师事务所', '', '', '批复', '信函', '部分公开', '2024-04-30'],
  ['13', 'L-2024-009', '2024-04-22', '其他', '某村民委员会', '', '', '同上', '当面', '重复申请', '2024-04-25'],
  ['14', 'L-2024-010', '2024-05-06', '自然人', '王一', '', '', '投诉处理', '当面', '信访举报投诉类申请', '2024-05-20'],
  ['15', 'L-2024-011', '2024-05-20', '自然人', '王二', '', '', '旧档案', '网上', '本机关不掌握相关政府信息', '2024-06-05'],
  ['16', 'L-2024-012', '2024-06-03', '商业企业', '某物流公司', '', '', '许可', '网上', '予以公开', '2024-06-21'],
  ['17', 'L-2024-013', '2024-06-17', '自然人', '王三', '', '', '不明确', '传真', '（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2024-07-30'],
  ['18', 'L-2024-014', '2024-07-01', '自然人', '王四', '', '', '补偿标准', '网上', '予以公开', '2024-07-19'],
  ['19', 'L-2024-015', '2024-07-15', '个人', '赵一', '', '', '拆迁', '当面', '部分公开', '2024-08-02'],
  ['20', 'L-2024-016', '2024-08-05', '法律服务机构', '某律所', '', '', '处罚决定', '信函', '予以公开', '2024-08-23'],
  ['21', 'L-2024-017', '2024-08-19', '自然人', '赵二', '', '', '内部考核', '网上', '属于三类内部事务信息', '2024-09-06'],
  ['22', 'L-2024-018', '2024-09-02', '自然人', '赵三', '', '', '项目清单', '网上', '予以公开', '2024-09-20'],
  ['23', 'L-2024-019', '2024-09-23', '商业企业', '某贸易公司', '', '', '统计汇总', '电子邮件', '需要另行制作', '2024-10-15'],
  ['24', 'L-2024-020', '2024-10-08', '自然人', '赵四', '', '', '低保名单', '网上', '予以公开', '2024-10-28'],
  ['25', 'L-2024-021', '2024-11-04', '科研机构', '某大学', '', '', '监测报告', '网上', '予以公开', '2024-11-22'],
  ['26', 'L-2024-022', '2024-11-25', '自然人', '钱一', '', '', '讨论稿', '当面', '过程性信息', '2024-12-13'],
  ['27', 'L-2024-023', '2024-12-09', '自然人', '钱二', '', '', '合同', '网上', '', ''], // open
  ['28', 'L-2024-024', '2024-12-16', '商业企业', '某能源公司', '', '', '环评', '网上', '予以公开', '2025-01-08'], // concluded in 2025
  ['29', 'L-2024-025', '2024-12-23', '自然人', '钱三', '', '', '补助', '信函', '', ''], // open
  ['30', 'L-2024-026', '2024-12-30', '其他', '某合作社', '', '', '用地', '当面', '予以公开', '2025-01-10'], // concluded in 2025
  ['31', 'L-2025-001', '2025-01-06', '自然人', '孙一', '', '', '预算', '网上', '予以公开', '2025-01-20'], // received in 2025: not counted
];

/** Section 三 of 2024 counted by hand: 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计. */
export const LEDGER_2024: Readonly<Record<string, readonly number[]>> = {
  newReceived: [15, 4, 2, 1, 2, 2, 26],
  carriedOver: [2, 1, 0, 0, 0, 0, 3],
  granted: [6, 2, 1, 1, 1, 0, 11],
  partiallyGranted: [2, 1, 0, 0, 1, 0, 4],
  deniedStateSecret: [1, 0, 0, 0, 0, 0, 1],
  deniedInternalAffairs: [1, 0, 0, 0, 0, 0, 1],
  deniedProcessInfo: [1, 0, 0, 0, 0, 0, 1],
  unavailableNotHeld: [1, 0, 1, 0, 0, 0, 2],
  unavailableNeedsCreation: [0, 1, 0, 0, 0, 0, 1],
  notProcessedPetition: [1, 0, 0, 0, 0, 0, 1],
  notProcessedDuplicate: [0, 0, 0, 0, 0, 1, 1],
  otherNoCorrection: [1, 0, 0, 0, 0, 0, 1],
  resultsTotal: [14, 4, 2, 1, 2, 1, 24],
  carriedForward: [3, 1, 0, 0, 0, 1, 5],
};

/** A row of section 三 as the seven numbers above (missing cells as null). */
export function applicantCells(row: FigureRow | undefined): (number | null)[] {
  return APPLICANT_COLUMNS.map((c) => row?.[c.key] ?? null);
}

/** Every result row the hand count does not name is zero. */
export function zeroRow(): number[] {
  return [0, 0, 0, 0, 0, 0, 0];
}

export function ledgerCsvText(rows: readonly (readonly string[])[] = LEDGER_ROWS, header: readonly string[] = LEDGER_HEADER): string {
  const quote = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [header, ...rows].map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}

/** UTF-8 with BOM, as Excel saves "CSV UTF-8". */
export function ledgerCsv(rows?: readonly (readonly string[])[]): Uint8Array {
  return new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ledgerCsvText(rows), 'utf8')]));
}

/** GBK without BOM, as Excel on a Chinese Windows saves "CSV". */
export function ledgerCsvGbk(rows?: readonly (readonly string[])[]): Uint8Array {
  return new Uint8Array(iconv.encode(ledgerCsvText(rows), 'gbk'));
}

/** An XLSX workbook with a title row above the header and real date cells for the 2024 receipts. */
export async function ledgerXlsx(rows: readonly (readonly string[])[] = LEDGER_ROWS): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('2024年台账');
  ws.addRow(['某某镇人民政府政府信息公开申请台账']);
  ws.addRow([...LEDGER_HEADER]);
  for (const r of rows) {
    const row = ws.addRow([...r]);
    const received = r[2]!;
    if (/^\d{4}-\d{2}-\d{2}$/.test(received)) {
      const cell = row.getCell(3);
      cell.value = new Date(`${received}T00:00:00Z`);
      cell.numFmt = 'yyyy-mm-dd';
    }
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
