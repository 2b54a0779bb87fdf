// A letter as a Word document in the look of an official document (GB/T 9704-2012): A4 and its
// margins, title in 方正小标宋简体 二号 centred, 发文字号 right-aligned under it, 主送 flush left, body
// in 仿宋_GB2312 三号 with a two-character first-line indent, then 署名 and 成文日期 (Arabic numerals,
// as 7.3.5.1 requires: 2024年10月9日) right-aligned four characters in, 附注 in brackets below.
import { AlignmentType, Document, LineRuleType, Packer, Paragraph } from 'docx';
import { chineseDate } from '../core/calendar/iso-date.js';
import type { Letter } from '../core/letters/types.js';
import { withoutControlCharacters } from '../core/letters/validate.js';
import { BODY_LINE, bodyParagraph, footer, INDENT, PAGE_SETUP, run, SIZE } from './docx.js';
import { DOCX_FONT_TABLE, FONTS } from './docx-fonts.js';

const exact = { line: BODY_LINE, lineRule: LineRuleType.EXACT } as const;

function letterBody(letter: Letter): Paragraph[] {
  // Letters should come through validateLetter; a control character must still not break the file.
  const t = withoutControlCharacters;
  const out = [
    new Paragraph({
      children: [run(t(letter.title), 'title', SIZE.title)],
      alignment: AlignmentType.CENTER,
      spacing: { line: 700, lineRule: LineRuleType.EXACT, after: BODY_LINE },
    }),
    new Paragraph({ children: [run(t(letter.reference), 'body', SIZE.body)], alignment: AlignmentType.RIGHT, spacing: { ...exact, after: BODY_LINE } }),
    new Paragraph({ children: [run(t(letter.addressee), 'body', SIZE.body)], spacing: exact }),
    ...letter.paragraphs.map((p) => bodyParagraph(t(p))),
    // Two blank lines above the signature leave room for the seal.
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: INDENT * 2 },
      spacing: { before: BODY_LINE * 2, ...exact },
      children: [run(t(letter.agencyName), 'body', SIZE.body), run(chineseDate(letter.date), 'body', SIZE.body, { break: 1 })],
    }),
  ];
  if (letter.contact) {
    out.push(new Paragraph({ children: [run(`（${t(letter.contact)}）`, 'body', SIZE.body)], indent: { firstLine: INDENT }, spacing: exact }));
  }
  return out;
}

export async function renderLetterDocx(letter: Letter): Promise<Uint8Array> {
  const doc = new Document({
    title: withoutControlCharacters(letter.title),
    creator: 'gongkai',
    styles: { default: { document: { run: { font: FONTS.body, size: SIZE.body } } } },
    sections: [{ properties: { page: PAGE_SETUP }, footers: { default: footer() }, children: letterBody(letter) }],
  });
  // The font table names substitutes (宋体, 仿宋) for the official fonts most computers lack.
  return Packer.toBuffer(doc, false, [{ path: 'word/fontTable.xml', data: DOCX_FONT_TABLE }]);
}
