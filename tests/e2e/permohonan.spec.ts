import { devices, type Page } from '@playwright/test';
import { nikWarga, PETUGAS_DUKCAPIL } from './support/antrian.ts';
import { expect, test } from './support/fixtures.ts';
import { LAYANAN_KTP, pdfPalsu, pdfUji, permohonanStaf, pngUji, unggahBerkas } from './support/layanan.ts';
import { jawabSemua, kirimDanTungguTerimaKasih } from './support/survei.ts';

// User story (issue #4, pelayanan.md §2, §6): a citizen applies online on a phone for a Disdukcapil
// service (KTP-el Baru) with an upload → the Disdukcapil petugas finds it in the staff inbox and asks for a
// correction → the citizen opens /lacak with the nomor registrasi + kode akses, uploads the fix and
// resubmits → the petugas verifies, processes, uploads the digital product and finishes → /lacak shows
// "Selesai", the document downloads, its verification page says "Dokumen sah", and the survey opens.
// The server runs on the fixed clock of ADR 0010 (Monday 30 November 2026, 07:50 WIB).

/** A phone context like the queue journey's (Pixel 7, 390×844, touch, WIB, Indonesian). */
async function ponselBaru(browser: import('@playwright/test').Browser, baseURL: string | undefined) {
  return browser.newContext({
    ...devices['Pixel 7'], viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true,
    baseURL, locale: 'id-ID', timezoneId: 'Asia/Jakarta',
  });
}

/** The case's status badge on /lacak or the staff detail page. */
const statusKasus = (page: Page) => page.getByTestId('status-permohonan').first();

