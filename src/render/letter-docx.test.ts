// Letters as Word documents: a zip with word/document.xml holding the text, on a GB/T 9704 page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import JSZip from 'jszip';
import { OFFICIAL_CALENDAR as calendar } from '../core/calendar/working-calendar.js';
import { apply } from '../core/applications/lifecycle.js';
import { trackingCode } from '../core/applications/tracking-code.js';
import { draftLetter } from '../core/letters/draft.js';
import type { Letter } from '../core/letters/types.js';
import { renderLetterDocx } from './letter-docx.js';

const letter: Letter = {
  kind: 'extensionNotice',
  title: '延长答复期限告知书',
  reference: '〔2024〕第12号',
  addressee: '张三：',
  paragraphs: [
    '本机关于2024年9月27日收到您提出的政府信息公开申请，申请公开：“道路维修项目的招标文件 & 合同”。',
    '因需调取的档案较多，根据《中华人民共和国政府信息公开条例》第三十三条第二款的规定，本机关将于2024年11月13日前作出答复。',
  ],
  basis: '《中华人民共和国政府信息公开条例》第三十三条第二款',
  deadline: '2024-11-13',
  agencyName: '某镇人民政府',
  date: '2024-10-09',
  contact: '联系人：李四，电话：0912-1234567',
};

async function documentXml(docx: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  const file = zip.file('word/document.xml');
  assert.ok(file, 'word/document.xml is in the package');
  return file.async('string');
}

/** The text of each paragraph, entities decoded. */
function paragraphs(xml: string): string[] {
  const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1]!)).join(''));
}

/** The XML of the paragraph whose text contains `text`. */
function paragraphXml(xml: string, text: string): string {
  const found = [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((m) => m[0]).find((p) => paragraphs(p).join('').includes(text));
  assert.ok(found, `a paragraph with ${text}`);
  return found;
}

test('a zip whose document holds title, 文号, addressee, body, basis, deadline, signature and date', async () => {
  const docx = await renderLetterDocx(letter);
  assert.ok(docx instanceof Uint8Array);
  assert.deepEqual([...docx.subarray(0, 2)], [0x50, 0x4b], 'a zip (PK)');
  const text = paragraphs(await documentXml(docx));
  assert.equal(text[0], '延长答复期限告知书');
  assert.equal(text[1], '〔2024〕第12号');
  assert.equal(text[2], '张三：');
  const all = text.join('\n');
  for (const part of [letter.basis, '2024年11月13日', '“道路维修项目的招标文件 & 合同”', '某镇人民政府2024年10月9日', '（联系人：李四，电话：0912-1234567）']) {
    assert.ok(all.includes(part), part);
  }
});

test('GB/T 9704 page: A4, margins 37/35/28/26 mm', async () => {
  const xml = await documentXml(await renderLetterDocx(letter));
  const twips = (mm: number) => Math.round((mm * 1440) / 25.4);
  assert.match(xml, new RegExp(`<w:pgSz w:w="${twips(210)}" w:h="${twips(297)}"`));
  for (const [side, mm] of [['top', 37], ['bottom', 35], ['left', 28], ['right', 26]] as const) {
    assert.match(xml, new RegExp(`<w:pgMar [^>]*w:${side}="${twips(mm)}"`), side);
  }
});

test('fonts and placement: 小标宋 二号 title centred, 仿宋 三号 body indented two characters, signature right', async () => {
  const xml = await documentXml(await renderLetterDocx(letter));
  const title = paragraphXml(xml, '延长答复期限告知书');
  assert.match(title, /<w:jc w:val="center"\/>/);
  assert.match(title, /w:eastAsia="方正小标宋简体"/);
  assert.match(title, /<w:sz w:val="44"\/>/);
  assert.match(paragraphXml(xml, '〔2024〕第12号'), /<w:jc w:val="right"\/>/);
  const body = paragraphXml(xml, '因需调取的档案较多');
  assert.match(body, /w:eastAsia="仿宋_GB2312"/);
  assert.match(body, /<w:sz w:val="32"\/>/);
  assert.match(body, /<w:ind w:firstLine="640"\/>/);
  assert.doesNotMatch(paragraphXml(xml, '张三：'), /<w:ind /, 'the addressee is flush left');
  const signature = paragraphXml(xml, '某镇人民政府');
  assert.match(signature, /<w:jc w:val="right"\/>/);
  assert.match(signature, /<w:br\/>(?:(?!<\/w:r>).)*2024年10月9日/s);
});

test('no contact, no 附注; control characters cannot break the file', async () => {
  const { contact: _contact, ...plain } = letter;
  const xml = await documentXml(await renderLetterDocx({ ...plain, title: '延长答复期限\u0007告知书', paragraphs: ['第一段\u0000。'] }));
  const text = paragraphs(xml);
  assert.equal(text[0], '延长答复期限告知书');
  assert.ok(text.includes('第一段。'));
  assert.ok(!text.some((t) => t.startsWith('（')));
});

test('a drafted letter renders with its deadline', async () => {
  const code = trackingCode(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]));
  assert.ok(code.ok);
  const ctx = { calendar, actor: { id: 'clerk-1', role: 'clerk' as const }, now: '2024-10-08T08:00:00+08:00' };
  const registered = apply(null, { type: 'register', id: 'A1', trackingCode: code.code, applicantType: 'naturalPerson', applicant: { name: '张三' }, content: '招标文件', receipt: '2024-09-27' }, ctx);
  assert.ok(registered.ok);
  const waiting = apply(registered.application, { type: 'requestCorrection', on: '2024-10-08', items: '请写明项目名称', respondBy: '2024-10-22' }, ctx);
  assert.ok(waiting.ok);
  const drafted = draftLetter({ kind: 'correctionNotice', application: waiting.application, agencyName: '某镇人民政府', date: '2024-10-08' });
  assert.ok(drafted.ok);
  const all = paragraphs(await documentXml(await renderLetterDocx(drafted.letter))).join('\n');
  for (const part of ['补正申请告知书', drafted.letter.basis, '2024年10月22日前', '请写明项目名称']) assert.ok(all.includes(part), part);
});
