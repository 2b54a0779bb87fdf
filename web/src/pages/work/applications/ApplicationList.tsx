// 依申请公开 list: the agency's applications by state, with the working days left to reply (orange
// when due soon, red when overdue). Filters live in the address (?state=&open=&due=&text=&page=),
// so the Overview's links and the browser's back button work.
import { Checkbox, Empty, Input, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../../../api';
import { ErrorBox } from '../../../components/ErrorBox';
import type { Me } from '../../../session';
import { STATE_LABELS, type ApplicationState } from '../../../../../src/core/applications/types.js';
import { ButtonLink } from '../../public/ButtonLink';
import { PageTitle } from '../PageTitle';
import { dateText, handles, type ApplicationView } from './model';
import { DaysLeft, StateTag } from './parts';

const STATES = Object.keys(STATE_LABELS) as ApplicationState[];
const PAGE_SIZES = [20, 50, 100];

function listQuery(params: URLSearchParams): { query: string; page: number; size: number } {
  const q = new URLSearchParams();
  for (const s of params.getAll('state')) if ((STATES as string[]).includes(s)) q.append('state', s);
  if (params.get('open') === 'true') q.set('open', 'true');
  const due = params.get('due');
  if (due === 'soon' || due === 'overdue') q.set('due', due);
  const text = params.get('text')?.trim();
  if (text) q.set('text', text.slice(0, 100));
  const size = PAGE_SIZES.includes(Number(params.get('size'))) ? Number(params.get('size')) : 20;
  const page = Math.max(1, Math.floor(Number(params.get('page')) || 1));
  q.set('limit', String(size));
  q.set('offset', String((page - 1) * size));
  return { query: q.toString(), page, size };
}

export default function ApplicationList({ me }: { me: Me }) {
  const [params, setParams] = useSearchParams();
  const { query, page, size } = listQuery(params);
  const [data, setData] = useState<{ items: ApplicationView[]; total: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [text, setText] = useState(params.get('text') ?? '');

  useEffect(() => {
    let live = true;
    setLoading(true);
    setError(null);
    api
      .get<{ items: ApplicationView[]; total: number }>(`/api/applications?${query}`)
      .then((r) => live && setData(r), (e: unknown) => live && setError(e))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [query]);

  /** Changes filters (back to the first page unless the page itself changes). */
  const update = (change: Record<string, string | string[] | null>) => {
    const next = new URLSearchParams(params);
    if (!('page' in change)) next.delete('page');
    for (const [key, value] of Object.entries(change)) {
      next.delete(key);
      for (const v of Array.isArray(value) ? value : value ? [value] : []) next.append(key, v);
    }
    setParams(next);
  };

  const columns: TableColumnsType<ApplicationView> = [
    {
      title: '查询码 / 申请编号',
      key: 'code',
      width: 170,
      render: (_, a) => (
        <Space direction="vertical" size={0}>
          <Link to={`/work/applications/${a.id}`}>{a.trackingCode}</Link>
          {a.referenceNumber && <Typography.Text type="secondary">{a.referenceNumber}</Typography.Text>}
        </Space>
      ),
    },
    {
      title: '申请人',
      key: 'applicant',
      width: 220,
      render: (_, a) => (
        <Space direction="vertical" size={0}>
          <span>
            {a.applicant.name ?? '—'}（{a.applicantTypeLabel}）
          </span>
          {(a.applicant.idNumber || a.applicant.phone) && (
            <Typography.Text type="secondary">{[a.applicant.idNumber, a.applicant.phone].filter(Boolean).join(' · ')}</Typography.Text>
          )}
        </Space>
      ),
    },
    { title: '申请内容', dataIndex: 'content', ellipsis: true, render: (c: string | null) => c ?? '—' },
    { title: '收到日期', dataIndex: 'receivedOn', render: dateText },
    { title: '状态', key: 'state', render: (_, a) => <StateTag app={a} /> },
    { title: '答复期限', key: 'due', render: (_, a) => dateText(a.reply?.due ?? a.deadlines?.due) },
    { title: '剩余工作日', key: 'left', render: (_, a) => <DaysLeft reply={a.reply} /> },
  ];

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <PageTitle>依申请公开</PageTitle>
        {handles(me.role) && (
          <Space>
            <ButtonLink to="/work/ledger">导入台账</ButtonLink>
            <ButtonLink to="/work/applications/new" type="primary">
              登记申请
            </ButtonLink>
          </Space>
        )}
      </Space>
      <div role="search" aria-label="筛选申请">
        <Space wrap style={{ marginBottom: 16 }}>
          <Select
            mode="multiple"
            allowClear
            aria-label="状态"
            placeholder="全部状态"
            style={{ minWidth: 220 }}
            value={params.getAll('state').filter((s) => (STATES as string[]).includes(s))}
            options={STATES.map((s) => ({ value: s, label: STATE_LABELS[s] }))}
            onChange={(v: string[]) => update({ state: v })}
          />
          <Select
            aria-label="期限"
            style={{ width: 200 }}
            value={params.get('due') ?? ''}
            options={[
              { value: '', label: '全部期限' },
              { value: 'soon', label: '3个工作日内到期（含已逾期）' },
              { value: 'overdue', label: '已逾期' },
            ]}
            onChange={(v: string) => update({ due: v || null })}
          />
          <Checkbox checked={params.get('open') === 'true'} onChange={(e) => update({ open: e.target.checked ? 'true' : null })}>
            只看未办结
          </Checkbox>
          <Input.Search
            aria-label="关键词"
            placeholder="查询码、申请编号或申请人"
            allowClear
            value={text}
            maxLength={100}
            onChange={(e) => setText(e.target.value)}
            onSearch={(v) => update({ text: v.trim() || null })}
            enterButton="搜索"
            style={{ width: 320 }}
          />
        </Space>
      </div>
      <ErrorBox error={error} title="申请列表加载失败" />
      <Table<ApplicationView>
        rowKey="id"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={loading}
        locale={{ emptyText: <Empty description="没有符合条件的申请" /> }}
        onRow={(a) => ({ style: a.reply?.status === 'overdue' ? { background: '#fff1f0' } : a.reply?.status === 'dueSoon' ? { background: '#fff7e6' } : {} })}
        pagination={{
          current: page,
          pageSize: size,
          total: data?.total ?? 0,
          pageSizeOptions: PAGE_SIZES,
          showSizeChanger: true,
          showTotal: (total) => `共 ${total} 件`,
          onChange: (p, s) => update(s !== size ? { size: String(s) } : { page: String(p) }),
        }}
        scroll={{ x: 900 }}
      />
    </>
  );
}
