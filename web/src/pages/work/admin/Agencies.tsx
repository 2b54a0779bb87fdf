// The agencies the administrator manages (their own and those below) as a tree, and new agencies
// below one of them.
import { Button, Empty, Form, Input, Modal, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useFormSubmit } from '../../../components/useFormSubmit';
import { useState } from 'react';
import { api } from '../../../api';
import { ErrorBox } from '../../../components/ErrorBox';
import { Loading } from '../../../components/Loading';
import { DoneNote } from '../DoneNote';
import { LEVEL_BELOW, LEVEL_LABELS, type AgencyLevel, type AgencyView } from './model';

interface Row extends AgencyView {
  children?: Row[];
}

/** The visible agencies as a tree; the top is any agency whose parent is not visible. */
function tree(all: readonly AgencyView[]): Row[] {
  const ids = new Set(all.map((a) => a.id));
  const row = (a: AgencyView): Row => {
    const children = all.filter((b) => b.parentId === a.id).map(row);
    return children.length > 0 ? { ...a, children } : { ...a };
  };
  return all.filter((a) => a.parentId === null || !ids.has(a.parentId)).map(row);
}

interface NewAgency {
  parentId: string;
  name: string;
  level: AgencyLevel;
}

const LEVELS = Object.keys(LEVEL_LABELS) as AgencyLevel[];

function AgencyForm({ agencies, onCancel, onDone }: { agencies: readonly AgencyView[]; onCancel(): void; onDone(a: AgencyView): void }) {
  const [form] = Form.useForm<NewAgency>();
  const first = agencies[0];
  const { submit, busy, error } = useFormSubmit(form, (v: NewAgency) => api.post<AgencyView>('/api/agencies', { ...v, name: v.name.trim() }), onDone);
  return (
    <Modal open title="新建下级机关" okText="创建" cancelText="取消" onOk={() => void submit()} onCancel={onCancel} confirmLoading={busy} destroyOnHidden>
      <ErrorBox error={error} title="创建机关未成功" />
      <Form<NewAgency>
        form={form}
        layout="vertical"
        initialValues={first ? { parentId: first.id, level: LEVEL_BELOW[first.level] } : {}}
        onValuesChange={(changed: Partial<NewAgency>) => {
          const parent = changed.parentId ? agencies.find((a) => a.id === changed.parentId) : undefined;
          if (parent) form.setFieldValue('level', LEVEL_BELOW[parent.level]);
        }}
        onFinish={() => void submit()}
      >
        <Form.Item name="parentId" label="上级机关" rules={[{ required: true, message: '请选择上级机关' }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={agencies.map((a) => ({ value: a.id, label: a.name }))} />
        </Form.Item>
        <Form.Item name="name" label="机关名称" rules={[{ required: true, whitespace: true, message: '请填写机关名称' }, { max: 100, message: '不超过100个字' }]}>
          <Input placeholder="如 某镇人民政府、某县财政局" />
        </Form.Item>
        <Form.Item name="level" label="层级" rules={[{ required: true, message: '请选择层级' }]}>
          <Select options={LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l] }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function Agencies({ agencies, error, onChanged }: { agencies: readonly AgencyView[] | null; error: unknown; onChanged(): void }) {
  const [adding, setAdding] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const columns: TableColumnsType<Row> = [
    { title: '机关名称', dataIndex: 'name' },
    { title: '层级', dataIndex: 'level', width: 140, render: (l: AgencyLevel) => LEVEL_LABELS[l] },
  ];
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <Typography.Text type="secondary">本机关及下级机关。新建的机关可以在“用户”中为其创建账号。</Typography.Text>
        <Button type="primary" onClick={() => setAdding(true)} disabled={!agencies || agencies.length === 0}>
          新建下级机关
        </Button>
      </Space>
      <DoneNote text={done} onClose={() => setDone(null)} />
      <ErrorBox error={error} title="机关列表加载失败" />
      {agencies ? (
        // Keyed by the count so a new agency shows with the tree expanded again.
        <Table<Row>
          key={agencies.length}
          rowKey="id"
          columns={columns}
          dataSource={tree(agencies)}
          expandable={{ defaultExpandAllRows: true }}
          locale={{ emptyText: <Empty description="没有机关" /> }}
          pagination={false}
        />
      ) : (
        !error && <Loading />
      )}
      {adding && agencies && (
        <AgencyForm
          agencies={agencies}
          onCancel={() => setAdding(false)}
          onDone={(a) => {
            setAdding(false);
            setDone(`已创建机关“${a.name}”`);
            onChanged();
          }}
        />
      )}
    </>
  );
}
