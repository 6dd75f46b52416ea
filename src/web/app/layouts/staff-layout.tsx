import { useTranslation } from 'react-i18next';
import { useKasusNav, useKinerjaNav, useLoketNav } from '../nav.ts';
import { Shell } from './shell.tsx';

/** ASN workspace (/app): every signed-in ASN; a petugas also gets the counter console and the kiosk. */
export default function StaffLayout() {
  const { t } = useTranslation();
  const loket = useLoketNav();
  const kasus = useKasusNav();
  const kinerja = useKinerjaNav();
  return (
    <Shell
      title={t('nav.aplikasi')}
      requires="login"
      nav={[
        { to: '/app', label: t('nav.profil'), permission: 'login' },
        ...kinerja,
        ...kasus,
        { to: '/admin', label: t('nav.admin'), permission: 'org:lihat' },
        ...loket,
      ]}
    />
  );
}
