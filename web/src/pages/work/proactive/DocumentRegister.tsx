// The register of 规章 and 行政规范性文件: every document with its 文号 and dates. Section 二's first
// table (制发、废止、现行有效) is counted from it, so documents are registered here, not counted by hand.
import { Button, DatePicker, Empty, Form, Input, Modal, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useFormSubmit } from '../../../components/useFormSubmit';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { api } from '../../../api';
import { ErrorBox } from '../../../components/ErrorBox';
import { REGISTER_KIND_LABELS, REGISTER_KINDS, type RegisterKind } from '../../../../../src/core/proactive/register.js';
import { dateText, fromIso, toIso } from '../applications/model';
import { DoneNote } from '../DoneNote';
import type { DocumentView } from './model';

interface NewDocument {
  kind: RegisterKind;
  docNumber?: string;
  title: string;
  issuedOn: Dayjs;
  publishedOn?: Dayjs;
}

function RegisterForm({ today, onCancel, onDone }: { today: string; onCancel(): void; onDone(d: DocumentView): void }) {
  const [form] = Form.useForm<NewDocument>();
  const { submit, busy, error } = useFormSubmit(form, (v: NewDocument) => api.post<DocumentView>('/api/proactive/documents', {
          kind: v.kind,
          title: v.title.trim(),
          ...(v.docNumber?.trim() ? { docNumber: v.docNumber.trim() } : {}),
          issuedOn: toIso(v.issuedOn),
          ...(v.publishedOn ? { publishedOn: toIso(v.publishedOn) } : {}),
        }), onDone);
  const issuedOn = Form.useWatch('issuedOn', form);
  return (
    <Modal open title="登记文件" okText="登记" cancelText="取消" onOk={() => void submit()} onCancel={onCancel} confirmLoading={busy} destroyOnHidden width={600}>
      <ErrorBox error={error} title="登记未成功" />
      <Form<NewDocument> form={form} layout="vertical" initialValues={{ kind: 'normativeDocument', issuedOn: fromIso(today) }} onFinish={() => void submit()}>
        <Form.Item name="kind" label="类别" rules={[{ required: true, message: '请选择类别' }]}>
          <Select options={REGISTER_KINDS.map((k) => ({ value: k, label: REGISTER_KIND_LABELS[k] }))} />
        </Form.Item>
        <Form.Item name="docNumber" label="文号（可选）" extra="本机关内不重复。" rules={[{ max: 100, message: '不超过100个字' }]}>
          <Input placeholder="如 某政规〔2024〕1号" />
        </Form.Item>
        <Form.Item name="title" label="文件标题" rules={[{ required: true, whitespace: true, message: '请填写文件标题' }, { max: 500, message: '不超过500个字' }]}>
          <Input />
        </Form.Item>
        <Form.Item name="issuedOn" label="制发日期" rules={[{ required: true, message: '请选择制发日期' }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => toIso(d) > today} />
        </Form.Item>
        <Form.Item name="publishedOn" label="公开日期（可选）" extra="属于主动公开范围的政府信息，应当自形成或者变更之日起20个工作日内予以公开（条例第二十六条）。">
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => toIso(d) > today || (issuedOn ? d.isBefore(issuedOn, 'day') : false)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function RepealForm({ doc, today, onCancel, onDone }: { doc: DocumentView; today: string; onCancel(): void; onDone(d: DocumentView): void }) {
  const [on, setOn] = useState<Dayjs | null>(fromIso(today));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (!on) return;
    setBusy(true);
    setError(null);
    try {
      onDone(await api.post<DocumentView>(`/api/proactive/documents/${doc.id}/repeal`, { repealedOn: toIso(on) }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open title="登记废止" okText="提交" cancelText="取消" okButtonProps={{ disabled: !on }} onOk={() => void submit()} onCancel={onCancel} confirmLoading={busy} destroyOnHidden>
      <Typography.Paragraph>
        {doc.docNumber ? `${doc.docNumber} ` : ''}
        {doc.title}
      </Typography.Paragraph>
      <ErrorBox error={error} title="登记废止未成功" />
      <label htmlFor="repealed-on">废止（失效）日期</label>
      <DatePicker id="repealed-on" style={{ width: '100%', marginTop: 8 }} value={on} onChange={setOn} disabledDate={(d) => toIso(d) > today || toIso(d) < doc.issuedOn} />
    </Modal>
  );
}

export function DocumentRegister({ today, canWrite, onChanged }: { today: string; canWrite: boolean; onChanged(): void }) {
  const [kind, setKind] = useState<RegisterKind | ''>('');
  const [data, setData] = useState<DocumentView[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [reload, setReload] = useState(0);
  const [adding, setAdding] = useState(false);
  const [repealing, setRepealing] = useState<DocumentView | null>(null);
  const [done, setDone] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setError(null);
    api.get<{ items: DocumentView[] }>(`/api/proactive/documents${kind ? `?kind=${kind}` : ''}`).then(
      (r) => live && setData(r.items),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [kind, reload]);

  const changed = (text: string) => {
    setDone(text);
    setReload((n) => n + 1);
    onChanged();
  };

  const columns: TableColumnsType<DocumentView> = [
    { title: '类别', dataIndex: 'kindLabel', width: 130 },
    { title: '文号', dataIndex: 'docNumber', width: 180, render: (n: string | null) => n ?? '—' },
    { title: '标题', dataIndex: 'title' },
    { title: '制发日期', dataIndex: 'issuedOn', render: dateText },
    { title: '公开日期', dataIndex: 'publishedOn', render: dateText },
    { title: '废止日期', dataIndex: 'repealedOn', render: dateText },
    { title: '状态', key: 'state', render: (_, d) => (d.inForce ? <Tag color="green">现行有效</Tag> : d.repealedOn ? <Tag>已废止</Tag> : <Tag color="gold">尚未施行</Tag>) },
    ...(canWrite
      ? [
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, d: DocumentView) =>
              d.repealedOn === null ? (
                <Button size="small" onClick={() => setRepealing(d)} aria-label={`登记废止：${d.title}`}>
                  登记废止
                </Button>
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <section aria-labelledby="register-heading">
      <Space style={{ width: '100%', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography.Title level={2} id="register-heading" style={{ fontSize: 20 }}>
          规章和行政规范性文件登记簿
        </Typography.Title>
        <Space wrap>
          <Select
            aria-label="类别"
            style={{ width: 180 }}
            value={kind}
            onChange={setKind}
            options={[{ value: '', label: '全部类别' }, ...REGISTER_KINDS.map((k) => ({ value: k, label: REGISTER_KIND_LABELS[k] }))]}
          />
          {canWrite && (
            <Button type="primary" onClick={() => setAdding(true)}>
              登记文件
            </Button>
          )}
        </Space>
      </Space>
      <Typography.Paragraph type="secondary">年度报告第二部分第二十条第（一）项的制发、废止和现行有效件数由本登记簿自动统计，请登记本机关制发的全部规章和行政规范性文件。</Typography.Paragraph>
      <DoneNote text={done} onClose={() => setDone(null)} />
      <ErrorBox error={error} title="登记簿加载失败" />
      <Table<DocumentView>
        rowKey="id"
        columns={columns}
        dataSource={data ?? []}
        loading={data === null && !error}
        locale={{ emptyText: <Empty description="尚未登记文件" /> }}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (total) => `共 ${total} 件` }}
        scroll={{ x: 900 }}
      />
      {adding && (
        <RegisterForm
          today={today}
          onCancel={() => setAdding(false)}
          onDone={(d) => {
            setAdding(false);
            changed(`已登记${d.kindLabel}“${d.title}”`);
          }}
        />
      )}
      {repealing && (
        <RepealForm
          doc={repealing}
          today={today}
          onCancel={() => setRepealing(null)}
          onDone={(d) => {
            setRepealing(null);
            changed(`已登记废止“${d.title}”`);
          }}
        />
      )}
    </section>
  );
}
