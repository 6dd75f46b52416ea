import { lazy, Suspense, type ComponentType } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { PageLoader, NotFound } from '../components/states.tsx';
import { PortalLayout } from './layouts/portal-layout.tsx';
import { HomePage } from './pages/home-page.tsx';

// Public pages are small and load first; staff and admin screens are split into their own chunks.
const l = (load: () => Promise<{ default: ComponentType }>) => {
  const C = lazy(load);
  return (
    <Suspense fallback={<PageLoader />}>
      <C />
    </Suspense>
  );
};

export const router = createBrowserRouter([
  {
    element: <PortalLayout />,
    children: [
      { path: '/', element: <HomePage /> },
      { path: '/masuk', element: l(() => import('./pages/login-page.tsx')) },
      { path: '/survei', element: l(() => import('../features/skm/pages/survei-list-page.tsx')) },
      { path: '/survei/:kode', element: l(() => import('../features/skm/pages/survei-form-page.tsx')) },
      { path: '/ikm', element: l(() => import('../features/skm/pages/publikasi-page.tsx')) },
    ],
  },
  {
    path: '/app',
    element: l(() => import('./layouts/staff-layout.tsx')),
    children: [{ index: true, element: l(() => import('./pages/staff-home-page.tsx')) }],
  },
  {
    path: '/admin',
    element: l(() => import('./layouts/admin-layout.tsx')),
    children: [
      { index: true, element: <Navigate to="/admin/skm" replace /> },
      { path: 'skm', element: l(() => import('../features/skm/pages/admin-survei-list-page.tsx')) },
      { path: 'skm/:id', element: l(() => import('../features/skm/pages/admin-survei-detail-page.tsx')) },
      { path: 'pegawai', element: l(() => import('../features/org/pages/pegawai-list-page.tsx')) },
      { path: 'pegawai/impor', element: l(() => import('../features/org/pages/import-pegawai-page.tsx')) },
      { path: 'organisasi', element: l(() => import('../features/org/pages/organisasi-page.tsx')) },
    ],
  },
  { path: '*', element: <PortalLayout />, children: [{ path: '*', element: <NotFound /> }] },
]);
