import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { Navigate, useNavigate } from 'react-router-dom';
import { ErrorBox } from '../components/ErrorBox';
import { PageHeading } from '../components/PageHeading';
import { useSession } from '../session';

/** The show-password toggle (antd's own button) grown to a 24px target without changing the layout. */
const eye = (visible: boolean) => <span style={{ display: 'inline-flex', padding: 5, margin: -5 }}>{visible ? <EyeOutlined /> : <EyeInvisibleOutlined />}</span>;

export function Login() {
  const { me, signIn } = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  if (me) return <Navigate to="/work" replace />;
  return (
    <Card style={{ maxWidth: 420, margin: '48px auto' }}>
      <PageHeading title="工作人员登录 - 政府信息公开" style={{ marginTop: 0 }}>
        工作人员登录
      </PageHeading>
      <ErrorBox error={error} title="登录失败" />
      <Form
        layout="vertical"
        onFinish={async (v: { login: string; password: string }) => {
          setBusy(true);
          setError(null);
          try {
            await signIn(v.login.trim(), v.password);
            navigate('/work');
          } catch (e) {
            setError(e);
          } finally {
            setBusy(false);
          }
        }}
      >
        <Form.Item name="login" label="登录名" rules={[{ required: true, message: '请输入登录名' }]}>
          <Input autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item name="password" label="密码" rules={[{ required: true, message: '请输入密码' }]}>
          <Input.Password autoComplete="current-password" iconRender={eye} />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy}>
          登录
        </Button>
      </Form>
    </Card>
  );
}
