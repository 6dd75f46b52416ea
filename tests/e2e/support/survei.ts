import { expect, type Page } from '@playwright/test';

/** The nine unsur of PermenPANRB 14/2017, in questionnaire order. */
export const UNSUR = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'] as const;

/**
 * Answers unsur `kode` on the public survey form (/survei/:kode) with `nilai` (1–4) through its
 * `jawaban-<kode>-<nilai>` radio: by touch (`tap`) on a phone, by click otherwise, and checks it is selected.
 */
export async function jawab(page: Page, kode: string, nilai: number, cara: 'tap' | 'click' = 'click'): Promise<void> {
  const radio = page.getByTestId(`jawaban-${kode}-${nilai}`);
  if (cara === 'tap') await radio.tap();
  else await radio.click();
  await expect(radio).toBeChecked();
}

/**
 * Answers all nine unsur with `nilai[i]` (default: 4,3,4,3,…) and waits for the progress line "9 dari 9".
 */
export async function jawabSemua(page: Page, cara: 'tap' | 'click' = 'click', nilai: readonly number[] = [4, 3, 4, 3, 4, 3, 4, 3, 4]): Promise<void> {
  for (const [i, kode] of UNSUR.entries()) await jawab(page, kode, nilai[i]!, cara);
  await expect(page.getByTestId('progres-survei')).toHaveText('9 dari 9 terjawab');
}

/** Presses "Kirim survei" and waits for the thank-you panel. */
export async function kirimDanTungguTerimaKasih(page: Page, cara: 'tap' | 'click' = 'click'): Promise<void> {
  const kirim = page.getByTestId('kirim-survei');
  await expect(kirim).toBeEnabled();
  if (cara === 'tap') await kirim.tap();
  else await kirim.click();
  const panel = page.getByTestId('terima-kasih');
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Jawaban Anda terkirim');
}
