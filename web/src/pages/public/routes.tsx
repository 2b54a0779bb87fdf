// The public portal's agency pages (guide, application form, annual reports), each its own lazy
// chunk so the portal's first load stays small.
import { lazy } from 'react';
import { Route } from 'react-router-dom';

const Guide = lazy(() => import('./Guide'));
const Apply = lazy(() => import('./Apply'));
const Reports = lazy(() => import('./Reports'));
const ReportView = lazy(() => import('./ReportView'));

export function publicRoutes() {
  return (
    <>
      <Route path="agencies/:id" element={<Guide />} />
      <Route path="agencies/:id/apply" element={<Apply />} />
      <Route path="agencies/:id/reports" element={<Reports />} />
      <Route path="agencies/:id/reports/:year" element={<ReportView />} />
    </>
  );
}
