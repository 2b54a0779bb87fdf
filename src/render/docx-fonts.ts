// Fonts of the Word export. Official documents name fonts few computers outside government offices
// have; the font table gives Word and WPS a common substitute for each (w:altName).

/** Run fonts: Chinese text in the official face, Latin letters and digits in Times New Roman. */
export const FONTS = {
  title: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '方正小标宋简体' },
  body: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋_GB2312' },
  heading: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' },
  latin: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' },
} as const;

/** name, substitute, panose family. */
const TABLE: readonly (readonly [string, string | null, string])[] = [
  ['Times New Roman', null, 'roman'],
  ['宋体', 'SimSun', 'auto'],
  ['黑体', 'SimHei', 'modern'],
  ['仿宋', 'FangSong', 'modern'],
  ['方正小标宋简体', '宋体', 'auto'],
  ['仿宋_GB2312', '仿宋', 'modern'],
];

function fontEntry([name, alt, family]: readonly [string, string | null, string]): string {
  const charset = /^[\x20-\x7e]+$/.test(name) ? '00' : '86'; // 86: GB2312
  return (
    `<w:font w:name="${name}">` +
    (alt ? `<w:altName w:val="${alt}"/>` : '') +
    `<w:charset w:val="${charset}"/><w:family w:val="${family}"/><w:pitch w:val="variable"/></w:font>`
  );
}

export const DOCX_FONT_TABLE =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  TABLE.map(fontEntry).join('') +
  '</w:fonts>';
