// Section 二 of the year's report as computed from the register and the entered cells: read only,
// laid out as the official tables (the captions, rows and columns of the year's format).
import { Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../../api';
import { ErrorBox } from '../../../components/ErrorBox';
import { Loading } from '../../../components/Loading';
import { FORMATS, PROACTIVE_HEADER_LABEL, type ValueKind } from '../../../../../src/core/formats.js';
import type { FiguresView } from './model';

function valueText(value: number | null | undefined, kind: ValueKind): string {
  if (value === null || value === undefined) return '—';
  if (kind === 'signedCount' && value > 0) return `+${value}`;
  return String(value);
}

export function FiguresTable({ year, revision }: { year: number; revision: number }) {
  const [view, setView] = useState<FiguresView | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    setView(null);
    setError(null);
    api.get<FiguresView>(`/api/proactive/figures/${year}`).then(
      (v) => live && setView(v),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [year, revision]);
  if (error) return <ErrorBox error={error} title="第二部分无法计算" />;
  if (!view) return <Loading />;
  return (
    <div aria-label={`${year}年度第二部分（计算结果）`} role="group">
      <Typography.Paragraph type="secondary">“—”表示尚未填写，报告中该格留空。</Typography.Paragraph>
      {FORMATS[view.format].proactive.map((t) => (
        <table key={t.caption} style={{ borderCollapse: 'collapse', width: '100%', marginBottom: 20 }}>
          <caption style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0' }}>{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col" style={TH}>
                {PROACTIVE_HEADER_LABEL}
              </th>
              {t.columns.map((c) => (
                <th key={c.key} scope="col" style={TH}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {t.rows.map((r) => (
              <tr key={r.key}>
                <th scope="row" style={{ ...TH, fontWeight: 400 }}>
                  {r.label}
                </th>
                {t.columns.map((c) => (
                  <td key={c.key} style={TD}>
                    {valueText(view.proactive[r.key]?.[c.key], c.kind)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}

const TH = { border: '1px solid #d9d9d9', padding: '6px 8px', background: '#fafafa', textAlign: 'left' as const };
const TD = { border: '1px solid #d9d9d9', padding: '6px 8px', textAlign: 'right' as const };
