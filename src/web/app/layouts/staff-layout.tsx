import { useTranslation } from 'react-i18next';
import { Shell } from './shell.tsx';

/** ASN workspace (/app): every signed-in ASN. */
export default function StaffLayout() {
  const { t } = useTranslation();
  return (
    <Shell
      title={t('nav.aplikasi')}
      requires="login"
      nav={[
        { to: '/app', label: t('nav.profil'), permission: 'login' },
        { to: '/admin', label: t('nav.admin'), permission: 'org:lihat' },
      ]}
    />
  );
}
