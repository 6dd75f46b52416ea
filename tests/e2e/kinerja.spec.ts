import type { Browser, Page } from '@playwright/test';
import { apiLogin } from './support/api.ts';
import { pdfPalsu, pdfUji } from './support/layanan.ts';
import { expect, test } from './support/fixtures.ts';
import {
  indikatorSheet, KABID, KEPALA_DUKCAPIL, NOVEMBER, penilaianPeriode, PETUGAS, pilihRating, SEKDA, skpSaya, TAHUN,
} from './support/kinerja.ts';

// User story (issue #5 "Browser journey"; kinerja.md §1.2–§1.8; PermenPANRB 6/2022): the demo petugas loket of
// Disdukcapil drafts her 2026 SKP — an RHK utama cascading from her Kabid's RHK (the picker), one indikator bound
// to the service metric "Tiket antrian dilayani" (her own queue data) and one typed by hand — and submits it →
// the Kabid approves it from his team page → in November 2026 the petugas sees the automatic figure with its
// badge and evidence link, opens the list of source tickets, fills the manual realisasi and attaches a link as
// bukti dukung → the Kabid writes umpan balik and rates: the predikat appears LIVE from the 3×3 matrix while he
// chooses, and after saving → the kepala Disdukcapil opens the OPD view for November, sets the predikat
// organisasi "Istimewa" while most of the OPD is "Baik", sees the distribution warning, and keeps it with a
// reason. The server runs on the fixed clock of ADR 0010 (Monday 30 November 2026, 07:50 WIB).

/** The Kabid's RHK the petugas's RHK intervenes in (scripts/seed/data/kinerja-rhk.ts, rhkAdministrator). */
const RHK_KABID = /^Meningkatnya kualitas pelayanan pada Bidang Pelayanan Pendaftaran Penduduk/;
const RHK = 'Terlayaninya pemohon KTP-el dan KK di loket Disdukcapil sesuai standar pelayanan';
const IND_OTOMATIS = 'Jumlah tiket antrean yang dilayani sampai selesai';
const IND_MANUAL = 'Persentase berkas permohonan yang diverifikasi lengkap pada hari yang sama';
const UMPAN_BALIK = 'Pelayanan loket bulan ini cepat dan ramah; pertahankan verifikasi berkas di hari yang sama.';
/** The Kabid's unit (he heads it: kepala unit). */
const BIDANG = 'Bidang Pelayanan Pendaftaran Penduduk';
const ALASAN_ORGANISASI = 'Capaian PK Disdukcapil November melampaui target; penilaian pegawai sudah sesuai bukti dukung.';

