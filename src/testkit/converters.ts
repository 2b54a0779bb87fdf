// Test-only: the damage real converters do to a report, applied to our own clean exports.
import { renderHtml } from '../render/html.js';
import { renderMarkdown } from '../render/markdown.js';
import type { Report } from '../core/report.js';

/**
 * HTML as Word's "save as web page" writes it: Office namespaces, conditional comments, every cell
 * a <p class=MsoNormal> with its text split over several <span>s, <o:p> placeholders, &nbsp; in
 * empty cells.
 */
export function toWordHtml(report: Report): string {
  const html = renderHtml(report)
    .replace('<html', '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"')
    .replace('<head>', '<head><!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]-->');
  return html.replace(/<(td|th)([^>]*)>([^<]*)<\/\1>/g, (_m, tag: string, attrs: string, text: string) => {
    const spans = text === '' ? "<o:p>&nbsp;</o:p>" : splitIntoSpans(text) + '<o:p></o:p>';
    return `<${tag}${attrs} style='border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt'><p class=MsoNormal align=center style='text-align:center'>${spans}</p></${tag}>`;
  });
}

function splitIntoSpans(text: string): string {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += 2) parts.push(text.slice(i, i + 2));
  return parts.map((p) => `<span lang=EN-US style='font-size:10.5pt;font-family:"仿宋_GB2312"'>${p}</span>`).join('');
}

/**
 * Markdown as PDF/OCR converters write it: the section 三 table broken across a page, with the page
 * number between the halves and the continuation given a made-up header; one row's label cut off
 * from its values onto a line of its own.
 */
export function toConverterMarkdown(report: Report): string {
  const lines = renderMarkdown(report).split('\n');
  const start = lines.findIndex((l) => l.startsWith('| 一、本年新收'));
  if (start < 0) return lines.join('\n');
  const cells = (lines[start]!.match(/\|/g)?.length ?? 2) - 1;
  const breakAt = start + 9;
  const header = `| ${Array.from({ length: cells }, (_, i) => `列${i + 1}`).join(' | ')} |`;
  const rule = `| ${Array.from({ length: cells }, () => '---').join(' | ')} |`;
  lines.splice(breakAt, 0, '', '— 4 —', '', header, rule);
  // Cut the label of the row after the break from its values.
  const row = lines[breakAt + 5];
  if (row) {
    const parts = row.split('|').slice(1, -1);
    const firstValue = parts.findIndex((p) => /^\s*[-+]?\d[\d,.]*\s*$/.test(p));
    if (firstValue > 0) {
      const labelRow = parts.map((p, i) => (i < firstValue ? p : ' '));
      const valueRow = parts.map((p, i) => (i < firstValue ? ' ' : p));
      lines.splice(breakAt + 5, 1, `|${labelRow.join('|')}|`, `|${valueRow.join('|')}|`);
    }
  }
  return lines.join('\n');
}
