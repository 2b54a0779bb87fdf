// The public portal's frame: header with navigation, main content, footer (landmarks for screen readers).
import { Layout, Menu } from 'antd';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useSession } from '../session';

const { Header, Content, Footer } = Layout;

export function PublicLayout() {
  const { me } = useSession();
  const location = useLocation();
  const selected = location.pathname.startsWith('/track') ? 'track' : location.pathname.startsWith('/login') ? 'login' : 'home';
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header style={{ display: 'flex', alignItems: 'center', gap: 24, paddingInline: 'max(16px, calc((100% - 1100px) / 2))' }}>
        <Link to="/" style={{ color: '#fff', fontSize: 18, fontWeight: 600, whiteSpace: 'nowrap' }}>
          政府信息公开
        </Link>
        <nav aria-label="主导航" style={{ flex: 1, minWidth: 0 }}>
          <Menu
            theme="dark"
            mode="horizontal"
            selectedKeys={[selected]}
            items={[
              { key: 'home', label: <Link to="/">机关与年度报告</Link> },
              { key: 'track', label: <Link to="/track">办理进度查询</Link> },
              { key: 'login', label: me ? <Link to="/work">工作台（{me.displayName}）</Link> : <Link to="/login">工作人员登录</Link> },
            ]}
          />
        </nav>
      </Header>
      <Content style={{ padding: '24px max(16px, calc((100% - 1100px) / 2))' }}>
        <Outlet />
      </Content>
      <Footer style={{ textAlign: 'center', color: '#666' }}>
        依据《中华人民共和国政府信息公开条例》提供在线申请、进度查询和年度报告查阅 · Gongkai 开源政府信息公开工作平台
      </Footer>
    </Layout>
  );
}
