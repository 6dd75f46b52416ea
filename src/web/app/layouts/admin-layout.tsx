import { useTranslation } from 'react-i18next';
import { Shell } from './shell.tsx';

/** Administration (/admin): BKPSDM, admin OPD, and read-only pimpinan. */
export default function AdminLayout() {
  const { t } = useTranslation();
  return (
    <Shell
      title={t('nav.admin')}
      requires="org:lihat"
      nav={[
        { to: '/admin/skm', label: t('nav.skm'), permission: 'skm:hasil' },
        { to: '/admin/pegawai', label: t('nav.pegawai'), permission: 'org:lihat' },
        { to: '/admin/pegawai/impor', label: t('nav.imporPegawai'), permission: 'pegawai:import' },
        { to: '/admin/organisasi', label: t('nav.organisasi'), permission: 'org:lihat' },
        { to: '/app', label: t('nav.aplikasi'), permission: 'login' },
      ]}
    />
  );
}
