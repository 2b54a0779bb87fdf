// The agency's published annual reports, latest year first (only published versions ever reach the
// public API).
import { Card, Empty, Flex, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api';
import { ErrorBox } from '../../components/ErrorBox';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { DownloadLinks } from './DownloadLinks';
import { chinaDay } from './useAgency';

interface PublishedYears {
  agencyId: string;
  agencyName: string;
  years: { year: number; version: number; publishedAt: string }[];
}

export default function Reports() {
  const { id = '' } = useParams();
  const [data, setData] = useState<PublishedYears | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    setData(null);
    setError(null);
    api.get<PublishedYears>(`/api/public/agencies/${encodeURIComponent(id)}/reports`).then(setData, setError);
  }, [id]);
  if (error) {
    return (
      <>
        <PageHeading title="政府信息公开工作年度报告 - 政府信息公开">政府信息公开工作年度报告</PageHeading>
        <ErrorBox error={error} title="年度报告加载失败" />
      </>
    );
  }
  if (!data) return <Loading />;
  return (
    <>
      <PageHeading title={`${data.agencyName}政府信息公开工作年度报告`}>{data.agencyName}政府信息公开工作年度报告</PageHeading>
      <Typography.Paragraph>
        依照《中华人民共和国政府信息公开条例》第四十九条、第五十条，本机关每年公布上一年度政府信息公开工作年度报告。另见本机关
        <Link to={`/agencies/${data.agencyId}`}>政府信息公开指南</Link>。
      </Typography.Paragraph>
      {data.years.length === 0 ? (
        <Empty description="本机关尚未在本平台发布年度报告" />
      ) : (
        <Flex vertical gap={12} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {data.years.map((y) => (
            <li key={y.year}>
              <Card size="small">
                <Flex wrap justify="space-between" align="center" gap={12}>
                  <div>
                    <Link to={`/agencies/${data.agencyId}/reports/${y.year}`} style={{ fontSize: 16, fontWeight: 600 }}>
                      {data.agencyName}
                      {y.year}年政府信息公开工作年度报告
                    </Link>
                    <div style={{ color: '#666' }}>发布日期：{chinaDay(y.publishedAt)}</div>
                  </div>
                  <DownloadLinks agencyId={data.agencyId} year={y.year} size="small" />
                </Flex>
              </Card>
            </li>
          ))}
        </Flex>
      )}
    </>
  );
}
