// 台账导入: an .xlsx or CSV ledger is first checked on the server without saving (a dry run: counts
// and every problem with its row number); only a ledger without problems can then be imported, all
// rows or none.
import { Alert, Button, Card, Col, Descriptions, Result, Row, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { api, ApiError } from '../../../api';
import { ErrorBox } from '../../../components/ErrorBox';
import type { Me } from '../../../session';
import { ButtonLink } from '../../public/ButtonLink';
import { PageTitle } from '../PageTitle';

interface LedgerError {
  row: number | null;
  column: string | null;
  code: string;
  message: string;
}

/** POST /api/ledger (src/office/ledger-import.ts LedgerImportSummary). */
interface Summary {
  agencyName: string;
  filename: string;
  dryRun: boolean;
  imported: number;
  errors: LedgerError[];
  rows: number;
  open: number;
  concluded: number;
  byYear: { year: number; received: number; concluded: number }[];
  byApplicantType: { applicantType: string; label: string; count: number }[];
  byOutcome: { outcome: string; label: string; count: number }[];
}

const MAX_BYTES = 20 * 1024 * 1024;

const ledgerPath = (file: File, dryRun: boolean) => `/api/ledger?filename=${encodeURIComponent(file.name.slice(-255))}&dryRun=${dryRun}`;

function detailsOf(e: unknown): LedgerError[] {
  if (!(e instanceof ApiError) || !Array.isArray(e.details)) return [];
  return e.details.filter((d): d is LedgerError => typeof d === 'object' && d !== null && typeof (d as LedgerError).message === 'string');
}

function Problems({ errors }: { errors: LedgerError[] }) {
  return (
    <Table<LedgerError & { key: number }>
      size="small"
      rowKey="key"
      dataSource={errors.map((e, key) => ({ ...e, key }))}
      pagination={errors.length > 20 ? { pageSize: 20, showTotal: (t) => `共 ${t} 处` } : false}
      columns={[
        { title: '行号', dataIndex: 'row', width: 80, render: (r: number | null) => (r === null ? '—' : `第${r}行`) },
        { title: '列', dataIndex: 'column', width: 120, render: (c: string | null) => c ?? '—' },
        { title: '问题', dataIndex: 'message' },
      ]}
    />
  );
}

function Counts({ s }: { s: Summary }) {
  return (
    <>
      <Descriptions bordered size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="数据行数">{s.rows}</Descriptions.Item>
        <Descriptions.Item label="已办结">{s.concluded}</Descriptions.Item>
        <Descriptions.Item label="未办结">{s.open}</Descriptions.Item>
      </Descriptions>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Table
            size="small"
            rowKey="year"
            pagination={false}
            dataSource={s.byYear}
            columns={[
              { title: '年度', dataIndex: 'year' },
              { title: '收到', dataIndex: 'received' },
              { title: '办结', dataIndex: 'concluded' },
            ]}
          />
        </Col>
        <Col xs={24} md={6}>
          <Table
            size="small"
            rowKey="applicantType"
            pagination={false}
            dataSource={s.byApplicantType}
            columns={[
              { title: '申请人类型', dataIndex: 'label' },
              { title: '件数', dataIndex: 'count' },
            ]}
          />
        </Col>
        <Col xs={24} md={10}>
          <Table
            size="small"
            rowKey="outcome"
            pagination={false}
            dataSource={s.byOutcome}
            columns={[
              { title: '办理结果', dataIndex: 'label' },
              { title: '件数', dataIndex: 'count' },
            ]}
          />
        </Col>
      </Row>
    </>
  );
}

export default function LedgerImport(_: { me: Me }) {
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<Summary | null>(null);
  const [done, setDone] = useState<Summary | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<'preview' | 'import' | null>(null);

  const check = async (f: File) => {
    setFile(f);
    setPreview(null);
    setDone(null);
    setError(null);
    if (f.size > MAX_BYTES) {
      setError(new ApiError(413, 'INPUT_TOO_LARGE', `文件“${f.name}”过大（上限 20 MB），请拆分后导入。`));
      return;
    }
    setBusy('preview');
    try {
      setPreview(await api.upload<Summary>(ledgerPath(f, true), f));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  const commit = async () => {
    if (!file) return;
    setBusy('import');
    setError(null);
    try {
      setDone(await api.upload<Summary>(ledgerPath(file, false), file));
      setPreview(null);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  if (done) {
    return (
      <>
        <PageTitle>台账导入</PageTitle>
        <Result
          status="success"
          title={`已导入 ${done.imported} 条申请`}
          subTitle={`台账“${done.filename}”已导入${done.agencyName}的申请记录，可用于年度报告统计。`}
          extra={[
            <ButtonLink key="list" to="/work/applications" type="primary">
              查看申请列表
            </ButtonLink>,
            <Button key="again" onClick={() => setDone(null)}>
              继续导入
            </Button>,
          ]}
        />
      </>
    );
  }

  const serverErrors = detailsOf(error);
  const ready = preview !== null && preview.errors.length === 0 && preview.rows > 0;
  return (
    <>
      <PageTitle>台账导入</PageTitle>
      <Typography.Paragraph>
        选择本机关的政府信息公开申请台账（.xlsx 或 CSV 文件）。第一行为表头，须有“申请编号、收到日期、申请人类型、办理结果、办结日期”列，可有“姓名/名称、证件号码、联系电话、申请内容、申请方式”列；未办结的申请，办理结果和办结日期留空。
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">系统先检查整个台账并显示预览，不会保存任何数据；全部正确后才能导入，导入时全部写入或全部不写入。</Typography.Paragraph>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap>
          <Upload
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            showUploadList={false}
            maxCount={1}
            beforeUpload={(f) => {
              void check(f);
              return Upload.LIST_IGNORE;
            }}
          >
            <Button loading={busy === 'preview'}>选择台账文件</Button>
          </Upload>
          {file && <Typography.Text>已选择：{file.name}</Typography.Text>}
        </Space>
      </Card>
      {serverErrors.length > 0 ? (
        <>
          <Alert type="error" role="alert" showIcon message="导入未成功" description={error instanceof ApiError ? error.message : undefined} style={{ marginBottom: 16 }} />
          <Problems errors={serverErrors} />
        </>
      ) : (
        <ErrorBox error={error} title="台账检查未成功" />
      )}
      {preview && (
        <Card title={`预览：${preview.filename}`} size="small">
          {preview.errors.length > 0 ? (
            <>
              <Alert
                type="error"
                role="alert"
                showIcon
                message={`发现 ${preview.errors.length} 处问题，未导入任何数据`}
                description="请在台账中改正以下问题后重新选择文件。"
                style={{ marginBottom: 16 }}
              />
              <Problems errors={preview.errors} />
            </>
          ) : preview.rows === 0 ? (
            <Alert type="warning" showIcon message="台账中没有数据行。" style={{ marginBottom: 16 }} />
          ) : (
            <Alert type="success" showIcon message={`检查通过：共 ${preview.rows} 条申请，可以导入。`} style={{ marginBottom: 16 }} />
          )}
          <Counts s={preview} />
          <Button type="primary" disabled={!ready} loading={busy === 'import'} onClick={() => void commit()} style={{ marginTop: 16 }}>
            确认导入 {preview.rows} 条申请
          </Button>
        </Card>
      )}
    </>
  );
}
