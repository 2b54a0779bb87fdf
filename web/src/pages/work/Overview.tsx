// The workbench's first page: what needs attention today.
import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api';
import { ErrorBox } from '../../components/ErrorBox';
import type { Me } from '../../session';
import { PageTitle } from './PageTitle';

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
      <PageTitle>{me.agencyName}</PageTitle>
      <ErrorBox error={error} />
      {!handles && (
        <Typography.Paragraph>
          <Link to="/work/supervise">监督汇总</Link>：本机关及所属机关的年度数据、图表和需要关注的机关；<Link to="/work/reports">年度报告</Link>：查阅各机关的年度报告。
        </Typography.Paragraph>
      )}
      {handles && (
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Card>
              <Statistic title="办理中的申请" value={counts?.open ?? '—'} />
              <Link to="/work/applications?open=true" aria-label="查看办理中的申请">
                查看
              </Link>
            </Card>
          </Col>
          <Col xs={24} md={8}>
            <Card>
              <Statistic title="3个工作日内到期（含已逾期）" value={counts?.dueSoon ?? '—'} valueStyle={{ color: '#ad6800' }} />
              <Link to="/work/applications?due=soon" aria-label="查看3个工作日内到期的申请">
                查看
              </Link>
            </Card>
          </Col>
          <Col xs={24} md={8}>
            <Card>
              <Statistic title="已逾期" value={counts?.overdue ?? '—'} valueStyle={{ color: '#cf1322' }} />
              <Link to="/work/applications?due=overdue" aria-label="查看已逾期的申请">
                查看
              </Link>
            </Card>
          </Col>
        </Row>
      )}
    </>
  );
}
