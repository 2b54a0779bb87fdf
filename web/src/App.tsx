// Routes. The public portal loads first and small; the staff workbench, report editor and
// supervisor dashboard (ECharts) are separate chunks loaded on demand.
import { ConfigProvider, App as AntApp } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { Loading } from './components/Loading';
import { PublicLayout } from './components/PublicLayout';
import { SessionProvider } from './session';
import { publicRoutes } from './pages/public/routes';

dayjs.locale('zh-cn');

// Every page is its own chunk: a visitor downloads the frame and the page they open, nothing else.
const Home = lazy(() => import('./pages/public/Home').then((m) => ({ default: m.Home })));
const Track = lazy(() => import('./pages/public/Track').then((m) => ({ default: m.Track })));
const Login = lazy(() => import('./pages/Login').then((m) => ({ default: m.Login })));
const NotFound = lazy(() => import('./components/NotFound').then((m) => ({ default: m.NotFound })));
const Workbench = lazy(() => import('./pages/work/WorkApp'));

export function App() {
  return (
    <ConfigProvider locale={zhCN} theme={{ token: { colorPrimary: '#b71c1c', borderRadius: 4 } }}>
      <AntApp>
        <SessionProvider>
          <BrowserRouter>
            <Suspense fallback={<Loading />}>
              <Routes>
                <Route element={<PublicLayout />}>
                  <Route index element={<Home />} />
                  <Route path="track" element={<Track />} />
                  <Route path="track/:code" element={<Track />} />
                  {publicRoutes()}
                  <Route path="login" element={<Login />} />
                  <Route path="*" element={<NotFound />} />
                </Route>
                <Route path="work/*" element={<Workbench />} />
              </Routes>
            </Suspense>
          </BrowserRouter>
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
}
