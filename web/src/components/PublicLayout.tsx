// The public portal's frame: header with navigation, main content, footer (landmarks for screen readers).
import { Layout } from 'antd';
import type { ReactNode } from 'react';
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
        {/* Plain links, not antd's Menu: the portal's first load stays small. */}
        <nav aria-label="主导航" style={{ display: 'flex', flexWrap: 'wrap', gap: 20, flex: 1, minWidth: 0 }}>
          <NavLink to="/" current={selected === 'home'}>
            机关与年度报告
          </NavLink>
          <NavLink to="/track" current={selected === 'track'}>
            办理进度查询
          </NavLink>
          {me ? (
            <NavLink to="/work" current={false}>
              工作台（{me.displayName}）
            </NavLink>
          ) : (
            <NavLink to="/login" current={selected === 'login'}>
              工作人员登录
            </NavLink>
          )}
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

function NavLink({ to, current, children }: { to: string; current: boolean; children: ReactNode }) {
  return (
    <Link to={to} aria-current={current ? 'page' : undefined} style={{ color: current ? '#fff' : 'rgba(255,255,255,0.75)', borderBottom: current ? '2px solid #fff' : '2px solid transparent', lineHeight: '28px' }}>
      {children}
    </Link>
  );
}
