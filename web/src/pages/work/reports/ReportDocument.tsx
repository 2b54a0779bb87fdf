// The report as the export prints it: each section's heading, its text (a text box per section while
// the draft is editable) and its table. The tables are the export's own markup (renderTableHtml over
// the official grid of src/render/layout.ts, with data-cell on every figure), so what staff see here
// is what the HTML, PDF and published page show.
import { Input, Typography } from 'antd';
import { useMemo, type Ref } from 'react';
import type { ReportFigures } from '../../../../../src/core/figures.js';
import { SECTIONS, type SectionNo } from '../../../../../src/core/formats.js';
import { sectionHeading } from '../../../../../src/core/labels.js';
import { renderTableHtml } from '../../../../../src/render/html.js';
import { reportTitle } from '../../../../../src/render/labels.js';
import { buildLayout, sectionGrids } from '../../../../../src/render/layout.js';
import { narrativeLines } from '../../../../../src/render/text.js';
import type { Narratives } from './model';
import './report-document.css';

const PLACEHOLDER = /(【待补充[^】]*】)/;

/** A paragraph with the default draft's placeholders marked. */
function Paragraph({ text }: { text: string }) {
  return (
    <p>
      {text.split(PLACEHOLDER).map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : part))}
    </p>
  );
}

export interface ReportDocumentProps {
  figures: ReportFigures;
  narratives: Narratives;
  /** Text boxes instead of paragraphs. */
  editable: boolean;
  onChange?: (no: SectionNo, text: string) => void;
  meta?: string;
  rootRef?: Ref<HTMLDivElement>;
}

export function ReportDocument({ figures, narratives, editable, onChange, meta, rootRef }: ReportDocumentProps) {
  const tables = useMemo(() => new Map(sectionGrids(buildLayout(figures)).map((g) => [g.section, renderTableHtml(g)])), [figures]);
  const title = reportTitle({ figures, title: null, publishedAt: null, signedAt: null, narratives: {} });
  return (
    <article className="gk-report" ref={rootRef} aria-label={title}>
      <Typography.Title level={2} className="gk-report-title">
        {title}
      </Typography.Title>
      {meta && <p className="gk-report-meta">{meta}</p>}
      {SECTIONS.map((s) => {
        const heading = sectionHeading(s);
        const text = narratives[s.no] ?? '';
        const table = tables.get(s.no);
        return (
          <section key={s.no} aria-labelledby={`gk-heading-${s.no}`}>
            <Typography.Title level={3} id={`gk-heading-${s.no}`} className="gk-report-heading">
              {heading}
            </Typography.Title>
            <div data-narrative={s.no} className="gk-narrative">
              {editable ? (
                <Input.TextArea
                  aria-label={`${heading}正文`}
                  value={text}
                  onChange={(e) => onChange?.(s.no, e.target.value)}
                  autoSize={{ minRows: table ? 1 : 4 }}
                  placeholder={table ? '（可选）表格前的说明文字' : '请填写本部分正文，每段一行'}
                />
              ) : (
                narrativeLines(text).map((line, i) => <Paragraph key={i} text={line} />)
              )}
            </div>
            {table && <div className="gk-table" dangerouslySetInnerHTML={{ __html: table }} />}
          </section>
        );
      })}
    </article>
  );
}
