import { apiLogin, cariSurvei, DISDUKCAPIL, hasilSurvei, kodeSurveiPublik, TRIWULAN_AKTIF, unik } from './support/api.ts';
import { expect, test } from './support/fixtures.ts';
import { jawab, jawabSemua, kirimDanTungguTerimaKasih, UNSUR } from './support/survei.ts';

// User story: a citizen who has just been served at Disdukcapil rates the service on a phone (project
// "mobile": Pixel 7, 390×844, touch). No login. Every portal page on the way is checked with axe.

const JUDUL = `SKM ${DISDUKCAPIL} ${TRIWULAN_AKTIF}`;

test('warga mengisi survei Disdukcapil di ponsel: beranda → daftar → 9 unsur → terima kasih', async ({ page, request, expectNoSeriousA11yViolations }) => {
  const kode = await kodeSurveiPublik(request);
  const saran = unik('Antrean e2e ponsel');

  // Home → "Isi survei kepuasan".
  await page.goto('/');
  await page.getByRole('link', { name: 'Isi survei kepuasan' }).tap();
  await expect(page).toHaveURL(/\/survei$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Survei Kepuasan Masyarakat' })).toBeVisible();
  const kartu = page.getByTestId(`survei-${kode}`);
  await expect(kartu).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The Disdukcapil card, under its unit heading.
  const bagian = page.getByRole('region', { name: DISDUKCAPIL, exact: true });
  await expect(bagian.getByRole('heading', { level: 3, name: JUDUL })).toBeVisible();
  await kartu.getByRole('link', { name: `Isi survei: ${JUDUL}` }).tap();
  await expect(page).toHaveURL(new RegExp(`/survei/${kode}$`));
  await expect(page.getByRole('heading', { level: 1, name: JUDUL })).toBeVisible();

  // Nothing answered yet: submit disabled.
  const kirim = page.getByTestId('kirim-survei');
  const progres = page.getByTestId('progres-survei');
  await expect(progres).toHaveText('0 dari 9 terjawab');
  await expect(kirim).toBeDisabled();

  // Each question is a named radio group ("U1 Persyaratan, 1 dari 9"); answer eight of them by touch.
  await expect(page.getByRole('group', { name: 'U1 Persyaratan, 1 dari 9' }).getByRole('radio')).toHaveCount(4);
  for (const [i, u] of UNSUR.slice(0, 8).entries()) await jawab(page, u, (i % 4) + 1, 'tap');
  await expect(progres).toHaveText('8 dari 9 terjawab');
  await expect(kirim).toBeDisabled();
  await expect(page.getByText('Jawab semua pertanyaan untuk mengirim (tinggal 1 lagi).')).toBeVisible();

  // Changing an answer does not count twice; the ninth enables the button.
  await jawab(page, 'U1', 4, 'tap');
  await expect(progres).toHaveText('8 dari 9 terjawab');
  await jawab(page, 'U9', 3, 'tap');
  await expect(progres).toHaveText('9 dari 9 terjawab');
  await expect(kirim).toBeEnabled();

  // Optional demographics and a suggestion.
  await page.getByRole('combobox', { name: 'Jenis kelamin' }).selectOption({ label: 'Perempuan' });
  await page.getByRole('combobox', { name: 'Usia' }).selectOption({ label: '30–39 tahun' });
  await page.getByRole('combobox', { name: 'Pekerjaan' }).selectOption({ label: 'Wiraswasta' });
  await page.getByRole('textbox', { name: 'Layanan yang Anda terima' }).fill('Pembuatan KTP-el');
  await page.getByRole('textbox', { name: 'Saran atau masukan (opsional)' }).fill(saran);
  await expectNoSeriousA11yViolations(page);

  await kirimDanTungguTerimaKasih(page, 'tap');
  await expect(page.getByTestId('terima-kasih').getByRole('heading', { level: 1 })).toBeFocused();
  await expectNoSeriousA11yViolations(page);

  // From the thank-you panel to the published results, still readable on the phone (no sideways scroll).
  await page.getByTestId('terima-kasih').getByRole('link', { name: 'Lihat hasil IKM' }).tap();
  await expect(page).toHaveURL(/\/ikm$/);
  await expect(page.getByRole('heading', { level: 2, name: DISDUKCAPIL, exact: true })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoSeriousA11yViolations(page);

  // The answer reached the server: the admin sees the suggestion on the survey's results.
  await apiLogin(request, 'admin');
  const { id } = await cariSurvei(request);
  expect((await hasilSurvei(request, id)).saran).toContain(saran);
});

test('undangan sekali pakai: dibuka di ponsel, dijawab, lalu tautan yang sama ditolak', async ({ page, request, expectNoSeriousA11yViolations }) => {
  // Admin creates one invitation through the API (session cookie + CSRF header).
  const csrf = await apiLogin(request, 'admin');
  const survei = await cariSurvei(request);
  const res = await request.post(`/api/v1/skm/survei/${survei.id}/undangan`, { data: { jumlah: 1 }, headers: { 'x-csrf-token': csrf } });
  expect(res.status(), await res.text()).toBe(201);
  const [undangan] = (await res.json()) as { token: string; tautan: string }[];
  expect(undangan!.tautan).toBe(`/survei/${survei.kode}?undangan=${undangan!.token}`);
  const sebelum = (await hasilSurvei(request, survei.id)).hasil.responden;

  await page.goto(undangan!.tautan);
  await expect(page.getByRole('heading', { level: 1, name: JUDUL })).toBeVisible();
  await expect(page.getByTestId('kirim-survei')).toBeDisabled();
  await jawabSemua(page, 'tap', [2, 3, 3, 4, 2, 3, 4, 4, 3]);
  await kirimDanTungguTerimaKasih(page, 'tap');
  await expectNoSeriousA11yViolations(page);
  expect((await hasilSurvei(request, survei.id)).hasil.responden).toBe(sebelum + 1);

  // The same link a second time: "Undangan tidak berlaku lagi" with the server's explanation, no form.
  await page.goto(undangan!.tautan);
  await expect(page.getByRole('heading', { level: 1, name: 'Undangan tidak berlaku lagi' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('sudah digunakan');
  await expect(page.getByTestId('kirim-survei')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Lihat survei lain' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
