// 复议诉讼: the agency's 行政复议 and 行政诉讼 cases, filtered as section 四 of a year's report counts
// them (?year=&kind=&pending= in the address); staff register a case and record its conclusion, the
// administrator reads.
import { Button, Checkbox, Empty, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../../../api';
import { ErrorBox } from '../../../components/ErrorBox';
import type { Me } from '../../../session';
import { PageTitle } from '../PageTitle';
import { APPEAL_KINDS, appealKindLabel, type AppealKind } from '../../../../../src/core/appeals/appeals.js';
import { yearOf } from '../../../../../src/core/calendar/iso-date.js';
import { dateText, handles, useToday } from '../applications/model';
import { AppealForm } from './AppealForm';
import { DoneNote } from '../DoneNote';
import { ConcludeForm } from './ConcludeForm';
import { STATUS_COLORS, yearsUpTo, type AppealView } from './model';

function listQuery(params: URLSearchParams): string {
  const q = new URLSearchParams();
  const year = Number(params.get('year'));
  if (Number.isInteger(year) && year >= 2008 && year <= 2199) q.set('year', String(year));
  const kind = params.get('kind');
  if (kind && (APPEAL_KINDS as readonly string[]).includes(kind)) q.set('kind', kind);
  if (params.get('pending') === 'true') q.set('pending', 'true');
  return q.toString();
}

/** The application a case concerns, by its tracking code (read once per page). */
function ApplicationLink({ id }: { id: string }) {
  const [code, setCode] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api.get<{ trackingCode: string }>(`/api/applications/${id}`).then(
      (a) => live && setCode(a.trackingCode),
      () => live && setCode('查看申请'),
    );
    return () => {
      live = false;
    };
  }, [id]);
  return <Link to={`/work/applications/${id}`}>{code ?? '查看申请'}</Link>;
}

export default function AppealList({ me }: { me: Me }) {
  const [params, setParams] = useSearchParams();
  const query = listQuery(params);
  const { today, error: todayError } = useToday();
  const [data, setData] = useState<{ items: AppealView[]; total: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [reload, setReload] = useState(0);
  const [registering, setRegistering] = useState(false);
  const [concluding, setConcluding] = useState<AppealView | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const canWrite = handles(me.role);

  useEffect(() => {
    let live = true;
    setLoading(true);
    setError(null);
    api
      .get<{ items: AppealView[]; total: number }>(`/api/appeals${query ? `?${query}` : ''}`)
      .then((r) => live && setData(r), (e: unknown) => live && setError(e))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [query, reload]);

  const update = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };

  const columns: TableColumnsType<AppealView> = [
    { title: '案号', dataIndex: 'caseNumber', width: 200 },
    { title: '类别', dataIndex: 'kindLabel', width: 140 },
    { title: '复议机关或法院', dataIndex: 'body', render: (b: string | null) => b ?? '—' },
    { title: '申请复议或起诉日期', dataIndex: 'filedOn', render: dateText },
    { title: '所涉申请', key: 'application', render: (_, a) => (a.applicationId ? <ApplicationLink id={a.applicationId} /> : '—') },
    { title: '结果', key: 'status', render: (_, a) => <Tag color={STATUS_COLORS[a.status]}>{a.statusLabel}</Tag> },
    { title: '审结日期', dataIndex: 'concludedOn', render: dateText },
    ...(canWrite
      ? [
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, a: AppealView) =>
              a.concludedOn === null ? (
                <Button size="small" onClick={() => setConcluding(a)} aria-label={`登记审结：${a.caseNumber}`}>
                  登记审结
                </Button>
              ) : null,
          },
        ]
      : []),
  ];

  const thisYear = today ? yearOf(today) : new Date().getFullYear();
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <PageTitle>复议诉讼</PageTitle>
        {canWrite && (
          <Button type="primary" disabled={!today} onClick={() => setRegistering(true)}>
            登记案件
          </Button>
        )}
      </Space>
      <Typography.Paragraph type="secondary">
        本机关作为被申请人或被告的政府信息公开行政复议、行政诉讼案件。选择年度时，按年度报告第四部分的口径列出：当年12月31日前提起、且未在当年1月1日前审结的案件。
      </Typography.Paragraph>
      <div role="search" aria-label="筛选案件">
        <Space wrap style={{ marginBottom: 16 }}>
          <Select
            aria-label="年度"
            style={{ width: 140 }}
            value={params.get('year') ?? ''}
            options={[{ value: '', label: '全部年度' }, ...yearsUpTo(thisYear).map((y) => ({ value: String(y), label: `${y}年` }))]}
            onChange={(v: string) => update('year', v || null)}
          />
          <Select
            aria-label="类别"
            style={{ width: 180 }}
            value={params.get('kind') ?? ''}
            options={[{ value: '', label: '全部类别' }, ...APPEAL_KINDS.map((k: AppealKind) => ({ value: k, label: appealKindLabel(k) }))]}
            onChange={(v: string) => update('kind', v || null)}
          />
          <Checkbox checked={params.get('pending') === 'true'} onChange={(e) => update('pending', e.target.checked ? 'true' : null)}>
            只看尚未审结
          </Checkbox>
        </Space>
      </div>
      <DoneNote text={done} onClose={() => setDone(null)} />
      <ErrorBox error={todayError ?? error} title="案件列表加载失败" />
      <Table<AppealView>
        rowKey="id"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={loading}
        locale={{ emptyText: <Empty description="没有符合条件的复议或诉讼案件" /> }}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (total) => `共 ${total} 件` }}
        scroll={{ x: 900 }}
      />
      {registering && today && (
        <AppealForm
          today={today}
          onCancel={() => setRegistering(false)}
          onDone={(a) => {
            setRegistering(false);
            setDone(`已登记${a.kindLabel}：${a.caseNumber}`);
            setReload((n) => n + 1);
          }}
        />
      )}
      {concluding && today && (
        <ConcludeForm
          appeal={concluding}
          today={today}
          onCancel={() => setConcluding(null)}
          onDone={(a) => {
            setConcluding(null);
            setDone(`已登记审结：${a.caseNumber}（${a.statusLabel}）`);
            setReload((n) => n + 1);
          }}
        />
      )}
    </>
  );
}
