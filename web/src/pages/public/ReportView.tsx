// A published annual report as a page: the server's own HTML rendering (the same document as the
// HTML/PDF exports) in a sandboxed frame without scripts, sized to its content, with the downloads.
import { Breadcrumb, Button, Flex, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api';
import { ErrorBox } from '../../components/ErrorBox';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { DownloadLinks } from './DownloadLinks';
import { chinaDay } from './useAgency';
// The API's view, typed where it is made (type-only: nothing of the server is bundled).
import type { PublishedReport } from '../../../../src/office/public-reports.js';


// Phones: the printed page's 20 mm side margins would leave the tables no room.
const PHONE_STYLE = '<style>@media (max-width: 640px) { main { padding: 12px 8px; } table { font-size: 12px; } }</style>';

function withPhoneStyle(html: string): string {
  return html.includes('</head>') ? html.replace('</head>', `${PHONE_STYLE}</head>`) : PHONE_STYLE + html;
}

function ReportFrame({ title, html, frame }: { title: string; html: string; frame: RefObject<HTMLIFrameElement | null> }) {
  const [height, setHeight] = useState(800);
  const observer = useRef<ResizeObserver | null>(null);
  const fit = useCallback(() => {
    const doc = frame.current?.contentDocument;
    if (!doc?.documentElement) return;
    setHeight(doc.documentElement.scrollHeight);
    observer.current?.disconnect();
    observer.current = new ResizeObserver(() => setHeight(doc.documentElement.scrollHeight));
    observer.current.observe(doc.body);
  }, []);
  useEffect(() => () => observer.current?.disconnect(), []);
  return (
    <iframe
      ref={frame}
      title={title}
      // Same origin so the page can measure and print it; no scripts, forms or navigation.
      sandbox="allow-same-origin allow-modals"
      srcDoc={withPhoneStyle(html)}
      onLoad={fit}
      style={{ width: '100%', height, border: '1px solid #d9d9d9', background: '#fff', display: 'block' }}
    />
  );
}

export default function ReportView() {
  const { id = '', year = '' } = useParams();
  const [report, setReport] = useState<PublishedReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  useEffect(() => {
    setReport(null);
    setError(null);
    api.get<PublishedReport>(`/api/public/agencies/${encodeURIComponent(id)}/reports/${encodeURIComponent(year)}`).then(setReport, setError);
  }, [id, year]);
  if (error) {
    return (
      <>
        <PageHeading title="政府信息公开工作年度报告 - 政府信息公开">政府信息公开工作年度报告</PageHeading>
        <ErrorBox error={error} title="无法打开年度报告" />
        <Link to={`/agencies/${id}/reports`}>查看本机关已发布的年度报告</Link>
      </>
    );
  }
  if (!report) return <Loading />;
  return (
    <>
      {/* antd's Breadcrumb is a <nav> itself. */}
      <Breadcrumb
        aria-label="位置"
        items={[
          { title: <Link to="/">首页</Link> },
          { title: <Link to={`/agencies/${report.agencyId}`}>{report.agencyName}</Link> },
          { title: <Link to={`/agencies/${report.agencyId}/reports`}>年度报告</Link> },
          { title: `${report.year}年` },
        ]}
      />
      <PageHeading title={report.title} style={{ marginTop: 12 }}>
        {report.title}
      </PageHeading>
      <Typography.Paragraph type="secondary">发布日期：{chinaDay(report.publishedAt)}</Typography.Paragraph>
      <Flex wrap gap={8} style={{ marginBottom: 16 }}>
        <DownloadLinks agencyId={report.agencyId} year={report.year} />
        <Button onClick={() => frame.current?.contentWindow?.print()}>打印</Button>
      </Flex>
      <div style={{ overflowX: 'auto' }}>
        <ReportFrame title={report.title} html={report.html} frame={frame} />
      </div>
    </>
  );
}
