// The workbench's first page: what needs attention today.
import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api';
import { ErrorBox } from '../../components/ErrorBox';
import type { Me } from '../../session';

interface Counts {
  open: number;
  dueSoon: number;
  overdue: number;
}

export function Overview({ me }: { me: Me }) {
  const [counts, setCounts] = useState<Counts | null>(null);
  const [error, setError] = useState<unknown>(null);
  const handles = me.role !== 'supervisor';
  useEffect(() => {
    if (!handles) return;
    const total = (q: string) => api.get<{ total: number }>(`/api/applications?limit=1&${q}`).then((r) => r.total);
    Promise.all([total('open=true'), total('due=soon'), total('due=overdue')]).then(([open, dueSoon, overdue]) => setCounts({ open, dueSoon, overdue }), setError);
  }, [handles]);
  return (
    <>
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        {me.agencyName}
      </Typography.Title>
      <ErrorBox error={error} />
      {handles && (
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Card>
              <Statistic title="办理中的申请" value={counts?.open ?? '—'} />
              <Link to="/work/applications?open=true">查看</Link>
            </Card>
          </Col>
          <Col xs={24} md={8}>
            <Card>
              <Statistic title="3个工作日内到期（含已逾期）" value={counts?.dueSoon ?? '—'} valueStyle={{ color: '#d48806' }} />
              <Link to="/work/applications?due=soon">查看</Link>
            </Card>
          </Col>
          <Col xs={24} md={8}>
            <Card>
              <Statistic title="已逾期" value={counts?.overdue ?? '—'} valueStyle={{ color: '#cf1322' }} />
              <Link to="/work/applications?due=overdue">查看</Link>
            </Card>
          </Col>
        </Row>
      )}
    </>
  );
}
