import { expect, test } from './support/fixtures.ts';

// User stories: BKPSDM reads the city's organisation (OPD tree with staff counts) and its wilayah (6 kecamatan,
// 31 kelurahan, Kemendagri codes); an atasan signs in and lands on the roster of their own reporting line.

test('admin membaca pohon organisasi dan wilayah Tanjungbalai (6 kecamatan, 31 kelurahan)', async ({ page, loginAs, expectNoSeriousA11yViolations }) => {
  await loginAs(page, 'admin');
  await page.getByRole('navigation', { name: 'Navigasi' }).getByRole('link', { name: 'Organisasi' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Organisasi' })).toBeVisible();
  await page.getByRole('button', { name: 'Buka semua' }).click();
  await expect(page.getByText('Dinas Kependudukan dan Pencatatan Sipil').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('tab', { name: 'Wilayah' }).click();
  await expect(page.getByRole('heading', { level: 3, name: /^Kecamatan / })).toHaveCount(6);
  await expect(page.getByRole('heading', { level: 3, name: 'Kecamatan Datuk Bandar', exact: true })).toBeVisible();
  const kelurahan = await page.getByRole('tabpanel').getByRole('row').count();
  expect(kelurahan - 6).toBe(31); // one header row per kecamatan table
  await expectNoSeriousA11yViolations(page);
});

test('atasan masuk dan langsung melihat daftar pegawai garis atasannya sendiri (bukan menu SKM)', async ({ page, loginAs, expectNoSeriousA11yViolations }) => {
  await loginAs(page, '197110261996121001');
  await expect(page).toHaveURL(/\/admin\/pegawai/);
  await expect(page.getByRole('heading', { level: 1, name: 'Pegawai' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Navigasi' });
  await expect(nav.getByRole('link', { name: 'Survei (SKM)' })).toHaveCount(0);
  // Their line is small (tens of people), never the whole city (~4,000).
  const total = await page.request.get('/api/v1/org/pegawai?per_page=1');
  const { total: n } = (await total.json()) as { total: number };
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThan(200);
  await expect(page.getByRole('table')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
