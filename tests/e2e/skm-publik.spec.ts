import { apiLogin, cariSurvei, ikmId } from './support/api.ts';
import { expect, test } from './support/fixtures.ts';

// User story: anyone can read the published IKM of every unit (UU 25/2009), and ASN sign in from the portal.

type Publikasi = { surveiId: number; unitNama: string; periodeLabel: string; responden: number; ikm: number; mutu: string; kinerja: string }[];

test('publikasi /ikm: setiap unit dengan nilai IKM yang sama dengan API publik', async ({ page, request, expectNoSeriousA11yViolations }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Hasil IKM' }).click();
  await expect(page).toHaveURL(/\/ikm$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Indeks Kepuasan Masyarakat — dipublikasikan sesuai UU 25/2009');

  const res = await request.get('/api/v1/skm/publik/ikm');
  expect(res.status()).toBe(200);
  const api = (await res.json()) as Publikasi;
  expect(api.length).toBeGreaterThan(0);
  expect(api.map((p) => p.unitNama)).toContain('Dinas Kependudukan dan Pencatatan Sipil');

  // One card per published unit, in the API's order (by unit name), each with the API's IKM written "82,45".
  await expect(page.locator('[data-testid^="publikasi-"]')).toHaveCount(api.length);
  for (const p of api) {
    const kartu = page.getByTestId(`publikasi-${p.surveiId}`);
    await expect(kartu.getByRole('heading', { level: 2 })).toHaveText(p.unitNama);
    await expect(kartu.getByTestId('ikm-nilai')).toHaveText(ikmId(p.ikm));
    await expect(kartu.getByTestId('ikm-mutu')).toHaveText(`Mutu ${p.mutu} · ${p.kinerja}`);
    await expect(kartu).toContainText(`Periode ${p.periodeLabel} · ${p.responden.toLocaleString('id-ID')} responden`);
  }
  await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText(api.map((p) => p.unitNama));

  // The per-unsur details open and show the nine unsur.
  const pertama = page.getByTestId(`publikasi-${api[0]!.surveiId}`);
  await pertama.getByText('Lihat nilai per unsur').click();
  await expect(pertama.getByRole('table').getByRole('row')).toHaveCount(10);
  await expectNoSeriousA11yViolations(page);
});

test('halaman /masuk lolos axe; kata sandi salah menampilkan galat berbahasa Indonesia', async ({ page, expectNoSeriousA11yViolations }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Masuk ASN' }).click();
  await expect(page).toHaveURL(/\/masuk$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Masuk ke SIKAP' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // An existing account (the atasan; no other journey signs in with it) and a wrong password.
  await page.getByRole('textbox', { name: 'NIP atau nama pengguna', exact: true }).fill('197110261996121001');
  await page.getByRole('textbox', { name: 'Kata sandi', exact: true }).fill('bukan-sandinya');
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  const alert = page.locator('form').getByRole('alert');
  await expect(alert).toContainText('Gagal masuk');
  await expect(alert).toContainText('NIP/nama pengguna atau kata sandi salah.');
  await expect(page).toHaveURL(/\/masuk$/);
  await expectNoSeriousA11yViolations(page);
});

test('ganti bahasa ke EN mengubah judul beranda, lalu kembali ke ID', async ({ page }) => {
  await page.goto('/');
  const judul = page.getByRole('heading', { level: 1 });
  await expect(judul).toHaveText('Pelayanan publik yang cepat, ramah, dan terukur');
  const bahasa = page.getByRole('radiogroup', { name: 'Bahasa' });

  await bahasa.getByText('EN', { exact: true }).click();
  await expect(judul).toHaveText('Public services that are fast, friendly and measured');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: 'Take the satisfaction survey' })).toBeVisible();
  // The choice survives a reload (stored in the browser).
  await page.reload();
  await expect(judul).toHaveText('Public services that are fast, friendly and measured');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByRole('radiogroup', { name: 'Language' }).getByText('ID', { exact: true }).click();
  await expect(judul).toHaveText('Pelayanan publik yang cepat, ramah, dan terukur');
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page.getByRole('link', { name: 'Isi survei kepuasan' })).toBeVisible();
});

test('kode survei tidak dikenal dan alamat tidak dikenal: pesan yang jelas, tanpa pelanggaran axe', async ({ page, expectNoSeriousA11yViolations }) => {
  await page.goto('/survei/tidakada');
  await expect(page.getByRole('heading', { level: 1, name: 'Survei tidak ditemukan' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Lihat survei lain' })).toHaveAttribute('href', '/survei');
  await expect(page.getByTestId('kirim-survei')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  const res = await page.goto('/halaman-yang-tidak-ada');
  expect(res?.status()).toBe(200); // SPA fallback; the router shows the 404 state
  await expect(page.getByText('Halaman tidak ditemukan.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('tautan tetap unit (poster): /survei/unit/:id membuka survei unit yang sedang berjalan', async ({ page, request, expectNoSeriousA11yViolations }) => {
  await apiLogin(request, 'admin');
  const s = (await cariSurvei(request)) as Awaited<ReturnType<typeof cariSurvei>> & { unitId: number };
  await page.goto(`/survei/unit/${s.unitId}`);
  await expect(page).toHaveURL(new RegExp(`/survei/${s.kode}$`));
  await expect(page.getByTestId('kirim-survei')).toBeVisible();
  // A unit without an open survey explains itself instead of showing an empty form.
  await page.goto('/survei/unit/999999');
  await expect(page.getByText('Unit ini belum membuka survei kepuasan untuk periode berjalan.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
