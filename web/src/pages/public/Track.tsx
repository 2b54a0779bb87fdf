// 办理进度查询: the applicant enters the tracking code from their confirmation and sees where their
// application stands (no personal data is shown).
import { Button, Card, Descriptions, Form, Input, Timeline, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { api } from '../../api';
import { ErrorBox } from '../../components/ErrorBox';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';

interface Status {
  trackingCode: string;
  agencyName: string;
  receivedOn: string;
  stateLabel: string;
  due: string | null;
  outcomeLabel: string | null;
  concludedOn: string | null;
  steps: { on: string; label: string }[];
}

const chineseDate = (iso: string) => {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

export function Track() {
  const { code } = useParams();
  const navigate = useNavigate();
  const [status, setStatus] = useState<Status | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    setStatus(null);
    setError(null);
    if (!code) return;
    setLoading(true);
    api
      .get<Status>(`/api/public/applications/${encodeURIComponent(code)}`)
      .then(setStatus, setError)
      .finally(() => setLoading(false));
  }, [code]);
  return (
    <>
      <PageHeading title="办理进度查询 - 政府信息公开">办理进度查询</PageHeading>
      <Card>
        <Form layout="inline" initialValues={{ code }} onFinish={(v: { code: string }) => navigate(`/track/${encodeURIComponent(v.code.trim().toUpperCase())}`)}>
          <Form.Item name="code" label="查询码" rules={[{ required: true, whitespace: true, message: '请输入提交申请时获得的查询码' }]}>
            <Input placeholder="例如 7K4Q-…" autoComplete="off" style={{ width: 260 }} />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={loading}>
              查询
            </Button>
          </Form.Item>
        </Form>
      </Card>
      {loading && <Loading tip="正在查询……" />}
      <ErrorBox error={error} title="没有查到" />
      {status && (
        <Card title={`查询码 ${status.trackingCode}`} style={{ marginTop: 16 }}>
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label="受理机关">{status.agencyName}</Descriptions.Item>
            <Descriptions.Item label="收到申请日期">{chineseDate(status.receivedOn)}</Descriptions.Item>
            <Descriptions.Item label="当前状态">
              <strong aria-live="polite">{status.stateLabel}</strong>
            </Descriptions.Item>
            {status.due && !status.concludedOn && <Descriptions.Item label="答复期限">{chineseDate(status.due)}</Descriptions.Item>}
            {status.outcomeLabel && <Descriptions.Item label="办理结果">{status.outcomeLabel}</Descriptions.Item>}
            {status.concludedOn && <Descriptions.Item label="办结日期">{chineseDate(status.concludedOn)}</Descriptions.Item>}
          </Descriptions>
          <Typography.Title level={2} style={{ marginTop: 24, fontSize: 20 }}>
            办理过程
          </Typography.Title>
          <Timeline items={status.steps.map((s) => ({ children: `${chineseDate(s.on)} ${s.label}` }))} />
        </Card>
      )}
    </>
  );
}
