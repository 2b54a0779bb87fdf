// The staff side: sign-in required; a side menu by role; pages loaded on demand.
import { Button, Layout, Menu, Space } from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { Loading } from '../../components/Loading';
import { NotFound } from '../../components/NotFound';
import { useSession, type Me } from '../../session';
import { Overview } from './Overview';
import { WORK_PAGES } from './pages';

export { PageTitle } from './PageTitle';

const { Header, Sider, Content } = Layout;

export default function WorkApp() {
  const { me, loading, signOut } = useSession();
  const location = useLocation();
  // Below the lg breakpoint the menu folds away behind a real button (antd's own trigger is a span).
  const [narrow, setNarrow] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [location.pathname]);
  if (loading) return <Loading />;
  if (!me) return <Navigate to="/login" replace />;
  const pages = WORK_PAGES.filter((p) => p.roles.includes(me.role));
  const selected = pages.find((p) => location.pathname.startsWith(`/work/${p.path.split('/')[0]}`))?.path ?? '';
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', paddingInline: 24 }}>
        <Space>
          {narrow && (
            <Button size="small" aria-expanded={menuOpen} aria-controls="work-nav" onClick={() => setMenuOpen((o) => !o)}>
              菜单
            </Button>
          )}
          <Link to="/work" style={{ color: '#fff', fontSize: 18, fontWeight: 600 }}>
            政府信息公开工作台
          </Link>
        </Space>
        <Space style={{ color: '#fff' }}>
          <span>
            {me.agencyName} · {me.displayName}（{me.roleLabel}）
          </span>
          <Link to="/" style={{ color: '#fff' }}>
            公众门户
          </Link>
          <Button size="small" onClick={() => void signOut()}>
            退出
          </Button>
        </Space>
      </Header>
      <Layout>
        <Sider width={200} theme="light" breakpoint="lg" collapsedWidth={0} collapsed={narrow && !menuOpen} onBreakpoint={setNarrow} trigger={null}>
          {(!narrow || menuOpen) && (
            <nav id="work-nav" aria-label="工作台导航">
              <Menu mode="inline" selectedKeys={[selected]} items={pages.filter((p) => p.menu).map((p) => ({ key: p.path, label: <Link to={`/work/${p.path}`}>{p.menu}</Link> }))} />
            </nav>
          )}
        </Sider>
        <Content style={{ padding: 24 }}>
          <Suspense fallback={<Loading />}>
              <Routes>
                <Route index element={<Overview me={me} />} />
                {pages.map((p) => (
                  <Route key={p.path} path={p.path} element={<p.Page me={me} />} />
                ))}
                <Route path="*" element={<NotFound />} />
              </Routes>
            </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
}

export type WorkPageProps = { me: Me };