/** A signed-in desktop browser context for a second person (each person keeps their own session). */
async function masukSebagai(browser: Browser, baseURL: string | undefined, nip: string, loginAs: (p: Page, u: string) => Promise<void>) {
  const ctx = await browser.newContext({ baseURL, locale: 'id-ID', timezoneId: 'Asia/Jakarta', viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  await loginAs(page, nip);
  return { ctx, page };
}

test('kinerja: susun SKP berjenjang → disetujui → realisasi otomatis + bukti → umpan balik dan rating (predikat langsung) → pola distribusi OPD', async ({
  browser, baseURL, page, request, loginAs, expectNoSeriousA11yViolations,
}) => {
  test.setTimeout(420_000);
  const mulai = Date.now();
  const health = await (await request.get('/api/v1/health')).json();
  expect(health.database).toBe(process.env.SIKAP_E2E_DATABASE_URL ? 'postgresql' : 'pglite');
  // The demo petugas has no 2026 SKP yet (the seed leaves it to this journey).
  expect(await skpSaya(request, PETUGAS)).toEqual([]);

  // ------------------------------------------------------------------ the petugas drafts and submits her SKP
  await loginAs(page, PETUGAS);
  await page.getByRole('link', { name: 'Kinerja saya' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kinerja saya' })).toBeVisible({ timeout: 30_000 });
  // Off the nav link again: the hovered active NavLink (cyan.2 behind cyan.9, 4.06:1) is the app shell's, not this screen's.
  await page.mouse.move(640, 10);
  // Her pejabat penilai is the demo Kabid (the demo seed's reporting-line override, kinerja.md §1.3).
  await expect(page.getByTestId('penilai-saya')).toContainText('Zainal Saputra');
  await expectNoSeriousA11yViolations(page);
  await page.getByTestId('buat-skp').click();
  await expect(page).toHaveURL(/\/app\/kinerja\/skp\/\d+$/);
  const skpId = Number(/\/skp\/(\d+)$/.exec(page.url())![1]);
  await expect(page.getByTestId('status-skp')).toHaveText('Draf', { timeout: 30_000 });

  const rhk = page.getByTestId('rhk-utama-1');
  await rhk.getByTestId('rhk-uraian').fill(RHK);
  // The cascade picker lists the Kabid's RHK.
  await rhk.getByTestId('rhk-parent').click();
  await page.getByRole('option', { name: RHK_KABID }).click();
  // Indikator 1: bound to the service metric (own queue data), target in tickets.
  const ind1 = rhk.getByTestId('indikator-1');
  await ind1.getByTestId('indikator-uraian').fill(IND_OTOMATIS);
  await ind1.getByTestId('indikator-otomatis').check();
  await ind1.getByTestId('indikator-metrik').selectOption('antrian.tiket_dilayani');
  await ind1.getByTestId('indikator-target').fill('6000');
  await expect(ind1).toContainText('tiket');
  // Indikator 2: typed by hand.
  await rhk.getByTestId('tambah-indikator').click();
  const ind2 = rhk.getByTestId('indikator-2');
  await ind2.getByTestId('indikator-aspek').selectOption('kualitas');
  await ind2.getByTestId('indikator-uraian').fill(IND_MANUAL);
  await ind2.getByTestId('indikator-target').fill('95');
  await ind2.getByTestId('indikator-satuan').fill('%');
  await expectNoSeriousA11yViolations(page);
  await page.getByTestId('ajukan-skp').click();
  await expect(page.getByTestId('status-skp')).toHaveText('Diajukan');

  // ------------------------------------------------------------------ the Kabid approves from his team page
  const kabid = await masukSebagai(browser, baseURL, KABID, loginAs);
  const kp = kabid.page;
  await kp.goto(`/app/kinerja/tim?tahun=${TAHUN}`);
  await expect(kp.getByRole('heading', { level: 1, name: 'Kinerja tim' })).toBeVisible({ timeout: 30_000 });
  const baris = kp.getByTestId('daftar-tim').getByRole('listitem').filter({ hasText: PETUGAS });
  await expect(baris.getByText('SKP menunggu persetujuan')).toBeVisible();
  await expectNoSeriousA11yViolations(kp);
  await baris.getByRole('link', { name: 'Lihat SKP' }).click();
  await expect(kp).toHaveURL(new RegExp(`/app/kinerja/skp/${skpId}$`));
  await expect(kp.getByTestId('panel-putuskan')).toBeVisible({ timeout: 30_000 });
  await expect(kp.getByText(RHK)).toBeVisible();
  await expectNoSeriousA11yViolations(kp);
  await kp.getByTestId('setujui-skp').click();
  await expect(kp.getByTestId('status-skp')).toHaveText('Disetujui');

  // ------------------------------------------------------------------ November: automatic figure, sources, realisasi, bukti
  await page.goto('/app/kinerja');
  await expect(page.getByTestId('status-skp-saya')).toHaveText('Disetujui', { timeout: 30_000 });
  await page.getByTestId(`periode-${skpId}-${NOVEMBER}`).click();
  await expect(page).toHaveURL(new RegExp(`/app/kinerja/skp/${skpId}/periode/${NOVEMBER}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Evaluasi kinerja November 2026' })).toBeVisible({ timeout: 30_000 });

  const otomatis = indikatorSheet(page, IND_OTOMATIS);
  await expect(otomatis.getByText('Otomatis dari data layanan')).toBeVisible();
  await expect(otomatis).toContainText(/Dihitung \d{1,2} Nov 2026/);
  const angka = (await otomatis.getByTestId(/^angka-otomatis-/).innerText()).trim();
  expect(angka).toMatch(/^[\d.]+ tiket$/);
  const jumlahTiket = Number(angka.replace(/\D/g, ''));
  expect(jumlahTiket).toBeGreaterThan(0);
  // Nobody types over an automatic figure: no input for it, only a note.
  await expect(otomatis.getByRole('textbox', { name: /^Realisasi/ })).toHaveCount(0);
  await expect(otomatis.getByRole('textbox', { name: 'Catatan' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const tautanSumber = otomatis.getByRole('link', { name: /^Lihat [\d.]+ data sumber$/ });
  await expect(tautanSumber).toHaveText(`Lihat ${angka.replace(' tiket', '')} data sumber`);
  await tautanSumber.click();
  await expect(page).toHaveURL(/\/app\/kinerja\/realisasi\/\d+\/sumber\?/);
  const realisasiId = Number(/\/realisasi\/(\d+)\//.exec(page.url())![1]);
  await expect(page.getByRole('heading', { level: 1, name: 'Data sumber realisasi' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('sumber-periode')).toContainText('November 2026');
  await expect(page.getByTestId('sumber-total')).toContainText(`${angka.replace(' tiket', '')} · Tiket antrian`);
  const tabel = page.getByTestId('tabel-sumber');
  await expect(tabel.getByRole('row')).toHaveCount(26); // header + 25 per page
  // Ticket number, time in November WIB, layanan, service duration — and no personal data.
  const barisPertama = tabel.getByRole('row').nth(1);
  await expect(barisPertama.getByRole('cell').nth(0)).toHaveText(/^[A-Z]-\d{3}$/);
  await expect(barisPertama.getByRole('cell').nth(1)).toHaveText(/Nov 2026, \d{2}\.\d{2} WIB$/);
  await expect(barisPertama.getByRole('cell').nth(3)).toContainText(/Dilayani [\d,]+ menit/);
  await expectNoSeriousA11yViolations(page);
  // The same records through the API: the total equals the figure.
  await apiLogin(request, PETUGAS);
  const sumber = (await (await request.get(`/api/v1/kinerja/realisasi/${realisasiId}/sumber`, { params: { per_page: 1 } })).json()) as { total: number; jenis: string };
  expect(sumber).toMatchObject({ total: jumlahTiket, jenis: 'tiket' });
  await page.getByRole('link', { name: 'Kembali ke evaluasi' }).click();

  // The manual indikator: realisasi, then a link as bukti dukung.
  const manual = indikatorSheet(page, IND_MANUAL);
  await manual.getByRole('textbox', { name: 'Realisasi (%)' }).fill('97,5');
  await manual.getByRole('button', { name: 'Simpan realisasi' }).click();
  await expect(page.getByText('Realisasi tersimpan.')).toBeVisible();
  await expect(manual.getByRole('textbox', { name: 'Realisasi (%)' })).toHaveValue('97,5');
  await manual.getByRole('button', { name: 'Tambah tautan' }).click();
  await manual.getByRole('textbox', { name: 'Tautan (https://…)' }).fill('javascript:alert(1)');
  await manual.getByRole('textbox', { name: 'Nama tautan' }).fill('Rekap verifikasi berkas November');
  await manual.getByRole('button', { name: 'Simpan tautan' }).click();
  await expect(manual.getByText('Tautan harus diawali http:// atau https://.')).toBeVisible();
  await manual.getByRole('textbox', { name: 'Tautan (https://…)' }).fill('https://drive.tanjungbalaikota.go.id/disdukcapil/rekap-verifikasi-2026-11');
  await manual.getByRole('button', { name: 'Simpan tautan' }).click();
  await expect(manual.getByRole('link', { name: 'Rekap verifikasi berkas November' })).toHaveAttribute('href', /rekap-verifikasi-2026-11$/);
  // A file: a text file named .pdf is refused by the server (content check) at the upload; a real PDF is
  // listed, downloads as a PDF, and can be deleted again.
  const unggah = manual.locator('input[type="file"]');
  await unggah.setInputFiles(pdfPalsu('daftar-hadir.pdf'));
  await expect(manual.getByRole('alert')).toBeVisible();
  await unggah.setInputFiles(pdfUji('daftar-hadir-november.pdf', 'Daftar hadir loket November'));
  const berkas = manual.getByRole('link', { name: 'daftar-hadir-november.pdf' });
  await expect(berkas).toBeVisible();
  await expect(manual.getByRole('alert')).toHaveCount(0);
  const unduh = await page.request.get((await berkas.getAttribute('href'))!);
  expect(unduh.status()).toBe(200);
  expect(unduh.headers()['content-type']).toContain('application/pdf');
  await expectNoSeriousA11yViolations(page);
  await manual.getByRole('button', { name: 'Hapus daftar-hadir-november.pdf' }).click();
  await expect(berkas).toHaveCount(0);
  // An automatic figure cannot be typed over through the API either (409, nothing changes).
  const csrf = await apiLogin(request, PETUGAS);
  const indOtomatisId = Number((await otomatis.getAttribute('data-testid'))!.replace('indikator-', ''));
  const tolak = await request.put('/api/v1/kinerja/realisasi', {
    data: { indikatorId: indOtomatisId, periodeKe: NOVEMBER, angka: 1 }, headers: { 'x-csrf-token': csrf },
  });
  expect(tolak.status()).toBe(409);

  // ------------------------------------------------------------------ the Kabid gives feedback and rates: live predikat
  await kp.goto(`/app/kinerja/tim?tahun=${TAHUN}`);
  const barisNilai = kp.getByTestId('daftar-tim').getByRole('listitem').filter({ hasText: PETUGAS });
  // The team page points at the oldest period still to rate (January: the SKP is new); the sheet's period
  // picker leads to November.
  await barisNilai.getByRole('link', { name: 'Nilai Januari' }).click();
  await expect(kp.getByRole('heading', { level: 1, name: 'Evaluasi kinerja Januari 2026' })).toBeVisible({ timeout: 30_000 });
  await kp.getByRole('combobox', { name: 'Pilih periode' }).selectOption({ label: 'November 2026' });
  await expect(kp).toHaveURL(new RegExp(`/app/kinerja/skp/${skpId}/periode/${NOVEMBER}$`));
  await expect(kp.getByRole('heading', { level: 1, name: 'Evaluasi kinerja November 2026' })).toBeVisible({ timeout: 30_000 });
  await expect(indikatorSheet(kp, IND_MANUAL)).toContainText('97,5 %');
  await expect(indikatorSheet(kp, IND_MANUAL).getByRole('link', { name: 'Rekap verifikasi berkas November' })).toBeVisible();
  await expect(indikatorSheet(kp, IND_OTOMATIS).getByTestId(/^angka-otomatis-/)).toHaveText(angka);

  const rhkKartu = kp.getByRole('region', { name: RHK, exact: true });
  await rhkKartu.getByRole('textbox', { name: 'Tulis umpan balik' }).fill(UMPAN_BALIK);
  await rhkKartu.getByRole('button', { name: 'Kirim' }).click();
  await expect(rhkKartu.getByRole('listitem').filter({ hasText: UMPAN_BALIK })).toContainText('Pejabat penilai');
  await expectNoSeriousA11yViolations(kp);

  const live = kp.getByTestId('nilai-predikat-live');
  await expect(live).toHaveText('Pilih kedua rating untuk melihat predikat.');
  await pilihRating(kp, 'Rating hasil kerja', 'Di Atas Ekspektasi').check();
  await expect(live).toHaveText('Pilih kedua rating untuk melihat predikat.');
  await pilihRating(kp, 'Rating perilaku kerja', 'Sesuai Ekspektasi').check();
  await expect(live).toContainText(/Predikat \(dari matriks\):\s*Baik$/);
  await pilihRating(kp, 'Rating perilaku kerja', 'Di Bawah Ekspektasi').check();
  await expect(live).toContainText('Kurang/Misconduct');
  await pilihRating(kp, 'Rating perilaku kerja', 'Di Atas Ekspektasi').check();
  await expect(live).toContainText('Sangat Baik');
  await expect(kp.getByRole('cell', { name: 'Sangat Baik' })).toHaveAttribute('aria-current', 'true');
  // Another predikat than the matrix needs a reason (PermenPANRB 6/2022 weighs the pattern; plan: ≥ 10 characters).
  const lain = kp.getByRole('checkbox', { name: 'Tetapkan predikat lain dari matriks' });
  await lain.check();
  await kp.getByRole('combobox', { name: 'Predikat yang ditetapkan' }).selectOption({ label: 'Baik' });
  await expect(live).toContainText('Predikat matriks: Sangat Baik');
  await kp.getByTestId('nilai-simpan').click();
  await expect(kp.getByText('Alasan wajib diisi (paling sedikit 10 karakter) bila predikat berbeda dari matriks.')).toBeVisible();
  await lain.uncheck();
  await expect(live).toContainText(/Predikat \(dari matriks\):\s*Sangat Baik$/);
  await kp.getByRole('textbox', { name: 'Catatan penilaian' }).fill('Target layanan loket terlampaui; perilaku melayani sangat baik.');
  await expectNoSeriousA11yViolations(kp);
  await kp.getByTestId('nilai-simpan').click();
  await expect(kp.getByText('Penilaian tersimpan. Predikat: Sangat Baik.')).toBeVisible();
  await expect(kp.getByTestId('nilai-predikat')).toHaveText('Sangat Baik');
  await expect(kp.getByTestId('predikat-periode')).toHaveText('Sangat Baik');
  expect(await penilaianPeriode(request, KABID, skpId, NOVEMBER)).toMatchObject({
    ratingHasilKerja: 'di_atas', ratingPerilaku: 'di_atas', predikat: 'sangat_baik', predikatMatriks: 'sangat_baik',
  });
  await kabid.ctx.close();

  // The petugas sees the feedback and her predikat, and answers.
  await page.reload();
  await expect(page.getByTestId('predikat-periode')).toHaveText('Sangat Baik', { timeout: 30_000 });
  const rhkSaya = page.getByRole('region', { name: RHK, exact: true });
  await expect(rhkSaya).toContainText(UMPAN_BALIK);
  await rhkSaya.getByRole('textbox', { name: 'Tulis tanggapan' }).fill('Terima kasih, Pak. Verifikasi hari yang sama akan saya pertahankan.');
  await rhkSaya.getByRole('button', { name: 'Kirim' }).click();
  await expect(rhkSaya.getByRole('listitem').filter({ hasText: 'Verifikasi hari yang sama akan saya pertahankan' })).toContainText('Pegawai');
  await expectNoSeriousA11yViolations(page);

  // ------------------------------------------------------------------ the kepala Disdukcapil: predikat organisasi off the pattern
  const kepala = await masukSebagai(browser, baseURL, KEPALA_DUKCAPIL, loginAs);
  const hp = kepala.page;
  await hp.goto(`/app/kinerja/opd?tahun=${TAHUN}&ke=${NOVEMBER}`);
  await expect(hp.getByRole('heading', { level: 1, name: 'Kinerja unit dan OPD' })).toBeVisible({ timeout: 30_000 });
  await expect(hp.getByTestId('judul-periode')).toHaveText('Dinas Kependudukan dan Pencatatan Sipil · November 2026');
  const opd = hp.getByRole('region', { name: 'Dinas Kependudukan dan Pencatatan Sipil', exact: true });
  // Most of the OPD is rated "Baik" in the demo; no predikat organisasi for November yet.
  const baik = Number(await opd.getByTestId('jumlah-baik').innerText());
  const sangatBaik = Number(await opd.getByTestId('jumlah-sangat_baik').innerText());
  expect(baik).toBeGreaterThan(sangatBaik);
  await expectNoSeriousA11yViolations(hp);
  await opd.getByTestId('pilih-predikat-organisasi').click();
  await hp.getByRole('option', { name: 'Istimewa', exact: true }).click();
  await opd.getByRole('button', { name: 'Simpan predikat organisasi' }).click();
  await expect(hp.getByText('Predikat organisasi Dinas Kependudukan dan Pencatatan Sipil disimpan.')).toBeVisible();
  const peringatan = opd.getByTestId('peringatan');
  await expect(peringatan).toContainText('Sebaran predikat tidak sesuai pola');
  await expect(peringatan).toContainText('Sangat Baik');
  await expectNoSeriousA11yViolations(hp);
  await peringatan.getByRole('button', { name: 'Pertahankan dengan alasan' }).click();
  const modal = hp.getByRole('dialog', { name: 'Pertahankan sebaran predikat' });
  await modal.getByRole('textbox', { name: 'Alasan' }).fill('Terlalu');
  await modal.getByRole('button', { name: 'Simpan alasan' }).click();
  await expect(modal.getByText('Alasan paling sedikit 10 karakter.')).toBeVisible();
  await modal.getByRole('textbox', { name: 'Alasan' }).fill(ALASAN_ORGANISASI);
  await expectNoSeriousA11yViolations(hp);
  await modal.getByRole('button', { name: 'Simpan alasan' }).click();
  await expect(modal).toHaveCount(0);
  await expect(opd.getByTestId('alasan-tercatat')).toContainText(ALASAN_ORGANISASI);
  await expect(opd.getByTestId('alasan-tercatat')).toContainText('Khairul');
  await kepala.ctx.close();
  console.log(`kinerja journey (${health.database}): ${((Date.now() - mulai) / 1000).toFixed(1)} s`);
});

// User story (issue #5 "Annual penetapan (lock) and a keberatan (appeal) flow"; kinerja.md §1.3, §1.7–§1.8):
// the kepala Disdukcapil rates his Kabid's year on the annual page (every period's predikat in a table, the
// predikat live while rating) and locks the OPD's annual ratings (penetapan) → the Kabid sees the deadline
// (14 working days, WIB) and files a keberatan → the Sekda, his atasan pejabat penilai, accepts it with new
// ratings (live predikat) → the Kabid sees the decision and the new predikat. Runs after the journey above
// (penetapan locks the OPD's annual ratings for the rest of the run).
test('kinerja tahunan: penilaian tahunan → penetapan → keberatan → diterima dengan rating baru', async ({
  browser, baseURL, page, request, loginAs, expectNoSeriousA11yViolations,
}) => {
  test.setTimeout(300_000);
  const mulai = Date.now();
  const [skpKabid] = (await skpSaya(request, KABID)).filter((s) => s.status === 'disetujui');
  expect(skpKabid).toBeDefined();
  const tahunan = `/app/kinerja/skp/${skpKabid!.id}/tahunan`;

  // ------------------------------------------------------------------ the kepala rates the Kabid's year
  const kepala = await masukSebagai(browser, baseURL, KEPALA_DUKCAPIL, loginAs);
  const hp = kepala.page;
  // The Kabid heads a unit: its annual predikat organisasi suggests his hasil-kerja rating (kinerja.md §1.5).
  await hp.goto(`/app/kinerja/opd?tahun=${TAHUN}&ke=0`);
  await expect(hp.getByTestId('judul-periode')).toHaveText('Dinas Kependudukan dan Pencatatan Sipil · Tahunan 2026', { timeout: 30_000 });
  const bidang = hp.getByRole('region', { name: BIDANG, exact: true });
  await bidang.getByTestId('pilih-predikat-organisasi').click();
  await hp.getByRole('option', { name: 'Baik', exact: true }).click();
  await bidang.getByRole('button', { name: 'Simpan predikat organisasi' }).click();
  await expect(hp.getByText(`Predikat organisasi ${BIDANG} disimpan.`)).toBeVisible();

  await hp.goto(tahunan);
  await expect(hp.getByRole('heading', { level: 1, name: 'Evaluasi tahunan 2026' })).toBeVisible({ timeout: 30_000 });
  const tabel = hp.getByTestId('tabel-periode');
  await expect(tabel.getByRole('row', { name: /^Oktober 2026/ })).toContainText(/Sangat Baik|Baik|Butuh Perbaikan|Kurang|Sangat Kurang/);
  await expect(tabel.getByRole('row', { name: /^Desember 2026/ })).toContainText('Belum dinilai');
  await expect(hp.getByTestId('panel-penetapan')).toContainText('Penilaian tahunan belum ditetapkan');
  await expectNoSeriousA11yViolations(hp);
  const live = hp.getByTestId('nilai-tahunan-predikat-live');
  const saran = hp.getByTestId('nilai-tahunan-saran');
  await expect(saran).toContainText(`predikat organisasi ${BIDANG} tahun ini "Baik" → rating hasil kerja "Sesuai Ekspektasi"`);
  await saran.getByRole('button', { name: 'Pakai saran' }).click();
  await expect(pilihRating(hp, 'Rating hasil kerja', 'Sesuai Ekspektasi')).toBeChecked();
  await pilihRating(hp, 'Rating perilaku kerja', 'Sesuai Ekspektasi').check();
  await expect(live).toContainText(/Predikat \(dari matriks\):\s*Baik$/);
  await hp.getByTestId('nilai-tahunan-simpan').click();
  await expect(hp.getByText('Penilaian tersimpan. Predikat: Baik.')).toBeVisible();
  await expect(hp.getByTestId('predikat-tahunan')).toHaveText('Baik');

  // Penetapan of the OPD's annual ratings (the OPD view, "Tahunan 2026").
  await hp.goto(`/app/kinerja/opd?tahun=${TAHUN}&ke=0`);
  await expect(hp.getByTestId('judul-periode')).toHaveText('Dinas Kependudukan dan Pencatatan Sipil · Tahunan 2026', { timeout: 30_000 });
  await hp.getByTestId('tetapkan').click();
  await hp.getByRole('dialog', { name: 'Tetapkan predikat tahunan 2026?' }).getByRole('button', { name: 'Ya, tetapkan' }).click();
  await expect(hp.getByTestId('penetapan-status')).toContainText('Batas keberatan: Jumat, 18 Desember 2026');
  await kepala.ctx.close();

  // ------------------------------------------------------------------ the Kabid files a keberatan
  await loginAs(page, KABID);
  await page.goto(tahunan);
  await expect(page.getByTestId('predikat-tahunan')).toHaveText('Baik', { timeout: 30_000 });
  await expect(page.getByTestId('batas-keberatan')).toHaveText('Batas pengajuan keberatan: Jumat, 18 Desember 2026.');
  // The rating is the penilai's: the pemilik gets no rating form.
  await expect(page.getByRole('radiogroup', { name: 'Rating hasil kerja' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Ajukan keberatan' }).click();
  const alasan = page.getByRole('textbox', { name: 'Alasan keberatan' });
  await alasan.fill('Kurang');
  await page.getByTestId('panel-penetapan').getByRole('button', { name: 'Ajukan keberatan' }).click();
  await expect(page.getByText('Alasan keberatan wajib diisi (paling sedikit 10 karakter).')).toBeVisible();
  await alasan.fill('Target pelayanan bidang terlampaui tiga bulan berturut-turut; mohon rating hasil kerja ditinjau ulang.');
  await expectNoSeriousA11yViolations(page);
  await page.getByTestId('panel-penetapan').getByRole('button', { name: 'Ajukan keberatan' }).click();
  await expect(page.getByText('Keberatan terkirim ke atasan pejabat penilai.')).toBeVisible();
  await expect(page.getByTestId('panel-penetapan')).toContainText('Menunggu keputusan');
  await expect(page.getByTestId('panel-penetapan').getByRole('button', { name: 'Ajukan keberatan' })).toHaveCount(0);

  // ------------------------------------------------------------------ the Sekda (atasan pejabat penilai) decides
  const sekda = await masukSebagai(browser, baseURL, SEKDA, loginAs);
  const sp = sekda.page;
  await sp.goto('/app/kinerja/keberatan');
  await expect(sp.getByRole('heading', { level: 1, name: 'Keberatan penilaian kinerja' })).toBeVisible({ timeout: 30_000 });
  await expect(sp.getByRole('tab', { name: /^Keberatan yang harus saya putus/ })).toHaveAttribute('aria-selected', 'true');
  const kartu = sp.getByRole('region', { name: /^Zainal Saputra/ });
  await expect(kartu).toContainText('Target pelayanan bidang terlampaui');
  await expectNoSeriousA11yViolations(sp);
  await kartu.getByRole('radio', { name: 'Terima (ubah penilaian)' }).check();
  const liveKeberatan = kartu.getByTestId(/^putus-\d+-predikat-live$/);
  await expect(liveKeberatan).toContainText('Baik'); // starts from the current ratings
  await kartu.getByRole('radiogroup', { name: 'Rating hasil kerja' }).getByRole('radio', { name: 'Di Atas Ekspektasi', exact: true }).check();
  await kartu.getByRole('radiogroup', { name: 'Rating perilaku kerja' }).getByRole('radio', { name: 'Di Atas Ekspektasi', exact: true }).check();
  await expect(liveKeberatan).toContainText('Sangat Baik');
  await kartu.getByRole('textbox', { name: 'Catatan keputusan' }).fill('Bukti capaian bidang mendukung rating di atas ekspektasi.');
  await expectNoSeriousA11yViolations(sp);
  await kartu.getByRole('button', { name: 'Simpan keputusan' }).click();
  await expect(sp.getByText('Keputusan tersimpan.')).toBeVisible();
  await expect(kartu).toContainText('Diterima');
  await expect(kartu).toContainText('Penilaian setelah keberatan');
  await sekda.ctx.close();

  // ------------------------------------------------------------------ the Kabid sees the decision
  await page.reload();
  await expect(page.getByTestId('predikat-tahunan')).toHaveText('Sangat Baik', { timeout: 30_000 });
  await expect(page.getByTestId('panel-penetapan')).toContainText('Diterima');
  await page.getByRole('link', { name: 'Lihat keberatan' }).click();
  await expect(page.getByRole('tab', { name: /^Keberatan saya/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('region', { name: /^Zainal Saputra/ })).toContainText('Bukti capaian bidang mendukung');
  await expectNoSeriousA11yViolations(page);
  console.log(`kinerja tahunan/keberatan: ${((Date.now() - mulai) / 1000).toFixed(1)} s`);
});
