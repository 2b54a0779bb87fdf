// The portal's home: every agency (as its hierarchy), with its guide, the application form and its
// annual reports.
import { Card, Empty, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api';
import { ErrorBox } from '../../components/ErrorBox';
import { Loading } from '../../components/Loading';

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
  const tree = useMemo(() => {
    if (!agencies) return [];
    const known = new Set(agencies.map((a) => a.id));
    const node = (a: PublicAgency): DataNode => ({
      key: a.id,
      title: agencyLinks(a),
      children: agencies.filter((c) => c.parentId === a.id).map(node),
    });
    return agencies.filter((a) => a.parentId === null || !known.has(a.parentId)).map(node);
  }, [agencies]);
  return (
    <>
      <Typography.Title level={2}>政府信息公开</Typography.Title>
      <Typography.Paragraph>
        公民、法人或者其他组织可以向行政机关申请获取政府信息（《中华人民共和国政府信息公开条例》第二十七条）。请选择机关，查阅其政府信息公开指南和年度报告，或在线提交申请；已提交的申请可凭查询码
        <Link to="/track">查询办理进度</Link>。
      </Typography.Paragraph>
      <ErrorBox error={error} title="机关列表加载失败" />
      <Card title="机关" styles={{ body: { paddingTop: 8 } }}>
        {agencies === null && !error ? <Loading /> : agencies?.length === 0 ? <Empty description="尚未设置机关" /> : <Tree treeData={tree} defaultExpandAll selectable={false} showLine />}
      </Card>
    </>
  );
}
