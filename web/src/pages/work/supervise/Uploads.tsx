// 批量读取已发布的年度报告: files chosen or dropped are read one after another by the server's reader
// (POST /api/supervision/uploads; nothing stored) and listed with the agency and year they name, how
// much of them could be read, and the checks' findings.
import { Button, Empty, Space, Table, Tag, Typography, Upload, type TableColumnsType } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useRef, useState } from 'react';
import { api, messageOf } from '../../../api';
import type { FormatVersion } from '../../../../../src/core/formats.js';
import { findingPlace, SEVERITY_NAMES } from '../../../../../src/render/labels.js';
import type { ExaminedUpload } from './model';

const MAX_BYTES = 20 * 1024 * 1024;
const STATUS_COLORS = { full: 'green', partial: 'orange', failed: 'red' } as const;
const SEVERITY_COLORS = { error: 'red', warning: 'orange', info: 'default' } as const;

interface Item {
  key: string;
  filename: string;
  result: ExaminedUpload | null;
  error: string | null;
}

function Findings({ result }: { result: ExaminedUpload }) {
  if (result.failure) return <Typography.Text type="danger">{result.failure.message}</Typography.Text>;
  if (result.findings.length === 0) return <Typography.Text>检查未发现问题。</Typography.Text>;
  const format = (result.format ?? '2021') as FormatVersion;
  return (
    <ul aria-label={`${result.filename}的检查结果`} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {result.findings.map((f, i) => {
        const place = findingPlace(format, f);
        return (
          <li key={i} style={{ padding: '4px 0' }}>
            <Tag color={SEVERITY_COLORS[f.severity]}>{SEVERITY_NAMES[f.severity]}</Tag>
            {f.message}
            {place && <Typography.Text type="secondary">（{place}）</Typography.Text>}
          </li>
        );
      })}
    </ul>
  );
}

export function Uploads() {
  const [items, setItems] = useState<Item[]>([]);
  const [expanded, setExpanded] = useState<string[]>([]);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const serial = useRef(0);

  const update = (key: string, change: Partial<Item>) => setItems((list) => list.map((i) => (i.key === key ? { ...i, ...change } : i)));

  const add = (file: File) => {
    const key = `${++serial.current}`;
    setItems((list) => [...list, { key, filename: file.name, result: null, error: null }]);
    if (file.size > MAX_BYTES) {
      update(key, { error: `文件过大（上限 ${MAX_BYTES / 1048576} MB），不是一份年度报告。` });
      return;
    }
    // One file at a time: a folder of reports does not flood the server.
    queue.current = queue.current.then(async () => {
      try {
        const result = await api.upload<ExaminedUpload>(`/api/supervision/uploads?filename=${encodeURIComponent(file.name.slice(0, 255))}`, file);
        update(key, { result });
        setExpanded((keys) => [...keys, key]);
      } catch (e) {
        update(key, { error: messageOf(e) });
      }
    });
  };

  const columns: TableColumnsType<Item> = [
    { title: '文件', dataIndex: 'filename', key: 'filename', ellipsis: true },
    {
      title: '机关',
      key: 'agency',
      render: (_, i) =>
        i.result?.agency ? (
          <Space wrap size={4}>
            <span>{i.result.agency}</span>
            {i.result.matchedAgency ? <Tag color="blue">本辖区</Tag> : <Tag>非本辖区机关</Tag>}
          </Space>
        ) : (
          '—'
        ),
    },
    { title: '年度', key: 'year', width: 80, render: (_, i) => (i.result?.year ? `${i.result.year}年` : '—') },
    {
      title: '读取',
      key: 'status',
      width: 150,
      render: (_, i) => {
        if (i.error) return <Tag color="red">上传失败</Tag>;
        if (!i.result) return <Tag color="processing">读取中</Tag>;
        const cells = i.result.cells;
        return (
          <Space size={4} wrap>
            <Tag color={STATUS_COLORS[i.result.status]}>{i.result.statusLabel}</Tag>
            {cells && cells.known < cells.total && <Typography.Text type="secondary">{`${cells.known}/${cells.total}格`}</Typography.Text>}
          </Space>
        );
      },
    },
    {
      title: '检查',
      key: 'checks',
      width: 150,
      render: (_, i) => {
        if (i.error) return <Typography.Text type="danger">{i.error}</Typography.Text>;
        if (!i.result || i.result.failure) return '—';
        return `${i.result.errors}处错误、${i.result.warnings}处警告`;
      },
    },
  ];

  return (
    <>
      <Upload.Dragger
        multiple
        accept=".pdf,.docx,.html,.htm,.txt,application/pdf,text/html,text/plain"
        showUploadList={false}
        beforeUpload={(file) => {
          add(file);
          return Upload.LIST_IGNORE;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined aria-hidden="true" />
        </p>
        <p className="ant-upload-text">点击或拖入已发布的年度报告文件（可多选）</p>
        <p className="ant-upload-hint">支持 PDF、Word（DOCX）、网页（HTML）和文本文件，每个不超过 20 MB；只读取检查，不保存文件。</p>
      </Upload.Dragger>
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未上传文件" />
      ) : (
        <>
          <Table<Item>
            style={{ marginTop: 16 }}
            size="small"
            rowKey="key"
            columns={columns}
            dataSource={items}
            pagination={false}
            expandable={{
              expandedRowKeys: expanded,
              onExpandedRowsChange: (keys) => setExpanded(keys as string[]),
              rowExpandable: (i) => i.result !== null,
              expandedRowRender: (i) => (i.result ? <Findings result={i.result} /> : null),
            }}
          />
          <Button style={{ marginTop: 8 }} onClick={() => (setItems([]), setExpanded([]))}>
            清空列表
          </Button>
        </>
      )}
    </>
  );
}
