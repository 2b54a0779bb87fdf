// Accounts of the administrator's agency and the agencies below it, and new accounts with an initial
// password (the server's password rules apply; its message is shown as it is).
import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { useFormSubmit } from '../../../components/useFormSubmit';
import { Button, Empty, Form, Input, Modal, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../../api';
import { ErrorBox } from '../../../components/ErrorBox';
import { DoneNote } from '../DoneNote';
import { ROLE_HELP, ROLE_LABELS, type AgencyView, type Role, type UserView } from './model';

interface NewUser {
  agencyId: string;
  login: string;
  displayName: string;
  role: Role;
  password: string;
}

const ROLES = Object.keys(ROLE_LABELS) as Role[];

/** The show-password toggle grown to a 24px target (as on the sign-in page). */
const eye = (visible: boolean) => <span style={{ display: 'inline-flex', padding: 5, margin: -5 }}>{visible ? <EyeOutlined /> : <EyeInvisibleOutlined />}</span>;

function UserForm({ agencies, defaultAgencyId, onCancel, onDone }: { agencies: readonly AgencyView[]; defaultAgencyId: string; onCancel(): void; onDone(u: UserView): void }) {
  const [form] = Form.useForm<NewUser>();
  const role = Form.useWatch('role', form) ?? 'clerk';
  const { submit, busy, error } = useFormSubmit(form, (v: NewUser) => api.post<UserView>('/api/users', { ...v, login: v.login.trim(), displayName: v.displayName.trim() }), onDone);
  return (
    <Modal open title="新建用户" okText="创建" cancelText="取消" onOk={() => void submit()} onCancel={onCancel} confirmLoading={busy} destroyOnHidden width={560}>
      <ErrorBox error={error} title="创建用户未成功" />
      <Form<NewUser> form={form} layout="vertical" initialValues={{ agencyId: defaultAgencyId, role: 'clerk' }} onFinish={() => void submit()}>
        <Form.Item name="agencyId" label="所属机关" rules={[{ required: true, message: '请选择所属机关' }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={agencies.map((a) => ({ value: a.id, label: a.name }))} />
        </Form.Item>
        <Form.Item name="role" label="角色" extra={ROLE_HELP[role]} rules={[{ required: true, message: '请选择角色' }]}>
          <Select options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))} />
        </Form.Item>
        <Form.Item
          name="login"
          label="登录名"
          rules={[
            { required: true, whitespace: true, message: '请填写登录名' },
            { pattern: /^[A-Za-z0-9._@-]{2,64}$/, message: '登录名应为2至64个字母、数字或 . _ @ - 字符' },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label="姓名" rules={[{ required: true, whitespace: true, message: '请填写姓名' }, { max: 50, message: '不超过50个字' }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="password"
          label="初始密码"
          extra="至少8个字符，请混合使用字母、数字或符号；请通过安全渠道告知本人。"
          rules={[{ required: true, message: '请设置初始密码' }, { max: 256, message: '不超过256个字符' }]}
        >
          <Input.Password autoComplete="new-password" iconRender={eye} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function Users({ agencies, ownAgencyId }: { agencies: readonly AgencyView[]; ownAgencyId: string }) {
  const [users, setUsers] = useState<UserView[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [reload, setReload] = useState(0);
  const [adding, setAdding] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api.get<UserView[]>('/api/users').then(
      (u) => live && setUsers(u),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [reload]);
  const agencyName = (id: string) => agencies.find((a) => a.id === id)?.name ?? '—';
  const columns: TableColumnsType<UserView> = [
    { title: '登录名', dataIndex: 'login' },
    { title: '姓名', dataIndex: 'displayName' },
    { title: '角色', dataIndex: 'role', render: (r: Role) => ROLE_LABELS[r] },
    { title: '所属机关', dataIndex: 'agencyId', render: agencyName },
    { title: '状态', dataIndex: 'disabled', render: (d: boolean) => (d ? <Tag>已停用</Tag> : <Tag color="green">正常</Tag>) },
  ];
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <Typography.Text type="secondary">本机关及下级机关的工作人员账号。</Typography.Text>
        <Button type="primary" onClick={() => setAdding(true)} disabled={agencies.length === 0}>
          新建用户
        </Button>
      </Space>
      <DoneNote text={done} onClose={() => setDone(null)} />
      <ErrorBox error={error} title="用户列表加载失败" />
      <Table<UserView>
        rowKey="id"
        columns={columns}
        dataSource={users ?? []}
        loading={users === null && !error}
        locale={{ emptyText: <Empty description="没有用户" /> }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 700 }}
      />
      {adding && (
        <UserForm
          agencies={agencies}
          defaultAgencyId={ownAgencyId}
          onCancel={() => setAdding(false)}
          onDone={(u) => {
            setAdding(false);
            setDone(`已创建用户 ${u.login}（${ROLE_LABELS[u.role]}）`);
            setReload((n) => n + 1);
          }}
        />
      )}
    </>
  );
}