test('permohonan online: ajukan dengan unggahan → perbaikan → diperbaiki → selesai → unduh, verifikasi, survei', async ({
  browser, baseURL, page, request, loginAs, expectNoSeriousA11yViolations,
}) => {
  test.setTimeout(420_000);
  const health = await (await request.get('/api/v1/health')).json();
  expect(health.database).toBe(process.env.SIKAP_E2E_DATABASE_URL ? 'postgresql' : 'pglite');
  const nik = nikWarga();
  const kk = '1274010112200042'; // KK issued 1 Dec 2020 in Kecamatan 12.74.01 (validasiKk)

  // ---------------------------------------------------------------- the citizen applies on a phone
  const ponsel = await ponselBaru(browser, baseURL);
  const warga = await ponsel.newPage();
  await warga.goto(`/layanan/${LAYANAN_KTP.kode}/ajukan`);
  await expect(warga.getByRole('heading', { level: 1, name: `Ajukan permohonan: ${LAYANAN_KTP.nama}` })).toBeVisible({ timeout: 30_000 });
  await expect(warga.getByTestId('daftar-persyaratan')).toContainText(LAYANAN_KTP.persyaratanKk);
  await expectNoSeriousA11yViolations(warga);
  // Consent is required before anything else.
  await warga.getByRole('button', { name: 'Lanjut' }).tap();
  await expect(warga.getByText('Centang persetujuan ini untuk melanjutkan.')).toBeVisible();
  await warga.getByRole('checkbox', { name: /^Saya telah membaca pemberitahuan di atas/ }).check();
  await warga.getByRole('button', { name: 'Lanjut' }).tap();

  // Applicant data: a wrong NIK is named at its field and blocks the step.
  await warga.getByRole('textbox', { name: 'Nama lengkap' }).fill('Rahmawati Siregar');
  await warga.getByRole('textbox', { name: 'NIK (16 angka)' }).fill('1274019999900001');
  await warga.getByRole('textbox', { name: 'Nomor KK (16 angka)' }).fill(kk);
  await warga.getByRole('textbox', { name: 'Nomor HP/WhatsApp' }).fill('0812 7654 3210');
  await warga.getByRole('textbox', { name: 'Tanggal lahir pemohon' }).fill('15 Juni 1990');
  await warga.getByRole('button', { name: 'Lanjut' }).tap();
  await expect(warga.getByText('Tanggal lahir pada NIK (angka ke-7 sampai ke-12) tidak valid.')).toBeVisible();
  await warga.getByRole('textbox', { name: 'NIK (16 angka)' }).fill(nik);
  await expectNoSeriousA11yViolations(warga);
  await warga.getByRole('button', { name: 'Lanjut' }).tap();

  // Uploads: first a text file named .pdf — only the server (content check) can tell; it names the field.
  await expect(warga.getByRole('heading', { name: 'Unggah berkas persyaratan' })).toBeVisible();
  await unggahBerkas(warga, 'kk', pdfPalsu('kk.pdf'));
  await expectNoSeriousA11yViolations(warga);
  await warga.getByRole('button', { name: 'Lanjut' }).tap();
  await warga.getByRole('radio', { name: 'Unduh dokumen digital' }).check();
  await expect(warga.getByRole('heading', { name: 'Periksa kembali permohonan Anda' })).toBeVisible();
  await expect(warga.getByTestId('ringkasan-permohonan')).toContainText(`${nik.slice(0, 4)}********${nik.slice(-4)}`);
  await expectNoSeriousA11yViolations(warga);
  await warga.getByRole('button', { name: 'Kirim permohonan' }).tap();
  await expect(warga.getByText('Permohonan belum terkirim. Periksa isian yang ditandai.')).toBeVisible();
  const slotKk = warga.getByTestId('berkas-kk');
  await expect(slotKk.getByRole('alert')).toBeVisible(); // the server's message for berkas.kk, at the KK slot
  await unggahBerkas(warga, 'kk', pngUji('kk.png'));
  await expect(slotKk.getByRole('alert')).toHaveCount(0);
  await warga.getByRole('button', { name: 'Lanjut' }).tap();
  await warga.getByRole('button', { name: 'Kirim permohonan' }).tap();

  const hasil = warga.getByTestId('permohonan-hasil');
  await expect(hasil.getByRole('heading', { name: 'Permohonan berhasil dikirim' })).toBeVisible();
  const nomor = (await warga.getByTestId('nomor-registrasi').innerText()).trim();
  expect(nomor).toMatch(/^PM-2026-\d{6}$/);
  const kode = (await warga.getByTestId('kode-akses').innerText()).trim();
  expect(kode).toMatch(/^[A-Z0-9]{4}-?[A-Z0-9]{4}$/);
  // 1 hari kerja from Monday morning: Tuesday at the same WIB clock time.
  await expect(warga.getByTestId('perkiraan-selesai')).toHaveText(/^Perkiraan selesai: Selasa, 1 Desember 2026 pukul \d{2}\.\d{2} WIB$/);
  expect(await warga.content()).not.toContain(nik);
  expect(await warga.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoSeriousA11yViolations(warga);

  await hasil.getByRole('button', { name: 'Lacak permohonan' }).tap();
  await expect(warga).toHaveURL(/\/lacak$/); // the pair travels in router state, never in the URL
  await expect(warga.getByTestId('lacak-nomor')).toHaveText(nomor);
  await expect(statusKasus(warga)).toHaveText('Diajukan');
  await expect(warga.getByTestId('lacak-jatuh-tempo')).toContainText('Perkiraan selesai: Selasa, 1 Desember 2026');
  expect(warga.url()).not.toContain(kode);
  await expectNoSeriousA11yViolations(warga);

  // ---------------------------------------------------------------- the petugas asks for a correction
  await loginAs(page, PETUGAS_DUKCAPIL);
  await page.goto('/app/permohonan');
  // Staff screens are split into lazily loaded chunks: allow for a busy CI machine on the first paint.
  await expect(page.getByRole('heading', { level: 1, name: 'Permohonan masuk' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('searchbox', { name: 'Cari nomor registrasi' }).fill(nomor);
  const baris = page.getByTestId(`baris-${nomor}`);
  await expect(baris).toBeVisible();
  await expect(baris).toContainText(`${nik.slice(0, 4)}********${nik.slice(-4)}`);
  await expect(baris).not.toContainText(nik);
  await expectNoSeriousA11yViolations(page);
  await baris.getByRole('link', { name: nomor }).click();

  await expect(page.getByRole('heading', { level: 1, name: nomor })).toBeVisible({ timeout: 30_000 });
  await expect(statusKasus(page)).toHaveText('Diajukan');
  await expect(page.getByTestId('persyaratan-kk')).toContainText('kk.png');
  await expectNoSeriousA11yViolations(page);
  await page.getByTestId('aksi-minta_perbaikan').click();
  const modal = page.getByRole('dialog', { name: 'Minta perbaikan' });
  await modal.getByRole('checkbox', { name: LAYANAN_KTP.persyaratanKk }).check();
  await modal.getByRole('textbox', { name: `Apa yang perlu diperbaiki pada ${LAYANAN_KTP.persyaratanKk}` }).fill('Foto KK buram; unggah pindaian yang jelas.');
  await expectNoSeriousA11yViolations(page);
  await modal.getByRole('button', { name: 'Kirim permintaan perbaikan' }).click();
  await expect(modal).toHaveCount(0);
  await expect(statusKasus(page)).toHaveText('Perlu perbaikan');
  await expect(page.getByTestId('panel-sla')).toContainText(/menunggu|jeda/i);

  // ---------------------------------------------------------------- the citizen fixes it on /lacak
  await warga.reload(); // the pair is kept for this tab (sessionStorage), not in the URL
  await expect(statusKasus(warga)).toHaveText('Perlu perbaikan');
  const perbaikan = warga.getByTestId('perbaikan-warga');
  await expect(perbaikan).toContainText('Foto KK buram; unggah pindaian yang jelas.');
  await expect(warga.getByTestId('lacak-jatuh-tempo')).toHaveText('Waktu pelayanan dihentikan sementara sampai Anda mengirim perbaikan.');
  await expectNoSeriousA11yViolations(warga);
  await perbaikan.getByRole('button', { name: 'Kirim perbaikan' }).tap();
  await expect(perbaikan.getByText('Berkas ini wajib diunggah.')).toBeVisible();
  await unggahBerkas(warga, 'perbaikan-kk', pdfUji('kk-jelas.pdf', 'Kartu Keluarga'));
  await perbaikan.getByRole('button', { name: 'Kirim perbaikan' }).tap();
  await expect(statusKasus(warga)).toHaveText('Diajukan');
  await expect(warga.getByTestId('perbaikan-warga')).toHaveCount(0);
  await expect(warga.getByTestId('lacak-riwayat')).toContainText('Foto KK buram');

  // ---------------------------------------------------------------- the petugas finishes
  await page.reload();
  await expect(statusKasus(page)).toHaveText('Diajukan');
  const kkPanel = page.getByTestId('persyaratan-kk');
  await expect(kkPanel).toContainText('kk-jelas.pdf');
  await expect(kkPanel).toContainText('Versi sebelumnya');
  await page.getByTestId('aksi-verifikasi').click();
  await expect(statusKasus(page)).toHaveText('Diverifikasi');
  await page.getByTestId('aksi-proses').click();
  await expect(statusKasus(page)).toHaveText('Diproses');
  // The citizen chose the digital document: the product PDF first, then "Selesaikan".
  await page.getByTestId('hasil-input').setInputFiles(pdfUji('ktp-el-digital.pdf', 'KTP-el'));
  await expect(page.getByTestId('panel-hasil')).toContainText('Dokumen hasil sudah diunggah');
  await page.getByTestId('aksi-selesaikan').click();
  const selesai = page.getByRole('dialog', { name: 'Selesaikan permohonan' });
  await selesai.getByRole('button', { name: 'Selesaikan' }).click();
  await expect(statusKasus(page)).toHaveText('Selesai');
  await expect(page.getByTestId('panel-aksi')).toContainText('tidak ada tindakan lagi');
  await expectNoSeriousA11yViolations(page);
  const tautanVerifikasi = await page.getByTestId('panel-hasil').getByRole('link', { name: 'Tautan verifikasi' }).getAttribute('href');
  expect(tautanVerifikasi).toMatch(/^\/verifikasi\/[^/]+$/);
  const kasus = await permohonanStaf(request, PETUGAS_DUKCAPIL, nomor);
  expect(kasus.status).toBe('selesai');

  // ---------------------------------------------------------------- selesai on /lacak: download, verify, survey
  await warga.reload();
  await expect(statusKasus(warga)).toHaveText('Selesai');
  const kartuSelesai = warga.getByTestId('lacak-selesai');
  await expect(kartuSelesai.getByRole('heading', { name: 'Permohonan selesai' })).toBeVisible();
  await expectNoSeriousA11yViolations(warga);
  const [unduhan] = await Promise.all([warga.waitForEvent('download'), kartuSelesai.getByRole('button', { name: 'Unduh dokumen hasil' }).tap()]);
  expect(unduhan.suggestedFilename()).toMatch(/\.pdf$/);

  const cek = await ponsel.newPage();
  await cek.goto(tautanVerifikasi!);
  await expect(cek.getByTestId('verifikasi-sah')).toContainText('Dokumen sah');
  await expect(cek.getByTestId('verifikasi-sah')).toContainText(nomor);
  await expect(cek.getByTestId('verifikasi-sha256')).toHaveText(/^[0-9a-f]{64}$/);
  expect(await cek.content()).not.toContain(nik);
  await expectNoSeriousA11yViolations(cek);
  await cek.goto('/verifikasi/bukan-token-yang-sah-123');
  await expect(cek.getByTestId('verifikasi-tidak-ditemukan')).toBeVisible();
  await cek.close();

  const survei = kartuSelesai.getByRole('link', { name: 'Isi survei kepuasan' });
  await expect(survei).toBeVisible();
  await survei.tap();
  await expect(warga).toHaveURL(/\/survei\/[^/?]+\?undangan=/);
  await jawabSemua(warga, 'tap');
  await kirimDanTungguTerimaKasih(warga, 'tap');
  await ponsel.close();
});

test('lacak: nomor pengaduan (PG-) diteruskan ke halaman lacak pengaduan; pasangan salah → pesan yang sama', async ({
  page, expectNoSeriousA11yViolations,
}) => {
  await page.goto('/lacak');
  await expect(page.getByRole('heading', { level: 1, name: 'Lacak permohonan' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // Wrong pair: one message whether the number or the code is wrong.
  await page.getByRole('textbox', { name: 'Nomor registrasi' }).fill('PM-2026-999999');
  await page.getByRole('textbox', { name: 'Kode akses' }).fill('AAAA-BBBB');
  await page.getByRole('button', { name: 'Lacak' }).click();
  await expect(page.getByTestId('lacak-galat')).toHaveText('Permohonan tidak ditemukan. Periksa kembali nomor registrasi dan kode akses.');
  await expectNoSeriousA11yViolations(page);
  // A complaint number goes to the complaint tracker, the pair in router state (not in the URL).
  await page.getByRole('textbox', { name: 'Nomor registrasi' }).fill('pg-2026-000001');
  await page.getByRole('textbox', { name: 'Kode akses' }).fill('CCCC-DDDD');
  await page.getByRole('button', { name: 'Lacak' }).click();
  await expect(page).toHaveURL(/\/pengaduan\/lacak$/);
  expect(page.url()).not.toContain('CCCC');
});
