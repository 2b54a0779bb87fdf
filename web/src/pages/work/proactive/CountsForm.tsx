// The cells of section 二 staff enter for a year (those the register cannot give), grouped by the
// item of 条例第二十条 and by row as the report prints them. Each kind of value is entered with its own
// precision; the server checks the whole year and its findings are shown beside the cells they name.
import { Alert, Button, Empty, InputNumber, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { api, ApiError } from '../../../api';
import { ErrorBox } from '../../../components/ErrorBox';
import { Loading } from '../../../components/Loading';
import { DoneNote } from '../DoneNote';
import { cellKey, cellOfMessage, VALUE_INPUT, type CountCell, type CountsView } from './model';

type Values = Record<string, number | null>;

interface Caption {
  caption: string;
  columns: { key: string; label: string }[];
  rows: { key: string; label: string; cells: Map<string, CountCell> }[];
}

function byCaption(cells: readonly CountCell[]): Caption[] {
  const out: Caption[] = [];
  for (const c of cells) {
    let group = out.find((g) => g.caption === c.caption);
    if (!group) out.push((group = { caption: c.caption, columns: [], rows: [] }));
    if (!group.columns.some((k) => k.key === c.column)) group.columns.push({ key: c.column, label: c.columnLabel });
    let row = group.rows.find((r) => r.key === c.row);
    if (!row) group.rows.push((row = { key: c.row, label: c.rowLabel, cells: new Map() }));
    row.cells.set(c.column, c);
  }
  return out;
}

const valuesOf = (cells: readonly CountCell[]): Values => Object.fromEntries(cells.map((c) => [cellKey(c.row, c.column), c.value]));

export function CountsForm({ year, canWrite, revision, onSaved }: { year: number; canWrite: boolean; revision: number; onSaved(): void }) {
  const [view, setView] = useState<CountsView | null>(null);
  const [values, setValues] = useState<Values>({});
  const [loadError, setLoadError] = useState<unknown>(null);
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setView(null);
    setLoadError(null);
    setSaveError(null);
    api.get<CountsView>(`/api/proactive/counts/${year}`).then(
      (v) => {
        if (!live) return;
        setView(v);
        setValues(valuesOf(v.cells));
      },
      (e: unknown) => live && setLoadError(e),
    );
    return () => {
      live = false;
    };
  }, [year, revision]);

  const groups = useMemo(() => byCaption(view?.cells ?? []), [view]);
  // Server findings by the cell they name; the rest stay in the box above the form.
  const { byCell, general } = useMemo(() => {
    const byCell = new Map<string, string[]>();
    const general: string[] = [];
    const details = (saveError?.details ?? []) as { message?: string }[];
    for (const d of details) {
      if (typeof d.message !== 'string') continue;
      const key = view ? cellOfMessage(d.message, view.cells) : null;
      if (key) byCell.set(key, [...(byCell.get(key) ?? []), d.message]);
      else general.push(d.message);
    }
    return { byCell, general };
  }, [saveError, view]);

  if (loadError) return <ErrorBox error={loadError} title="填报数据加载失败" />;
  if (!view) return <Loading />;
  const dirty = view.cells.some((c) => (values[cellKey(c.row, c.column)] ?? null) !== c.value);

  const save = async () => {
    setBusy(true);
    setSaveError(null);
    setDone(null);
    // Blank cells are left out (absent means not entered): the server's validation turns a null in a
    // number-or-null field into 0.
    const body: Record<string, Record<string, number>> = {};
    for (const c of view.cells) {
      const value = values[cellKey(c.row, c.column)];
      if (typeof value === 'number') (body[c.row] ??= {})[c.column] = value;
    }
    try {
      const saved = await api.put<CountsView>(`/api/proactive/counts/${year}`, { values: body });
      setView(saved);
      setValues(valuesOf(saved.cells));
      setDone(`已保存${year}年度填报数据`);
      onSaved();
    } catch (e) {
      setSaveError(e instanceof ApiError ? e : new ApiError(0, 'UNKNOWN', '保存失败，请稍后重试。'));
    } finally {
      setBusy(false);
    }
  };

  if (groups.length === 0) return <Empty description={`${year}年度没有需要手工填写的数据`} />;
  return (
    <form
      aria-label={`${year}年度填报数据`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Typography.Paragraph type="secondary">
        {year}年度报告适用{view.format}年版格式。以下为登记簿不能统计、需要手工填写的格子；不填的格子在报告中留空。
      </Typography.Paragraph>
      {saveError && (
        <Alert
          role="alert"
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          message="保存未成功"
          description={
            <>
              {byCell.size === 0 && general.length === 0 && saveError.message}
              {byCell.size > 0 && <div>有{[...byCell.values()].flat().length}处填写有误，请按格子下方的提示修改。</div>}
              {general.map((m, i) => (
                <div key={i}>{m}</div>
              ))}
            </>
          }
        />
      )}
      {groups.map((g) => (
        <table key={g.caption} style={{ borderCollapse: 'collapse', width: '100%', marginBottom: 20 }}>
          <caption style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0' }}>{g.caption}</caption>
          <thead>
            <tr>
              <th scope="col" style={TH}>
                信息内容
              </th>
              {g.columns.map((c) => (
                <th key={c.key} scope="col" style={TH}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {g.rows.map((r) => (
              <tr key={r.key}>
                <th scope="row" style={{ ...TH, fontWeight: 400 }}>
                  {r.label}
                </th>
                {g.columns.map((c) => {
                  const cell = r.cells.get(c.key);
                  if (!cell) return <td key={c.key} style={TD}><Typography.Text type="secondary">由登记簿统计</Typography.Text></td>;
                  const key = cellKey(r.key, c.key);
                  const input = VALUE_INPUT[cell.kind];
                  const problems = byCell.get(key) ?? [];
                  return (
                    <td key={c.key} style={TD}>
                      <InputNumber
                        aria-label={`${r.label}：${c.label}`}
                        aria-invalid={problems.length > 0 || undefined}
                        aria-describedby={problems.length > 0 ? `problem-${key}` : undefined}
                        status={problems.length > 0 ? 'error' : undefined}
                        disabled={!canWrite}
                        precision={input.precision}
                        {...(input.min !== undefined ? { min: input.min } : {})}
                        step={input.precision === 0 ? 1 : 1 / 10 ** input.precision}
                        max={1e12}
                        style={{ width: '100%', maxWidth: 200 }}
                        placeholder={input.hint}
                        value={values[key] ?? null}
                        onChange={(v) => setValues((old) => ({ ...old, [key]: typeof v === 'number' ? v : null }))}
                      />
                      {problems.length > 0 && (
                        <div id={`problem-${key}`}>
                          {problems.map((m, i) => (
                            <Typography.Text key={i} type="danger" style={{ display: 'block', fontSize: 12 }}>
                              {m}
                            </Typography.Text>
                          ))}
                        </div>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      <DoneNote text={done} onClose={() => setDone(null)} />
      {canWrite && (
        <Space>
          <Button type="primary" htmlType="submit" loading={busy} disabled={!dirty}>
            保存填报数据
          </Button>
          {dirty && <Typography.Text type="warning">有未保存的修改</Typography.Text>}
        </Space>
      )}
    </form>
  );
}

const TH = { border: '1px solid #d9d9d9', padding: '6px 8px', background: '#fafafa', textAlign: 'left' as const };
const TD = { border: '1px solid #d9d9d9', padding: '6px 8px', verticalAlign: 'top' as const };
