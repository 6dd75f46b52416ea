/**
 * Number formatting for IKM figures. Bahasa Indonesia writes decimals with a comma ("82,45"); the official
 * publication is in Indonesian, so Indonesian is the default and English only applies when chosen.
 */
const cache = new Map<string, Intl.NumberFormat>();

function formatter(lang: string, digits: number): Intl.NumberFormat {
  const locale = lang.startsWith('en') ? 'en-US' : 'id-ID';
  const key = `${locale}:${digits}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
    cache.set(key, f);
  }
  return f;
}

/** `value` with exactly `digits` decimals in the UI language ("82,45" in id), or an en dash for no value. */
export function formatDesimal(value: number | null | undefined, digits: number, lang: string): string {
  return value == null || !Number.isFinite(value) ? '–' : formatter(lang, digits).format(value);
}

/** A whole number with thousands separators ("1.234" in id). */
export function formatBulat(value: number | null | undefined, lang: string): string {
  return formatDesimal(value, 0, lang);
}

/** Thousands and decimal separators of the UI language, for Mantine NumberInput ("1.000" in id, "1,000" in en). */
export function pemisahAngka(lang: string): { thousandSeparator: string; decimalSeparator: string } {
  return lang.startsWith('en') ? { thousandSeparator: ',', decimalSeparator: '.' } : { thousandSeparator: '.', decimalSeparator: ',' };
}
