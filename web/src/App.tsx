// Routes. The public portal loads first and small; the staff workbench, report editor and
// supervisor dashboard (ECharts) are separate chunks loaded on demand.
import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled, InfoCircleFilled } from '@ant-design/icons';
import { ConfigProvider, App as AntApp, type ThemeConfig } from 'antd';
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

// antd's defaults draw some text below WCAG AA contrast (4.5:1): links, helper and secondary texts,
// placeholders, error texts, and tags (a palette's 7th shade on its 1st). These keep the look and pass;
// the link blue also differs from body text by 3:1, so links inside sentences need no underline.
const THEME: ThemeConfig = {
  token: {
    colorPrimary: '#b71c1c',
    borderRadius: 4,
    colorLink: '#1668dc',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    colorError: '#cf1322',
  },
  components: {
    Tag: {
      orange7: '#ad4e00',
      gold7: '#874d00',
      yellow7: '#876800',
      lime7: '#3f6600',
      green7: '#237804',
      cyan7: '#006d75',
      volcano7: '#ad2102',
      colorSuccess: '#237804',
      colorInfo: '#0958d9',
      colorWarning: '#874d00',
    },
  },
};

// An alert's icon would be announced by its English name ("close-circle") before the Chinese text,
// which says it all.
const ALERT_ICONS = {
  successIcon: <CheckCircleFilled aria-hidden="true" />,
  infoIcon: <InfoCircleFilled aria-hidden="true" />,
  warningIcon: <ExclamationCircleFilled aria-hidden="true" />,
  errorIcon: <CloseCircleFilled aria-hidden="true" />,
};

export function App() {
  return (
    <ConfigProvider locale={zhCN} theme={THEME} alert={ALERT_ICONS}>
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
