// One application: its facts and deadlines, the steps allowed now (each a small form), the letters
// its steps call for, and its history. A change by someone else in between (VERSION_CONFLICT)
// reloads the application before anything is retried.
import { Alert, Button, Card, Col, Descriptions, List, Row, Space, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../../api';
import { ErrorBox } from '../../../components/ErrorBox';
import { Loading } from '../../../components/Loading';
import { NotFound } from '../../../components/NotFound';
import type { Me } from '../../../session';
import { nextEvents } from '../../../../../src/core/applications/next-events.js';
import { LAPSE_OUTCOMES } from '../../../../../src/core/applications/outcomes.js';
import type { LetterKind } from '../../../../../src/core/applications/types.js';
import { CHANNEL_LABELS } from '../../../../../src/core/deadlines/receipt.js';
import { LETTER_TITLES } from '../../../../../src/core/letters/types.js';
import { ButtonLink } from '../../public/ButtonLink';
import { PageTitle } from '../PageTitle';
import { EventForm, stepLabel, type StepType } from './EventForm';
import { History } from './History';
import { dateText, handles, UUID, useToday, type ApplicationView, type EventResult, type HistoryEntry } from './model';
import { DaysLeft, StateTag } from './parts';

/** Letters the recorded steps allow drafting now. */
function lettersOf(app: ApplicationView): LetterKind[] {
  const out: LetterKind[] = [];
  if (app.correction) out.push('correctionNotice');
  if (app.consultations.length > 0) out.push('consultationRequest');
  if (app.extension?.approvedOn) out.push('extensionNotice');
  if (app.fee) out.push('feeNotice');
  if (app.outcome) out.push(LAPSE_OUTCOMES.includes(app.outcome) ? 'terminationNotice' : 'reply');
  return out;
}

const letterLink = (id: string, kind: LetterKind) => `/work/applications/${id}/letters/${kind}`;

function Facts({ app }: { app: ApplicationView }) {
  const channel = app.channel && app.channel in CHANNEL_LABELS ? CHANNEL_LABELS[app.channel as keyof typeof CHANNEL_LABELS] : (app.channel ?? '—');
  return (
    <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
      <Descriptions.Item label="查询码">{app.trackingCode}</Descriptions.Item>
      <Descriptions.Item label="本机关申请编号">{app.referenceNumber ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="收到方式">{channel}</Descriptions.Item>
      <Descriptions.Item label="收到申请日期">{dateText(app.receivedOn)}</Descriptions.Item>
      <Descriptions.Item label="申请人">{app.applicant.name ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="申请人类型">{app.applicantTypeLabel}</Descriptions.Item>
      <Descriptions.Item label="证件号码">{app.applicant.idNumber ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="联系电话">{app.applicant.phone ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="通信地址">{app.applicant.address ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="电子邮箱">{app.applicant.email ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="申请内容" span={2}>
        <span style={{ whiteSpace: 'pre-wrap' }}>{app.content ?? '—'}</span>
      </Descriptions.Item>
      <Descriptions.Item label="获取信息的方式">{app.requestedForm ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="办理结果">{app.outcomeLabel ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="办结日期">{dateText(app.concludedOn)}</Descriptions.Item>
    </Descriptions>
  );
}

function Deadlines({ app }: { app: ApplicationView }) {
  const d = app.deadlines;
  if (!d) return <Typography.Text type="secondary">台账导入的申请没有办理期限。</Typography.Text>;
  return (
    <>
      <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 1, lg: 1, xl: 1, xxl: 2 }}>
        <Descriptions.Item label="答复期限（第三十三条第一款）">{dateText(d.replyDue)}</Descriptions.Item>
        <Descriptions.Item label="延长后期限">{dateText(d.extendedDue)}</Descriptions.Item>
        <Descriptions.Item label="现行答复期限">{dateText(d.due)}</Descriptions.Item>
        <Descriptions.Item label="剩余工作日">
          <DaysLeft reply={app.reply} />
        </Descriptions.Item>
        <Descriptions.Item label="补正通知最迟发出日期">{dateText(d.correctionNoticeDue || null)}</Descriptions.Item>
        <Descriptions.Item label="补正期限">{dateText(d.correctionRespondBy ?? app.correction?.respondBy)}</Descriptions.Item>
        <Descriptions.Item label="缴费期限">{dateText(d.feePayBy ?? app.fee?.payBy)}</Descriptions.Item>
        <Descriptions.Item label="征求意见不计算的工作日">{d.suspendedWorkingDays}</Descriptions.Item>
      </Descriptions>
      {d.warnings.map((w) => (
        <Alert key={w.code + w.message} type="warning" showIcon message={w.message} style={{ marginTop: 8 }} />
      ))}
    </>
  );
}

function Particulars({ app }: { app: ApplicationView }) {
  const lines: string[] = [];
  const c = app.correction;
  if (c) {
    lines.push(`补正：${dateText(c.noticeSent)}发出通知，补正期限${dateText(c.respondBy)}；事项：${c.items}`);
    if (c.receivedOn) lines.push(`补正：${dateText(c.receivedOn)}收到补正材料`);
    if (c.lapsedOn) lines.push(`补正：逾期未补正（${dateText(c.lapsedOn)}登记）`);
  }
  for (const k of app.consultations) lines.push(`征求意见：${k.party === 'agency' ? '其他机关' : '第三方'}“${k.name}”，${dateText(k.from)}发出，${k.to ? `${dateText(k.to)}结束` : '尚未结束'}`);
  const e = app.extension;
  if (e) lines.push(`延期：申请延长${e.workingDays}个工作日（${dateText(e.requestedOn)}），理由：${e.reason}；${e.approvedOn ? `${dateText(e.approvedOn)}已批准` : '待审核人批准'}`);
  const f = app.fee;
  if (f) lines.push(`收费：${f.fee.method === 'byCount' ? '按件计收' : '按量计收'} ${f.fee.amountYuan} 元，${dateText(f.noticeSent)}发出通知，缴费期限${dateText(f.payBy)}；${f.paidOn ? `${dateText(f.paidOn)}已缴费` : f.lapsedOn ? '逾期未缴费' : '待缴费'}`);
  if (lines.length === 0) return null;
  return (
    <Card title="办理情况" size="small" style={{ marginTop: 16 }}>
      <List size="small" dataSource={lines} renderItem={(l) => <List.Item>{l}</List.Item>} />
    </Card>
  );
}

export default function ApplicationDetail({ me }: { me: Me }) {
  const { id = '' } = useParams();
  const { today, error: todayError } = useToday();
  const [app, setApp] = useState<ApplicationView | null>(null);
  const [history, setHistory] = useState<HistoryEntry[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [step, setStep] = useState<StepType | null>(null);
  const [last, setLast] = useState<{ label: string; result: EventResult } | null>(null);
  const [conflict, setConflict] = useState(false);

  const load = useCallback(async () => {
    try {
      const [a, h] = await Promise.all([api.get<ApplicationView>(`/api/applications/${id}`), api.get<HistoryEntry[]>(`/api/applications/${id}/history`)]);
      setApp(a);
      setHistory(h);
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [id]);

  useEffect(() => {
    if (UUID.test(id)) void load();
  }, [id, load]);

  if (!UUID.test(id)) return <NotFound />;
  if (error && !app) {
    return (
      <>
        <PageTitle>申请</PageTitle>
        <ErrorBox error={error} title="申请加载失败" />
      </>
    );
  }
  if (todayError) return <ErrorBox error={todayError} />;
  if (!app || !today) return <Loading />;

  const actor = { id: me.userId, role: me.role };
  const steps = handles(me.role) && app.source === 'registered' ? nextEvents(app, actor, today) : [];
  const withdraw = app.extension?.requestedBy === me.userId && me.role !== 'approver';
  const letters = lettersOf(app);

  return (
    <>
      <div>
        <Link to="/work/applications">← 返回申请列表</Link>
      </div>
      <Space align="center" wrap style={{ margin: '8px 0 16px' }}>
        <PageTitle style={{ margin: 0 }}>{`申请 ${app.trackingCode}`}</PageTitle>
        <StateTag app={app} />
        {app.reply && <DaysLeft reply={app.reply} />}
      </Space>
      <ErrorBox error={error} title="刷新失败" />
      {conflict && <Alert type="warning" showIcon role="alert" closable onClose={() => setConflict(false)} message="该申请已被其他人修改，已重新加载最新信息，请核对后重新办理。" style={{ marginBottom: 16 }} />}
      {last && (
        <div role="status" style={{ marginBottom: 16 }}>
          <Alert
            type="success"
            showIcon
            closable
            onClose={() => setLast(null)}
            message={`已${last.label}`}
            description={
              last.result.letters.length > 0 ? (
                <Space wrap>
                  <span>本步骤需要制作并送达文书：</span>
                  {last.result.letters.map((l) => (
                    <ButtonLink key={l.letter} to={letterLink(app.id, l.letter)} size="small" type="primary">
                      编辑{LETTER_TITLES[l.letter]}
                    </ButtonLink>
                  ))}
                </Space>
              ) : undefined
            }
          />
          {last.result.warnings.map((w) => (
            <Alert key={w.code + w.message} type="warning" showIcon message={w.message} style={{ marginTop: 8 }} />
          ))}
        </div>
      )}
      {app.source === 'imported' && <Alert type="info" showIcon message="该申请由台账导入，只有统计信息，不能在系统中继续办理。" style={{ marginBottom: 16 }} />}
      <Row gutter={16}>
        <Col xs={24} lg={16}>
          <Card title="申请信息" size="small">
            <Facts app={app} />
          </Card>
          <Card title="办理期限" size="small" style={{ marginTop: 16 }}>
            <Deadlines app={app} />
          </Card>
          <Particulars app={app} />
        </Col>
        <Col xs={24} lg={8}>
          {handles(me.role) && app.source === 'registered' && (
            <Card title="办理" size="small" style={{ marginBottom: 16 }}>
              {steps.length === 0 ? (
                <Typography.Text type="secondary">{app.state === 'closed' ? '已归档，无需继续办理。' : '当前没有您可以办理的步骤。'}</Typography.Text>
              ) : (
                <Space wrap>
                  {steps.map((t) => (
                    <Button key={t} type={t === 'decide' || t === 'approveExtension' ? 'primary' : 'default'} onClick={() => setStep(t)}>
                      {stepLabel(t, withdraw)}
                    </Button>
                  ))}
                </Space>
              )}
            </Card>
          )}
          {app.source === 'registered' && (
            <Card title="文书" size="small" style={{ marginBottom: 16 }}>
              {letters.length === 0 ? (
                <Typography.Text type="secondary">发出补正通知、征求意见、批准延期、收费或作出答复后，可在此制作相应文书。</Typography.Text>
              ) : (
                <Space direction="vertical">
                  {letters.map((k) => (
                    <Link key={k} to={letterLink(app.id, k)}>
                      {LETTER_TITLES[k]}
                    </Link>
                  ))}
                </Space>
              )}
            </Card>
          )}
          <Card title="办理记录" size="small">
            <History entries={history} />
          </Card>
        </Col>
      </Row>
      {step && (
        <EventForm
          type={step}
          app={app}
          today={today}
          withdraw={withdraw}
          onCancel={() => setStep(null)}
          onDone={(result) => {
            setLast({ label: stepLabel(step, withdraw), result });
            setStep(null);
            setConflict(false);
            setApp(result.application);
            void api.get<HistoryEntry[]>(`/api/applications/${app.id}/history`).then(setHistory, setError);
          }}
          onConflict={() => {
            setStep(null);
            setConflict(true);
            void load();
          }}
        />
      )}
    </>
  );
}
