import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n/index.ts';

/** ID / EN switch (Bahasa Indonesia default). */
export function LanguageSwitch() {
  const { i18n, t } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language')}
      value={i18n.language === 'en' ? 'en' : 'id'}
      onChange={(v) => setLanguage(v as 'id' | 'en')}
      data={[{ value: 'id', label: 'ID' }, { value: 'en', label: 'EN' }]}
    />
  );
}
