// The checks' findings beside the report: errors first, each with where it is and a button that
// scrolls to that cell, row or text in the document and highlights it.
import { Button, Empty, Tag, Typography } from 'antd';
import type { FormatVersion } from '../../../../../src/core/formats.js';
import { findingPlace, SEVERITY_NAMES } from '../../../../../src/render/labels.js';
import { hasPlace, type Finding } from './model';

const SEVERITY_COLORS = { error: 'red', warning: 'orange', info: 'default' } as const;

export function FindingsPanel({ findings, format, onLocate, label = '检查结果' }: { findings: readonly Finding[]; format: FormatVersion; onLocate: (f: Finding) => void; label?: string }) {
  if (findings.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="检查未发现问题" />;
  return (
    <ul aria-label={label} className="gk-findings">
      {findings.map((f, i) => {
        const place = findingPlace(format, f);
        return (
          <li key={`${f.code}-${i}`}>
            <div>
              <Tag color={SEVERITY_COLORS[f.severity]}>{SEVERITY_NAMES[f.severity]}</Tag>
              <Typography.Text>{f.message}</Typography.Text>
            </div>
            {hasPlace(f) && (
              <Button type="link" size="small" style={{ paddingInline: 0 }} onClick={() => onLocate(f)}>
                定位：{place || '报告正文'}
              </Button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
