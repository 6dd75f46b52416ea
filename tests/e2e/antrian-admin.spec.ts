import { ADMIN_OPD_DUKCAPIL, PETUGAS_DUKCAPIL } from './support/antrian.ts';
import { expect, test } from './support/fixtures.ts';

// User stories: the admin OPD of Disdukcapil reads the queue statistics of the demo year (regression: the
// page crashed with "Invalid time value" from the daily chart's tooltip); a petugas finds the counter
// console and the kiosk from the staff app and can sign out from their top bar.

test('admin OPD membuka statistik antrian: kartu KPI dan grafik tampil tanpa galat', async ({ page, loginAs, expectNoSeriousA11yViolations }) => {
  const galat: string[] = [];
  page.on('pageerror', (e) => galat.push(e.message));
  await loginAs(page, ADMIN_OPD_DUKCAPIL);
  await page.goto('/admin/antrian-statistik');
  await expect(page.getByRole('heading', { level: 1, name: 'Statistik antrian' })).toBeVisible();
  for (const kpi of ['kpi-tiket', 'kpi-dilayani', 'kpi-tunggu', 'kpi-layanan', 'kpi-tidak-hadir', 'kpi-standar']) {
    await expect(page.getByTestId(kpi)).toBeVisible();
  }
  // The demo seed holds a year of history: the last 30 days have tickets, so the charts are drawn.
  await expect(page.getByTestId('kpi-tiket')).toContainText(/[1-9]/);
  await expect(page.getByRole('heading', { level: 2, name: 'Tiket per hari' })).toBeVisible();
  const grafik = page.locator('.recharts-surface').first();
  await expect(grafik).toBeVisible();
  // Hovering a point formats a real date in the tooltip; leaving it formats "no label" again.
  await grafik.hover();
  await page.mouse.move(0, 0);
  await expect(page.getByTestId('tabel-layanan')).toBeVisible();
  expect(galat).toEqual([]);
  await expectNoSeriousA11yViolations(page);
});

test('petugas menemukan konsol loket dan kios dari aplikasi ASN, lalu keluar', async ({ page, loginAs, expectNoSeriousA11yViolations }) => {
  await loginAs(page, PETUGAS_DUKCAPIL);
  await expect(page).toHaveURL(/\/app$/);
  const navigasi = page.getByRole('navigation', { name: 'Navigasi' });
  await expect(navigasi.getByRole('link', { name: 'Konsol loket' })).toBeVisible();
  await expect(navigasi.getByRole('link', { name: 'Kios antrian' })).toBeVisible();
  await page.getByTestId('kartu-loket').getByRole('link', { name: 'Kios antrian' }).click();
  await expect(page).toHaveURL(/\/loket\/kiosk$/);
  const bar = page.getByRole('banner');
  await expect(bar.getByTestId('user-name')).not.toBeEmpty();
  await expectNoSeriousA11yViolations(page);
  await bar.getByRole('link', { name: 'Aplikasi ASN' }).click();
  await expect(page).toHaveURL(/\/app$/);
  await page.goto('/loket');
  await page.getByRole('banner').getByRole('button', { name: 'Keluar', exact: true }).click();
  await expect(page).toHaveURL(/\/masuk$/);
});
