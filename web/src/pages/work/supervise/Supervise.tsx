// 监督汇总 (supervisors and administrators): a year's figures of every agency in scope from their
// records, as a tree whose agency rows are sums (合计 = 本级 + the agencies below, cell by cell on the
// server), the charts, the agencies whose report is late, missing or failing, and a bulk reading of
// published report files.
import { Card, Col, Empty, Flex, Row, Select, Space, Statistic, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../../../api';
import { ErrorBox } from '../../../components/ErrorBox';
import { Loading } from '../../../components/Loading';
import type { Me } from '../../../session';
import { chineseDate } from '../../../../../src/core/calendar/iso-date.js';
import { keyTotals } from '../../../../../src/core/figures-summary.js';
import { percent, type AgencyRollup, type KeyTotals, type ReportState, type RollupView, type Timeliness } from './model';
import { PageTitle } from '../PageTitle';
import { Uploads } from './Uploads';

const DashboardCharts = lazy(() => import('./Charts'));

interface TreeRow {
  key: string;
  agencyId: string;
  name: string;
  totals: KeyTotals | null;
  previous: KeyTotals | null;
  timeliness: Timeliness;
  report: ReportState | null;
  problems: AgencyRollup['problems'];
  children?: TreeRow[];
}

/** An agency with agencies below: a 合计 row over a 本级 row and theirs. */
function treeRows(all: readonly AgencyRollup[], parentId: string | null): TreeRow[] {
  return all
    .filter((a) => a.parentId === parentId)
    .map((a): TreeRow => {
      const own: TreeRow = {
        key: a.agencyId,
        agencyId: a.agencyId,
        name: a.agencyName,
        totals: a.figures ? keyTotals(a.figures) : null,
        previous: a.childIds.length > 0 ? null : a.previousTotals,
        timeliness: a.ownTimeliness,
        report: a.report,
        problems: a.problems,
      };
      if (a.childIds.length === 0) return own;
      return {
        key: `${a.agencyId}-sum`,
        agencyId: a.agencyId,
        name: `${a.agencyName}（合计）`,
        totals: a.totals,
        previous: a.previousTotals,
        timeliness: a.timeliness,
        report: null,
        problems: [],
        children: [{ ...own, name: `${a.agencyName}（本级）` }, ...treeRows(all, a.agencyId)],
      };
    });
}

function ReportTags({ report, year, agencyId }: { report: ReportState; year: number; agencyId: string }) {
  return (
    <Space size={4} wrap>
      {report.published && <Tag color="green">已发布（{chineseDate(report.published.firstPublishedOn)}）</Tag>}
      {!report.published && report.latest && <Tag>{report.latest.statusLabel}</Tag>}
      {!report.published && !report.latest && <Tag>未起草</Tag>}
      {report.late && <Tag color="red">逾期{report.daysLate}天</Tag>}
      {report.failing && <Tag color="orange">检查有错误</Tag>}
      {report.latest && <Link to={`/work/reports?year=${year}&agencyId=${agencyId}`}>查看</Link>}
    </Space>
  );
}

function yoy(now: number | null | undefined, before: number | null | undefined): string {
  if (now === null || now === undefined || before === null || before === undefined) return '—';
  const d = now - before;
  return d === 0 ? '持平' : d > 0 ? `+${d}` : String(d);
}

const LIST = { listStyle: 'none', margin: 0, padding: 0 } as const;
const ITEM = { padding: '8px 0', borderBottom: '1px solid #f0f0f0' } as const;

const num = (v: number | null | undefined) => (v === null || v === undefined ? '—' : v);

export default function Supervise({ me }: { me: Me }) {
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= 2019 && asked <= thisYear ? asked : thisYear - 1;
  const [rollup, setRollup] = useState<RollupView | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    setRollup(null);
    setError(null);
    api.get<RollupView>(`/api/supervision/${year}/rollup`).then((r) => live && setRollup(r), (e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
  }, [year]);

  const columns: TableColumnsType<TreeRow> = [
    {
      title: '机关',
      dataIndex: 'name',
      key: 'name',
      render: (name: string, r) => (
        <Space size={4} wrap>
          <span>{name}</span>
          {r.problems.length > 0 && (
            <Tooltip title={r.problems.map((p) => p.message).join('；')}>
              <Tag color="red" tabIndex={0}>
                记录有{r.problems.length}处问题
              </Tag>
            </Tooltip>
          )}
        </Space>
      ),
    },
    { title: '本年新收', key: 'newReceived', align: 'right', render: (_, r) => num(r.totals?.newReceived) },
    { title: '上年结转', key: 'carriedOver', align: 'right', render: (_, r) => num(r.totals?.carriedOver) },
    { title: '本年办结', key: 'concluded', align: 'right', render: (_, r) => num(r.totals?.concluded) },
    { title: '结转下年', key: 'carriedForward', align: 'right', render: (_, r) => num(r.totals?.carriedForward) },
    { title: '予以公开', key: 'granted', align: 'right', render: (_, r) => num(r.totals?.granted) },
    { title: '行政复议', key: 'reviews', align: 'right', render: (_, r) => num(r.totals?.reviews) },
    { title: '行政诉讼', key: 'lawsuits', align: 'right', render: (_, r) => num(r.totals?.lawsuits) },
    { title: `新收同比${year - 1}年`, key: 'yoy', align: 'right', render: (_, r) => yoy(r.totals?.newReceived, r.previous?.newReceived) },
    { title: '按时答复率', key: 'onTime', align: 'right', render: (_, r) => percent(r.timeliness.onTimeRate) },
    { title: '当前逾期', key: 'overdue', align: 'right', render: (_, r) => (r.timeliness.overdueNow > 0 ? <Typography.Text type="danger">{r.timeliness.overdueNow}</Typography.Text> : 0) },
    { title: '年度报告', key: 'report', render: (_, r) => (r.report ? <ReportTags report={r.report} year={year} agencyId={r.agencyId} /> : null) },
  ];

  const o = rollup?.overall;
  const published = rollup ? rollup.agencies.filter((a) => a.report.published).length : 0;
  return (
    <>
      <PageTitle>监督汇总</PageTitle>
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }}>
        <label htmlFor="supervise-year">统计年度</label>
        <Select
          id="supervise-year"
          style={{ width: 120 }}
          value={year}
          onChange={(y) => setParams({ year: String(y) })}
          options={Array.from({ length: thisYear - 2019 + 1 }, (_, i) => thisYear - i).map((y) => ({ value: y, label: `${y}年` }))}
        />
        <Typography.Text type="secondary">{me.agencyName}及所属机关，数据按各机关的办理记录统计</Typography.Text>
      </Flex>
      <ErrorBox error={error} title="无法读取汇总数据" />
      {!rollup && !error && <Loading />}
      {rollup && o && (
        <>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={12} md={8} xl={4}>
              <Card size="small">
                <Statistic title="本年新收申请" value={num(o.totals.newReceived)} suffix="件" />
                <Typography.Text type="secondary">同比{year - 1}年：{yoy(o.totals.newReceived, o.previousTotals?.newReceived)}</Typography.Text>
              </Card>
            </Col>
            <Col xs={12} md={8} xl={4}>
              <Card size="small">
                <Statistic title="本年办结" value={num(o.totals.concluded)} suffix="件" />
              </Card>
            </Col>
            <Col xs={12} md={8} xl={4}>
              <Card size="small">
                <Statistic title="按时答复率" value={percent(o.timeliness.onTimeRate)} />
                <Typography.Text type="secondary">
                  {o.timeliness.onTime}/{o.timeliness.concluded}件按时
                </Typography.Text>
              </Card>
            </Col>
            <Col xs={12} md={8} xl={4}>
              <Card size="small">
                <Statistic title="当前逾期未答复" value={o.timeliness.overdueNow} suffix="件" valueStyle={o.timeliness.overdueNow > 0 ? { color: '#cf1322' } : {}} />
              </Card>
            </Col>
            <Col xs={12} md={8} xl={4}>
              <Card size="small">
                <Statistic title="复议 / 诉讼" value={`${num(o.totals.reviews)} / ${num(o.totals.lawsuits)}`} />
              </Card>
            </Col>
            <Col xs={12} md={8} xl={4}>
              <Card size="small">
                <Statistic title="年度报告已发布" value={`${published} / ${rollup.agencies.length}`} />
              </Card>
            </Col>
          </Row>
          {o.leftOut.length > 0 && (
            <Typography.Paragraph type="danger">以下机关的记录有问题，未计入合计：{o.leftOut.join('、')}。</Typography.Paragraph>
          )}
          <Card title={`${year}年各机关数据汇总`} size="small" style={{ marginBottom: 16 }}>
            <Table<TreeRow>
              key={year}
              size="small"
              rowKey="key"
              columns={columns}
              dataSource={treeRows(rollup.agencies, null)}
              pagination={false}
              expandable={{ defaultExpandAllRows: true }}
              scroll={{ x: 'max-content' }}
              aria-label="各机关数据汇总"
            />
          </Card>
          <Suspense fallback={<Loading tip="正在加载图表……" />}>
            <DashboardCharts rollup={rollup} />
          </Suspense>
          <Card title="需要关注的机关（年度报告逾期、未发布或检查有错误）" size="small" style={{ marginTop: 16 }}>
            {rollup.attention.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="各机关年度报告均已按时发布且检查无错误" />
            ) : (
              <ul aria-label="需要关注的机关" style={LIST}>
                {rollup.attention.map((a) => (
                  <li key={a.agencyId} style={ITEM}>
                    <Space wrap>
                      <Link to={`/work/reports?year=${year}&agencyId=${a.agencyId}`}>{a.agencyName}</Link>
                      {a.issues.map((i) => (
                        <Tag key={i.kind} color={i.kind === 'late' ? 'red' : i.kind === 'failing' ? 'orange' : 'default'}>
                          {i.label}
                        </Tag>
                      ))}
                    </Space>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </>
      )}
      <Card title="批量读取已发布的年度报告" size="small" style={{ marginTop: 16 }}>
        <Uploads />
      </Card>
    </>
  );
}
