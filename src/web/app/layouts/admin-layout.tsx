import { useTranslation } from 'react-i18next';
import { useAdminNav } from '../nav.ts';
import { Shell } from './shell.tsx';

/** Administration (/admin): BKPSDM, admin OPD, atasan (their line) and read-only pimpinan. */
export default function AdminLayout() {
  const { t } = useTranslation();
  return <Shell title={t('nav.admin')} requires="org:lihat" nav={useAdminNav()} />;
}
