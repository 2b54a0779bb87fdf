// The portal's home: every agency (as its hierarchy), with its guide, the application form and its
// annual reports.
import { Card, Empty, Typography } from 'antd';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api';
import { ErrorBox } from '../../components/ErrorBox';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';

export interface PublicAgency {
  id: string;
  parentId: string | null;
  name: string;
  level: string;
}

function agencyLinks(a: PublicAgency) {
  return (
    <span>
      <strong>{a.name}</strong>
      <span style={{ marginLeft: 16 }}>
        <Link to={`/agencies/${a.id}`}>公开指南</Link>
        {' · '}
        <Link to={`/agencies/${a.id}/apply`}>申请公开</Link>
        {' · '}
        <Link to={`/agencies/${a.id}/reports`}>年度报告</Link>
      </span>
    </span>
  );
}

export function Home() {
  const [agencies, setAgencies] = useState<PublicAgency[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    api.get<PublicAgency[]>('/api/public/agencies').then(setAgencies, setError);
  }, []);
  // The hierarchy as nested lists (screen readers announce the levels; no tree widget to load).
  const tree = useMemo(() => {
    if (!agencies) return null;
    const known = new Set(agencies.map((a) => a.id));
    const list = (items: PublicAgency[], depth: number): ReactNode =>
      items.length === 0 ? null : (
        <ul style={{ listStyle: 'none', paddingLeft: depth === 0 ? 0 : 24, margin: 0 }}>
          {items.map((a) => (
            <li key={a.id} style={{ padding: '6px 0', borderLeft: depth > 0 ? '1px dashed #d9d9d9' : undefined, paddingLeft: depth > 0 ? 12 : 0 }}>
              {agencyLinks(a)}
              {list(agencies.filter((c) => c.parentId === a.id), depth + 1)}
            </li>
          ))}
        </ul>
      );
    return list(agencies.filter((a) => a.parentId === null || !known.has(a.parentId)), 0);
  }, [agencies]);
  return (
    <>
      <PageHeading title="政府信息公开">政府信息公开</PageHeading>
      <Typography.Paragraph>
        公民、法人或者其他组织可以向行政机关申请获取政府信息（《中华人民共和国政府信息公开条例》第二十七条）。请选择机关，查阅其政府信息公开指南和年度报告，或在线提交申请；已提交的申请可凭查询码
        <Link to="/track">查询办理进度</Link>。
      </Typography.Paragraph>
      <ErrorBox error={error} title="机关列表加载失败" />
      <Card title="机关" styles={{ body: { paddingTop: 8 } }}>
        {agencies === null && !error ? <Loading /> : agencies?.length === 0 ? <Empty description="尚未设置机关" /> : tree}
      </Card>
    </>
  );
}
