// The working calendar deadlines are counted on: the official arrangements built in, and the
// administrator's days for one year at a time (a year not yet covered, or a local holiday), with the
// mark that a year's arrangement is complete.
import { Alert, Button, Checkbox, DatePicker, Descriptions, Empty, Input, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { api } from '../../../api';
import { ErrorBox } from '../../../components/ErrorBox';
import { Loading } from '../../../components/Loading';
import { fromIso, toIso } from '../applications/model';
import { DoneNote } from '../DoneNote';

interface Override {
  date: string;
  working: boolean;
  note: string;
}

interface CalendarView {
  overrides: Override[];
  completeYears: number[];
  official: { from: number; to: number };
  known: { from: number; until: number };
}

interface Line {
  key: number;
  date: Dayjs | null;
  working: boolean;
  note: string;
}

let nextKey = 1;
const lineOf = (o: Override): Line => ({ key: nextKey++, date: fromIso(o.date), working: o.working, note: o.note });

/** Why the year's lines cannot be saved, in Chinese; null when they can. */
function linesProblem(lines: readonly Line[], year: number): string | null {
  const seen = new Set<string>();
  for (const [i, l] of lines.entries()) {
    const n = i + 1;
    if (!l.date) return `第${n}行没有选择日期。`;
    if (l.date.year() !== year) return `第${n}行的日期不属于${year}年。`;
    if (!l.note.trim()) return `第${n}行没有填写说明。`;
    if (l.note.trim().length > 100) return `第${n}行的说明超过100个字。`;
    const iso = toIso(l.date);
    if (seen.has(iso)) return `${iso}出现了两次，请只保留一条。`;
    seen.add(iso);
  }
  return null;
}

function YearEditor({ year, view, onSaved }: { year: number; view: CalendarView; onSaved(v: CalendarView, done: string): void }) {
  const [lines, setLines] = useState<Line[]>(() => view.overrides.filter((o) => o.date.startsWith(`${year}-`)).sort((a, b) => a.date.localeCompare(b.date)).map(lineOf));
  const [complete, setComplete] = useState(view.completeYears.includes(year));
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const official = year >= view.official.from && year <= view.official.to;

  const change = (key: number, patch: Partial<Line>) => setLines((old) => old.map((l) => (l.key === key ? { ...l, ...patch } : l)));
  const save = async () => {
    const p = linesProblem(lines, year);
    setProblem(p);
    setError(null);
    if (p) return;
    setBusy(true);
    try {
      const overrides = lines.map((l) => ({ date: toIso(l.date!), working: l.working, note: l.note.trim() }));
      const saved = await api.put<CalendarView>(`/api/calendar/${year}`, { overrides, complete });
      onSaved(saved, `已保存${year}年的工作日历`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const columns: TableColumnsType<Line> = [
    {
      title: '日期',
      key: 'date',
      width: 200,
      render: (_, l, i) => (
        <DatePicker
          aria-label={`第${i + 1}行日期`}
          value={l.date}
          onChange={(d: Dayjs | null) => change(l.key, { date: d })}
          defaultPickerValue={fromIso(`${year}-01-01`)}
          disabledDate={(d) => d.year() !== year}
          style={{ width: '100%' }}
        />
      ),
    },
    {
      title: '安排',
      key: 'working',
      width: 170,
      render: (_, l, i) => (
        <Select
          aria-label={`第${i + 1}行安排`}
          value={l.working ? 'working' : 'rest'}
          onChange={(v: string) => change(l.key, { working: v === 'working' })}
          options={[
            { value: 'rest', label: '休息日（放假）' },
            { value: 'working', label: '工作日（调休上班）' },
          ]}
          style={{ width: '100%' }}
        />
      ),
    },
    {
      title: '说明',
      key: 'note',
      render: (_, l, i) => <Input aria-label={`第${i + 1}行说明`} value={l.note} maxLength={100} placeholder="如 元旦、春节调休上班、自治区成立纪念日" onChange={(e) => change(l.key, { note: e.target.value })} />,
    },
    {
      title: '操作',
      key: 'remove',
      width: 90,
      render: (_, l, i) => (
        <Button autoInsertSpace={false} aria-label={`删除第${i + 1}行`} onClick={() => setLines((old) => old.filter((o) => o.key !== l.key))}>
          删除
        </Button>
      ),
    },
  ];

  return (
    <section aria-label={`${year}年的调整`}>
      {official && <Alert type="info" showIcon style={{ marginBottom: 12 }} message={`${year}年的节假日安排已内置（国务院办公厅公布），这里只需录入本地区的地方性假日等调整。`} />}
      <Table<Line> rowKey="key" size="small" columns={columns} dataSource={lines} pagination={false} locale={{ emptyText: <Empty description={`${year}年没有调整`} /> }} scroll={{ x: 700 }} />
      <Space direction="vertical" style={{ marginTop: 12, width: '100%' }}>
        <Button onClick={() => setLines((old) => [...old, { key: nextKey++, date: null, working: false, note: '' }])}>添加日期</Button>
        <Checkbox checked={complete} onChange={(e) => setComplete(e.target.checked)}>
          {year}年的节假日安排已完整录入（勾选后，计算期限时不再提示“超出日历”）
        </Checkbox>
        {problem && (
          <Typography.Text type="danger" role="alert">
            {problem}
          </Typography.Text>
        )}
        <ErrorBox error={error} title="保存未成功" />
        <Button type="primary" loading={busy} onClick={() => void save()}>
          保存{year}年的日历
        </Button>
      </Space>
    </section>
  );
}

export function Calendar({ thisYear }: { thisYear: number }) {
  const [view, setView] = useState<CalendarView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [year, setYear] = useState<number | null>(null);
  const [done, setDone] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api.get<CalendarView>('/api/calendar').then(
      (v) => {
        if (!live) return;
        setView(v);
        // The first year nobody has covered yet is usually the one to enter.
        setYear((y) => y ?? Math.max(v.known.until + 1, v.official.from));
      },
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, []);
  if (error) return <ErrorBox error={error} title="工作日历加载失败" />;
  if (!view || year === null) return <Loading />;
  const years: number[] = [];
  for (let y = Math.max(thisYear, view.known.until) + 2; y >= view.official.from; y--) years.push(y);
  const adjusted = [...new Set(view.overrides.map((o) => Number(o.date.slice(0, 4))))].sort((a, b) => a - b);
  return (
    <>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        message="工作日历用于计算答复期限、补正期限等以工作日计的期限"
        description={
          <>
            <p style={{ margin: 0 }}>
              系统已内置国务院办公厅公布的{view.official.from}年至{view.official.to}年节假日安排，这些年份无需录入。以下调整只用于两种情况：
            </p>
            <ol style={{ margin: '4px 0 0', paddingLeft: 20 }}>
              <li>官方数据尚未覆盖的年份：国务院办公厅公布次年安排后，请逐日录入放假日期和调休上班日期，并勾选“节假日安排已完整录入”；</li>
              <li>本地区的地方性假日（如民族自治地方的自治区、自治州成立纪念日），按休息日录入。</li>
            </ol>
          </>
        }
      />
      <Descriptions size="small" bordered column={1} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="内置官方安排">
          {view.official.from}年至{view.official.to}年
        </Descriptions.Item>
        <Descriptions.Item label="连续已知安排">
          {view.known.from}年至{view.known.until}年{view.known.until < thisYear && <Tag color="red" style={{ marginLeft: 8 }}>今年的安排尚未录入</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label="已完整录入的年份">{view.completeYears.length > 0 ? [...view.completeYears].sort((a, b) => a - b).map((y) => `${y}年`).join('、') : '无'}</Descriptions.Item>
        <Descriptions.Item label="有调整的年份">{adjusted.length > 0 ? adjusted.map((y) => `${y}年`).join('、') : '无'}</Descriptions.Item>
      </Descriptions>
      <Space style={{ marginBottom: 12 }}>
        <label htmlFor="calendar-year">编辑年份</label>
        <Select id="calendar-year" style={{ width: 120 }} value={year} onChange={setYear} options={years.map((y) => ({ value: y, label: `${y}年` }))} />
      </Space>
      {/* Keyed by year (and the saved state) so the editor starts from what is stored. */}
      <YearEditor key={`${year}-${view.overrides.length}-${view.completeYears.join()}`} year={year} view={view}
        onSaved={(v, text) => {
          setView(v);
          setDone(text);
        }}
      />
      <DoneNote text={done} onClose={() => setDone(null)} />
    </>
  );
}
