// 年度报告: the agency's annual report of a year. Without a version: the figures the records give now
// and 生成草稿. With one: the document as the export prints it, the texts edited in place while it is a
// draft, the checks beside it (each 定位 scrolls to its cell or text and highlights it), the steps by
// role and status (提交审核 by staff, 审核通过 / 退回修改 / 发布 by the 审核人), versions and downloads.
// The year, version and agency (a supervisor reading an agency below) live in the address.
import { Alert, App, Button, Card, Col, Empty, Flex, List, Modal, Popconfirm, Row, Select, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, ApiError, messageOf } from '../../../api';
import { ErrorBox } from '../../../components/ErrorBox';
import { Loading } from '../../../components/Loading';
import type { Me } from '../../../session';
import { chineseDate } from '../../../../../src/core/calendar/iso-date.js';
import { SECTIONS } from '../../../../../src/core/formats.js';
import { PageTitle } from '../PageTitle';
import { FindingsPanel } from './FindingsPanel';
import { locate, reportPath, STATUS_COLORS, timeText, type Finding, type FiguresView, type Narratives, type SectionNo, type VersionList, type VersionView } from './model';
import { ReportDocument } from './ReportDocument';

const DOWNLOADS = [
  { ext: 'docx', label: 'Word（DOCX）' },
  { ext: 'pdf', label: 'PDF' },
  { ext: 'xlsx', label: 'Excel（XLSX）' },
  { ext: 'json', label: '数据（JSON）' },
  { ext: 'html', label: '网页（HTML）' },
] as const;

type Step = 'refresh' | 'submit' | 'approve' | 'return' | 'publish';
const STEP_DONE: Readonly<Record<Step, string>> = { refresh: '已按记录重新统计', submit: '已提交审核', approve: '已审核通过', return: '已退回修改', publish: '已发布' };

function yearsUpTo(last: number): number[] {
  const years: number[] = [];
  for (let y = last; y >= 2019; y--) years.push(y);
  return years;
}

/** Only the sections whose text changed; an emptied text removes the section's text. */
function changedTexts(saved: Narratives, edited: Narratives): Partial<Record<SectionNo, string | null>> {
  const out: Partial<Record<SectionNo, string | null>> = {};
  for (const { no } of SECTIONS) {
    const text = edited[no] ?? '';
    if (text !== (saved[no] ?? '')) out[no] = text.trim() === '' ? null : text;
  }
  return out;
}

