import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { can, type Permission } from '../../contracts/auth.ts';

export type NavItem = { to: string; label: string; permission: Permission; icon?: ReactNode };

/** The first menu entry this account may open (where /admin lands). */
export function firstAllowed(nav: NavItem[], roles: readonly string[]): string | undefined {
  return nav.find((n) => can(roles, n.permission))?.to;
}

/** The admin menu, filtered per account by the Shell. Kept apart from the Shell so guards stay light. */
export function useAdminNav(): NavItem[] {
  const { t } = useTranslation();
  return [
    { to: '/admin/skm', label: t('nav.skm'), permission: 'skm:hasil' },
    { to: '/admin/pegawai', label: t('nav.pegawai'), permission: 'org:lihat' },
    { to: '/admin/pegawai/impor', label: t('nav.imporPegawai'), permission: 'pegawai:import' },
    { to: '/admin/organisasi', label: t('nav.organisasi'), permission: 'org:lihat' },
    { to: '/admin/antrian', label: t('nav.antrian'), permission: 'antrian:kelola' },
    { to: '/admin/antrian-statistik', label: t('nav.antrianStatistik'), permission: 'antrian:statistik' },
    { to: '/admin/layanan', label: t('nav.katalogLayanan'), permission: 'layanan:kelola' },
    { to: '/admin/pengaduan', label: t('nav.koordinasiPengaduan'), permission: 'pengaduan:koordinasi' },
    { to: '/admin/pengaduan/pengaturan', label: t('nav.pengaturanPengaduan'), permission: 'pengaduan:koordinasi' },
    { to: '/admin/kinerja', label: t('nav.kinerjaPengaturan'), permission: 'kinerja:kelola' },
    { to: '/admin/kalender', label: t('nav.kalender'), permission: 'kalender:kelola' },
    { to: '/admin/notifikasi', label: t('nav.notifikasi'), permission: 'notifikasi:lihat' },
    { to: '/app', label: t('nav.aplikasi'), permission: 'login' },
  ];
}

/** The office screens of a petugas (antrian:loket): the counter console and the kiosk, outside the Shell. */
export function useLoketNav(): NavItem[] {
  const { t } = useTranslation();
  return [
    { to: '/loket', label: t('nav.loket'), permission: 'antrian:loket' },
    { to: '/loket/kiosk', label: t('nav.kiosk'), permission: 'antrian:loket' },
  ];
}

/** The ASN workspace's case screens: the permohonan inbox and the complaints of the own OPD. */
export function useKasusNav(): NavItem[] {
  const { t } = useTranslation();
  return [
    { to: '/app/permohonan', label: t('nav.permohonan'), permission: 'layanan:proses' },
    { to: '/app/pengaduan', label: t('nav.pengaduan'), permission: 'pengaduan:tindaklanjut' },
  ];
}

/**
 * The ASN workspace's kinerja screens (PermenPANRB 6/2022): my SKP and evaluations, my team's (atasan),
 * the unit/OPD distribution view and the city summary (aggregates). Scope is decided by the server.
 */
export function useKinerjaNav(): NavItem[] {
  const { t } = useTranslation();
  return [
    { to: '/app/kinerja', label: t('nav.kinerjaSaya'), permission: 'kinerja:skp' },
    { to: '/app/kinerja/tim', label: t('nav.kinerjaTim'), permission: 'kinerja:opd' },
    { to: '/app/kinerja/opd', label: t('nav.kinerjaOpd'), permission: 'kinerja:opd' },
    { to: '/app/kinerja/ringkasan', label: t('nav.kinerjaRingkasan'), permission: 'kinerja:ringkasan' },
  ];
}
