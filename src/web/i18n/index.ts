import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { common } from './common.ts';

export const LANGUAGES = [
  { code: 'id', label: 'Bahasa Indonesia' },
  { code: 'en', label: 'English' },
] as const;

const stored = typeof localStorage !== 'undefined' ? localStorage.getItem('sikap.lang') : null;
const initial = stored === 'en' ? 'en' : 'id';

/**
 * i18next with Bahasa Indonesia as default and English second. Each feature adds its own namespace
 * with {@link addFeatureTranslations} (features/<name>/i18n.ts), so features do not edit one shared file.
 */
void i18n.use(initReactI18next).init({
  lng: initial,
  fallbackLng: 'id',
  defaultNS: 'common',
  ns: ['common'],
  resources: { id: { common: common.id }, en: { common: common.en } },
  interpolation: { escapeValue: false },
});
// index.html says lang="id"; a stored English choice must be announced as English from the first paint
// (WCAG 3.1.1), not only after switching languages again.
if (typeof document !== 'undefined') document.documentElement.lang = initial;

export function addFeatureTranslations(ns: string, res: { id: Record<string, unknown>; en: Record<string, unknown> }) {
  i18n.addResourceBundle('id', ns, res.id, true, true);
  i18n.addResourceBundle('en', ns, res.en, true, true);
}

export function setLanguage(code: 'id' | 'en') {
  localStorage.setItem('sikap.lang', code);
  document.documentElement.lang = code;
  void i18n.changeLanguage(code);
}

export default i18n;