export default function ReportEditor({ me }: { me: Me }) {
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= 2019 && asked <= thisYear + 1 ? asked : thisYear - 1;
  const agencyId = params.get('agencyId');
  const wanted = Number(params.get('version')) || null;
  const own = !agencyId || agencyId === me.agencyId;
  const canDraft = own && (me.role === 'clerk' || me.role === 'approver');
  const canApprove = own && me.role === 'approver';

  const [list, setList] = useState<VersionList | null>(null);
  const [view, setView] = useState<VersionView | null>(null);
  const [preview, setPreview] = useState<FiguresView | null>(null);
  const [texts, setTexts] = useState<Narratives>({});
  const [error, setError] = useState<unknown>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [exported, setExported] = useState<string | null>(null);
  const doc = useRef<HTMLDivElement>(null);

  const path = useCallback((rest: string) => reportPath(year, rest, own ? null : agencyId), [year, agencyId, own]);

  const show = useCallback((v: VersionView) => {
    setView(v);
    setTexts(v.narratives);
  }, []);

  useEffect(() => {
    let live = true;
    setLoading(true);
    setError(null);
    setActionError(null);
    setPreview(null);
    (async () => {
      const versions = await api.get<VersionList>(path('/versions'));
      if (!live) return;
      setList(versions);
      const pick = versions.items.find((i) => i.version === wanted) ?? versions.items[0];
      if (pick) {
        const v = await api.get<VersionView>(path(`/versions/${pick.version}`));
        if (live) show(v);
      } else {
        setView(null);
        setTexts({});
        const figures = await api.get<FiguresView>(path('/figures')).catch((e: unknown) => {
          if (live) setActionError(e);
          return null;
        });
        if (live) setPreview(figures);
      }
    })()
      .catch((e: unknown) => live && setError(e))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [path, wanted, show]);

  const dirty = useMemo(() => (view ? Object.keys(changedTexts(view.narratives, texts)).length > 0 : false), [view, texts]);
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const refreshList = async () => setList(await api.get<VersionList>(path('/versions')));

  const setParam = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null) next.delete(k);
      else next.set(k, v);
    }
    setParams(next);
  };

  /** Runs an action; a failure is shown above the document. */
  const run = async (name: string, action: () => Promise<void>) => {
    setBusy(name);
    setActionError(null);
    try {
      await action();
    } catch (e) {
      setActionError(e);
    } finally {
      setBusy(null);
    }
  };

  const save = async (v: VersionView): Promise<VersionView> => {
    const changes = changedTexts(v.narratives, texts);
    if (Object.keys(changes).length === 0) return v;
    const saved = await api.patch<VersionView>(path(`/versions/${v.version}`), { narratives: changes });
    show(saved);
    await refreshList();
    return saved;
  };

  const createDraft = () =>
    run('create', async () => {
      const v = await api.post<VersionView>(path('/versions'));
      show(v);
      await refreshList();
      setParam({ version: null });
      message.success(`已按记录生成第${v.version}版草稿`);
    });

  const step = (s: Step) =>
    run(s, async () => {
      if (!view) return;
      // Submitting sends what is on the screen.
      const current = s === 'submit' ? await save(view) : view;
      show(await api.post<VersionView>(path(`/versions/${current.version}/${s}`)));
      await refreshList();
      message.success(STEP_DONE[s]);
    });

  const openExport = () =>
    run('export', async () => {
      if (!view) return;
      const r = await fetch(path(`/versions/${view.version}/export.html`), { credentials: 'same-origin' });
      if (!r.ok) throw new ApiError(r.status, 'HTTP_ERROR', `无法生成导出稿（HTTP ${r.status}）。`);
      setExported(await r.text());
    });

  const onLocate = (f: Finding) => {
    if (!locate(doc.current, f)) message.info('该问题没有可定位的位置。');
  };

  const checksFailed = actionError instanceof ApiError && actionError.code === 'REPORT_CHECKS_FAILED' ? (actionError.details as Finding[] | undefined) ?? [] : null;
  const recordsInvalid = actionError instanceof ApiError && actionError.code === 'REPORT_RECORDS_INVALID' ? (actionError.details as { message: string }[] | undefined) ?? [] : null;
  const editable = Boolean(view && view.status === 'draft' && canDraft);
  const status = view?.status;

  return (
    <>
      <PageTitle>年度报告</PageTitle>
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }}>
        <label htmlFor="report-year">报告年度</label>
        <Select
          id="report-year"
          style={{ width: 120 }}
          value={year}
          onChange={(y) => setParam({ year: String(y), version: null })}
          options={yearsUpTo(thisYear).map((y) => ({ value: y, label: `${y}年` }))}
        />
        {list && <Typography.Text strong>{list.agencyName}</Typography.Text>}
        {!own && <Tag>只读</Tag>}
      </Flex>
      <ErrorBox error={error} title="无法打开年度报告" />
      {actionError !== null && checksFailed === null && recordsInvalid === null && <ErrorBox error={actionError} title="操作未完成" />}
      {checksFailed && view && (
        <Alert
          role="alert"
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          message={messageOf(actionError)}
          description={<FindingsPanel findings={checksFailed} format={view.format} onLocate={onLocate} label="不能审核通过的错误" />}
        />
      )}
      {recordsInvalid && (
        <Alert
          role="alert"
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          message={messageOf(actionError)}
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {recordsInvalid.slice(0, 20).map((p, i) => (
                <li key={i}>{p.message}</li>
              ))}
            </ul>
          }
        />
      )}
      {loading && <Loading />}
      {!loading && !error && !view && (
        <Card>
          <Empty description={`尚无${year}年度报告的版本`}>
            {canDraft && (
              <Button type="primary" loading={busy === 'create'} onClick={() => void createDraft()}>
                生成草稿
              </Button>
            )}
          </Empty>
          {preview && (
            <>
              <Typography.Paragraph type="secondary">以下为按当前记录统计的数据，生成草稿后可填写正文。</Typography.Paragraph>
              <Row gutter={16}>
                <Col xs={24} lg={16}>
                  <ReportDocument figures={preview.figures} narratives={{}} editable={false} rootRef={doc} />
                </Col>
                <Col xs={24} lg={8}>
                  <Card title="检查结果" size="small">
                    <FindingsPanel findings={preview.findings} format={preview.format} onLocate={onLocate} />
                  </Card>
                </Col>
              </Row>
            </>
          )}
        </Card>
      )}
      {!loading && view && list && (
        <>
          <Card size="small" style={{ marginBottom: 16 }}>
            <Flex wrap gap={12} align="center" justify="space-between">
              <Space wrap>
                <span>第{view.version}版</span>
                <Tag color={STATUS_COLORS[view.status]}>{view.statusLabel}</Tag>
                {view.createdBy?.name && <Typography.Text type="secondary">起草：{view.createdBy.name}</Typography.Text>}
                {view.approvedBy?.name && <Typography.Text type="secondary">审核：{view.approvedBy.name}</Typography.Text>}
                <Typography.Text type="secondary">更新于 {timeText(view.updatedAt)}</Typography.Text>
                {dirty && <Tag color="orange">正文有未保存的修改</Tag>}
              </Space>
              <Space wrap>
                {editable && (
                  <>
                    <Button type="primary" disabled={!dirty} loading={busy === 'save'} onClick={() => void run('save', async () => void (await save(view), message.success('正文已保存')))}>
                      保存正文
                    </Button>
                    <Button loading={busy === 'refresh'} onClick={() => void step('refresh')}>
                      按记录重新统计
                    </Button>
                    <Button loading={busy === 'submit'} onClick={() => void step('submit')}>
                      提交审核
                    </Button>
                  </>
                )}
                {canApprove && status === 'submitted' && (
                  <Button type="primary" loading={busy === 'approve'} onClick={() => void step('approve')}>
                    审核通过
                  </Button>
                )}
                {canApprove && (status === 'submitted' || status === 'approved') && (
                  <Button loading={busy === 'return'} onClick={() => void step('return')}>
                    退回修改
                  </Button>
                )}
                {canApprove && status === 'approved' && (
                  <Popconfirm title="发布后该版本不能再修改，确定发布？" okText="确认发布" cancelText="取消" onConfirm={() => step('publish')}>
                    <Button type="primary" loading={busy === 'publish'}>
                      发布
                    </Button>
                  </Popconfirm>
                )}
                {canDraft && status === 'published' && list.items[0]?.version === view.version && (
                  <Button loading={busy === 'create'} onClick={() => void createDraft()}>
                    新建更正版本
                  </Button>
                )}
                {status === 'published' && <Link to={`/agencies/${view.agencyId}/reports/${view.year}`}>查看公开页面</Link>}
              </Space>
            </Flex>
          </Card>
          <Row gutter={16}>
            <Col xs={24} lg={16}>
              <ReportDocument
                figures={view.figures}
                narratives={texts}
                editable={editable}
                onChange={(no, text) => setTexts((t) => ({ ...t, [no]: text }))}
                meta={view.publishedAt ? `发布日期：${chineseDate(view.publishedAt.slice(0, 10))}` : `第${view.version}版${view.statusLabel}`}
                rootRef={doc}
              />
            </Col>
            <Col xs={24} lg={8}>
              <div style={{ position: 'sticky', top: 16 }}>
                <Card title={`检查结果（${view.findings.length}条）`} size="small" style={{ marginBottom: 16 }} styles={{ body: { maxHeight: '50vh', overflowY: 'auto' } }}>
                  {dirty && <Typography.Paragraph type="secondary">保存正文后重新检查。</Typography.Paragraph>}
                  <FindingsPanel findings={view.findings} format={view.format} onLocate={onLocate} />
                </Card>
                <Card title="下载" size="small" style={{ marginBottom: 16 }}>
                  <Flex wrap gap={8} role="group" aria-label={`下载第${view.version}版`}>
                    {DOWNLOADS.map((d) => (
                      <Button key={d.ext} size="small" href={path(`/versions/${view.version}/export.${d.ext}`)} download>
                        {d.label}
                      </Button>
                    ))}
                    <Button size="small" loading={busy === 'export'} onClick={() => void openExport()}>
                      预览导出稿
                    </Button>
                  </Flex>
                </Card>
                <Card title="版本" size="small">
                  <List
                    size="small"
                    dataSource={list.items}
                    renderItem={(i) => (
                      <List.Item
                        extra={
                          <Typography.Text type="secondary">
                            {i.errors > 0 ? `${i.errors}处错误` : '无错误'}
                            {i.warnings > 0 ? `、${i.warnings}处警告` : ''}
                          </Typography.Text>
                        }
                      >
                        <Space wrap>
                          {i.version === view.version ? <strong>第{i.version}版</strong> : <Link to={`?${versionQuery(params, i.version)}`}>第{i.version}版</Link>}
                          <Tag color={STATUS_COLORS[i.status]}>{i.statusLabel}</Tag>
                          <Typography.Text type="secondary">{timeText(i.publishedAt ?? i.updatedAt)}</Typography.Text>
                        </Space>
                      </List.Item>
                    )}
                  />
                </Card>
              </div>
            </Col>
          </Row>
        </>
      )}
      <Modal open={exported !== null} title="导出稿预览（与 HTML、PDF 导出一致）" width={960} footer={null} onCancel={() => setExported(null)}>
        {exported !== null && <iframe title="导出稿预览" sandbox="allow-same-origin" srcDoc={exported} style={{ width: '100%', height: '70vh', border: '1px solid #d9d9d9' }} />}
      </Modal>
    </>
  );
}

function versionQuery(params: URLSearchParams, version: number): string {
  const next = new URLSearchParams(params);
  next.set('version', String(version));
  return next.toString();
}
