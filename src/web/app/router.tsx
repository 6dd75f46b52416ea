import { lazy, Suspense, type ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import type { Permission } from '../../contracts/auth.ts';
import { AdminIndex, RequirePermission } from './guards.tsx';
import { PageLoader, NotFound } from '../components/states.tsx';
import { PortalLayout } from './layouts/portal-layout.tsx';
import { HomePage } from './pages/home-page.tsx';
import { RouteError } from './route-error.tsx';

const guarded = (permission: Permission, load: () => Promise<{ default: ComponentType }>) => (
  <RequirePermission permission={permission}>{l(load)}</RequirePermission>
);

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
      { path: '/survei/unit/:unitId', element: l(() => import('../features/skm/pages/survei-unit-page.tsx')) },
      { path: '/survei/:kode', element: l(() => import('../features/skm/pages/survei-form-page.tsx')) },
      { path: '/ikm', element: l(() => import('../features/skm/pages/publikasi-page.tsx')) },
      { path: '/antrian', element: l(() => import('../features/antrian/pages/ambil-antrian-page.tsx')) },
      { path: '/antrian/tiket/:kode', element: l(() => import('../features/antrian/pages/tiket-page.tsx')) },
      { path: '/layanan', element: l(() => import('../features/layanan/pages/katalog-page.tsx')) },
      { path: '/layanan/:kode', element: l(() => import('../features/layanan/pages/standar-page.tsx')) },
      { path: '/layanan/:kode/ajukan', element: l(() => import('../features/permohonan/pages/ajukan-page.tsx')) },
      { path: '/lacak', element: l(() => import('../features/permohonan/pages/lacak-page.tsx')) },
      { path: '/verifikasi/:token', element: l(() => import('../features/permohonan/pages/verifikasi-page.tsx')) },
      { path: '/pengaduan', element: l(() => import('../features/pengaduan/pages/pengaduan-form-page.tsx')) },
      { path: '/pengaduan/lacak', element: l(() => import('../features/pengaduan/pages/pengaduan-lacak-page.tsx')) },
    ],
  },
  // Office devices: the counter console and the kiosk (signed-in petugas), the display board (device token).
  // The console and the kiosk share a slim top bar (name, back to /app, sign out); the board has none.
  {
    element: l(() => import('./layouts/perangkat-layout.tsx')),
    children: [
      { path: '/loket', element: l(() => import('../features/loket/pages/loket-page.tsx')) },
      { path: '/loket/kiosk', element: l(() => import('../features/antrian/pages/kiosk-page.tsx')) },
    ],
  },
  { path: '/layar/:lokasi', element: l(() => import('../features/loket/pages/layar-page.tsx')) },
  {
    path: '/app',
    element: l(() => import('./layouts/staff-layout.tsx')),
    // A page that throws renders an error state inside the layout (the pathless route), not a blank app.
    children: [{ errorElement: <RouteError back="/app" />, children: [
      { index: true, element: l(() => import('./pages/staff-home-page.tsx')) },
      { path: 'permohonan', element: guarded('layanan:proses', () => import('../features/permohonan/pages/inbox-page.tsx')) },
      { path: 'permohonan/:id', element: guarded('layanan:proses', () => import('../features/permohonan/pages/detail-page.tsx')) },
      { path: 'pengaduan', element: guarded('pengaduan:tindaklanjut', () => import('../features/pengaduan/pages/staf-list-page.tsx')) },
      { path: 'pengaduan/:id', element: guarded('pengaduan:tindaklanjut', () => import('../features/pengaduan/pages/staf-detail-page.tsx')) },
      { path: 'kinerja', element: guarded('kinerja:skp', () => import('../features/kinerja/pages/kinerja-saya-page.tsx')) },
      { path: 'kinerja/skp/:id', element: guarded('kinerja:skp', () => import('../features/kinerja/pages/skp-page.tsx')) },
      { path: 'kinerja/skp/:id/pohon', element: guarded('kinerja:skp', () => import('../features/kinerja/pages/pohon-page.tsx')) },
      { path: 'kinerja/skp/:id/periode/:ke', element: guarded('kinerja:skp', () => import('../features/kinerja-evaluasi/pages/evaluasi-page.tsx')) },
      { path: 'kinerja/skp/:id/tahunan', element: guarded('kinerja:skp', () => import('../features/kinerja-evaluasi/pages/tahunan-page.tsx')) },
      { path: 'kinerja/realisasi/:id/sumber', element: guarded('kinerja:skp', () => import('../features/kinerja-evaluasi/pages/sumber-page.tsx')) },
      { path: 'kinerja/keberatan', element: guarded('kinerja:skp', () => import('../features/kinerja-evaluasi/pages/keberatan-page.tsx')) },
      { path: 'kinerja/tim', element: guarded('kinerja:opd', () => import('../features/kinerja/pages/tim-page.tsx')) },
      { path: 'kinerja/opd', element: guarded('kinerja:opd', () => import('../features/kinerja-opd/pages/opd-page.tsx')) },
      { path: 'kinerja/ringkasan', element: guarded('kinerja:ringkasan', () => import('../features/kinerja-opd/pages/ringkasan-page.tsx')) },
      { path: '*', element: <NotFound back="/app" /> },
    ] }],
  },
  {
    path: '/admin',
    element: l(() => import('./layouts/admin-layout.tsx')),
    children: [{ errorElement: <RouteError back="/admin" />, children: [
      { index: true, element: <AdminIndex /> },
      { path: 'skm', element: guarded('skm:hasil', () => import('../features/skm/pages/admin-survei-list-page.tsx')) },
      { path: 'skm/:id', element: guarded('skm:hasil', () => import('../features/skm/pages/admin-survei-detail-page.tsx')) },
      { path: 'pegawai', element: guarded('org:lihat', () => import('../features/org/pages/pegawai-list-page.tsx')) },
      { path: 'pegawai/impor', element: guarded('pegawai:import', () => import('../features/org/pages/import-pegawai-page.tsx')) },
      { path: 'organisasi', element: guarded('org:lihat', () => import('../features/org/pages/organisasi-page.tsx')) },
      { path: 'antrian', element: guarded('antrian:kelola', () => import('../features/antrian-admin/pages/lokasi-list-page.tsx')) },
      { path: 'antrian/:id', element: guarded('antrian:kelola', () => import('../features/antrian-admin/pages/lokasi-detail-page.tsx')) },
      { path: 'antrian-statistik', element: guarded('antrian:statistik', () => import('../features/antrian-statistik/pages/statistik-page.tsx')) },
      { path: 'kalender', element: guarded('kalender:kelola', () => import('../features/kalender/pages/kalender-page.tsx')) },
      { path: 'layanan', element: guarded('layanan:kelola', () => import('../features/layanan/pages/admin-katalog-page.tsx')) },
      { path: 'layanan/:id', element: guarded('layanan:kelola', () => import('../features/layanan/pages/admin-standar-page.tsx')) },
      { path: 'pengaduan', element: guarded('pengaduan:koordinasi', () => import('../features/pengaduan/pages/admin-pengaduan-page.tsx')) },
      { path: 'pengaduan/pengaturan', element: guarded('pengaduan:koordinasi', () => import('../features/pengaduan/pages/admin-pengaturan-page.tsx')) },
      { path: 'kinerja', element: guarded('kinerja:kelola', () => import('../features/kinerja-opd/pages/admin-kinerja-page.tsx')) },
      { path: 'notifikasi', element: guarded('notifikasi:lihat', () => import('../features/notifikasi/pages/outbox-page.tsx')) },
      { path: '*', element: <NotFound back="/admin" /> },
    ] }],
  },
  { path: '*', element: <PortalLayout />, children: [{ path: '*', element: <NotFound /> }] },
]);
