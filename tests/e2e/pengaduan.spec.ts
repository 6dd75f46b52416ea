import { devices, type Browser, type Page } from '@playwright/test';
import { apiLogin, unik } from './support/api.ts';
import { PETUGAS_DUKCAPIL } from './support/antrian.ts';
import { expect, test } from './support/fixtures.ts';
import {
  bacaOpen311, fotoPng, KATEGORI_ADMINDUK, KATEGORI_JALAN, kirimOpen311, OPD_DUKCAPIL, TITIK_TANJUNGBALAI,
} from './support/pengaduan.ts';

// User story (issue #4, pelayanan.md §4): a citizen files a complaint on the portal from a phone — with a
// photo, the phone's position and a confidential identity — and receives a tracking number and a private
// access code. The report is visible at once through the Open311 GeoReport v2 API ('open'). The city's
// complaint coordinator verifies it and forwards it to the category's OPD (Disdukcapil); the OPD's
// petugas, who must not see the reporter's identity, records the follow-up (tuntas). The reporter sees the
// answer on /pengaduan/lacak and answers "Ya" to "Apakah masalah Anda sudah terselesaikan?" → Open311
// shows the report 'closed'. A second journey: an Open311 client whose API key was created on the
// settings page files a report that lands in the coordinator's queue; a revoked key is refused.
// Server clock: ADR 0010 (Monday 30 November 2026, 07:50 WIB).

/** A phone (Pixel 7 at 390×844, touch) in Tanjungbalai that allows the page to read its position. */
async function ponselWarga(browser: Browser, baseURL: string | undefined) {
  return browser.newContext({
    ...devices['Pixel 7'], viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true,
    baseURL, locale: 'id-ID', timezoneId: 'Asia/Jakarta',
    geolocation: { latitude: TITIK_TANJUNGBALAI.lat, longitude: TITIK_TANJUNGBALAI.lng, accuracy: 12 },
    permissions: ['geolocation'],
  });
}

/** Waits until the image `alt` is shown and actually decoded (not a broken image). */
async function gambarTampil(page: Page, alt: string | RegExp) {
  const img = page.getByRole('img', { name: alt }).first();
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
}

test('pengaduan: warga melapor dengan foto → Open311 open → koordinator meneruskan → OPD menindaklanjuti → warga menjawab "Ya" → Open311 closed', async ({
  browser, baseURL, page, request, loginAs, expectNoSeriousA11yViolations,
}) => {
  test.setTimeout(240_000);
  // CI runs this journey on PGlite and again on PostgreSQL (SIKAP_E2E_DATABASE_URL): check which one serves.
  const health = await (await request.get('/api/v1/health')).json();
  expect(health.database).toBe(process.env.SIKAP_E2E_DATABASE_URL ? 'postgresql' : 'pglite');

  const judul = unik('KTP-el belum jadi');
  const isi = 'Saya merekam KTP-el tiga minggu lalu di kantor Disdukcapil, tetapi sampai sekarang belum dapat diambil.';
  const tindakLanjut = 'Blanko sudah tersedia; KTP-el Anda sudah dicetak dan dapat diambil di loket 1 mulai besok.';

  // ---------------------------------------------------------------- the citizen files the report on a phone
  const ponsel = await ponselWarga(browser, baseURL);
  const warga = await ponsel.newPage();
  await warga.goto('/pengaduan');
  // The first page of a fresh phone context loads the app and its chunks: allow a loaded CI machine more time.
  await expect(warga.getByRole('heading', { level: 1, name: 'Sampaikan pengaduan' })).toBeVisible({ timeout: 30_000 });
  await expectNoSeriousA11yViolations(warga);

  // Sending an empty form stores nothing and names the fields.
  await warga.getByRole('button', { name: 'Kirim laporan' }).tap();
  await expect(warga.getByTestId('galat-form')).toHaveText('Periksa kembali isian yang ditandai.');
  await expect(warga.getByText('Pilih kategori laporan.')).toBeVisible();
  await expect(warga.getByText('Centang persetujuan ini untuk mengirim laporan.')).toBeVisible();

  await warga.getByRole('radio', { name: 'Pengaduan' }).check();
  await warga.getByRole('combobox', { name: 'Kategori' }).selectOption({ label: KATEGORI_ADMINDUK.nama });
  await warga.getByRole('textbox', { name: 'Judul laporan' }).fill(judul);
  await warga.getByRole('textbox', { name: 'Isi laporan' }).fill(isi);

  // A file that is not a photo by content is refused before sending; a real PNG gets a preview.
  const berkas = warga.locator('input[type="file"]');
  await berkas.setInputFiles({ name: 'bukan-foto.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('%PDF-1.7 bukan foto') });
  await expect(warga.getByText('bukan-foto.jpg: bukan foto JPEG/PNG.')).toBeVisible();
  await berkas.setInputFiles({ name: 'antrean-loket.png', mimeType: 'image/png', buffer: fotoPng() });
  await gambarTampil(warga, 'Pratinjau antrean-loket.png');

  await warga.getByRole('combobox', { name: 'Kelurahan' }).selectOption({ index: 1 });
  await warga.getByRole('button', { name: 'Pakai lokasi saya' }).tap();
  await expect(warga.getByTestId('koordinat')).toContainText(`${TITIK_TANJUNGBALAI.lat.toFixed(5)}, ${TITIK_TANJUNGBALAI.lng.toFixed(5)}`);

  await warga.getByLabel('Rahasiakan identitas saya').check();
  await warga.getByRole('textbox', { name: 'Nama' }).fill('Rahmat Siregar');
  await warga.getByRole('textbox', { name: 'Nomor WhatsApp (tidak wajib)' }).fill('0812 7654 3210');
  await warga.getByRole('checkbox', { name: /^Saya telah membaca pemberitahuan privasi/ }).check();
  await expectNoSeriousA11yViolations(warga);
  await warga.getByRole('button', { name: 'Kirim laporan' }).tap();

  const terkirim = warga.getByTestId('pengaduan-terkirim');
  await expect(terkirim.getByRole('heading', { name: 'Laporan Anda terkirim' })).toBeVisible();
  const nomor = (await warga.getByTestId('nomor-pengaduan').innerText()).trim();
  expect(nomor).toMatch(/^PG-\d{4}-\d{6}$/);
  const kode = (await warga.getByTestId('kode-akses').innerText()).trim();
  expect(kode).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
  await expect(warga.getByTestId('batas-verifikasi')).toContainText('Laporan diverifikasi dan diteruskan paling lambat');
  expect(await warga.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoSeriousA11yViolations(warga);

  // The tracking page opens with the pair in router state: nothing of it in the address bar.
  await terkirim.getByRole('button', { name: 'Lacak laporan' }).tap();
  await expect(warga).toHaveURL(/\/pengaduan\/lacak$/);
  await expect(warga.getByTestId('lacak-nomor')).toHaveText(nomor);
  await expect(warga.getByTestId('lacak-status')).toHaveText('Belum terverifikasi');
  await expect(warga.getByRole('heading', { level: 1, name: judul })).toBeVisible();
  await expectNoSeriousA11yViolations(warga);

  // ---------------------------------------------------------------- Open311 shows it at once: open, no identity
  const awal = await bacaOpen311(request, nomor);
  expect(awal.status).toBe('open');
  expect(awal.service_code).toBe(KATEGORI_ADMINDUK.kode);
  expect(JSON.stringify(awal)).not.toContain('Rahmat');
  expect(JSON.stringify(awal)).not.toContain('7654');

  // ---------------------------------------------------------------- the coordinator verifies and forwards
  await loginAs(page, 'admin');
  await page.goto('/admin/pengaduan');
  await expect(page.getByRole('heading', { level: 1, name: 'Koordinasi pengaduan' })).toBeVisible();
  const baris = page.getByTestId(`baris-${nomor}`);
  await expect(baris).toBeVisible();
  await expect(baris.locator('[data-badge]')).toHaveAttribute('data-badge', /^(aman|segera)$/);
  await expectNoSeriousA11yViolations(page);

  await baris.getByRole('button', { name: `Tinjau laporan ${nomor}` }).click();
  const laci = page.getByTestId('tinjau-laporan');
  await expect(laci.getByRole('heading', { name: judul })).toBeVisible();
  await gambarTampil(page, `Foto lampiran 1 dari laporan ${nomor}`);
  // The coordinator sees the confidential reporter (and that the OPD will not).
  await expect(laci.getByTestId('rincian-pelapor')).toContainText('Rahmat Siregar');
  await expect(laci.getByTestId('rincian-pelapor')).toContainText('Pelapor meminta identitasnya dirahasiakan dari OPD.');
  await expectNoSeriousA11yViolations(page);

  await laci.getByTestId('aksi-kirim').filter({ hasText: 'Verifikasi' }).click();
  await expect(laci.getByTestId('tinjau-status')).toHaveText('Terverifikasi');
  await laci.getByTestId('pilih-aksi-teruskan').click();
  await expect(laci.getByRole('combobox', { name: 'OPD tujuan' })).toHaveValue(/\d+/);
  await expect(laci.getByRole('combobox', { name: 'OPD tujuan' }).locator('option:checked')).toContainText(OPD_DUKCAPIL);
  await laci.getByTestId('aksi-kirim').click();
  await expect(laci.getByTestId('tinjau-status')).toHaveText('Diteruskan ke perangkat daerah');
  await expect(laci.getByTestId('rincian-unit')).toContainText(OPD_DUKCAPIL);

  // ---------------------------------------------------------------- the OPD records the follow-up
  const kantor = await browser.newContext({ baseURL, locale: 'id-ID', timezoneId: 'Asia/Jakarta', viewport: { width: 1280, height: 800 } });
  const opd = await kantor.newPage();
  await loginAs(opd, PETUGAS_DUKCAPIL);
  await opd.goto('/app/pengaduan');
  await expect(opd.getByRole('heading', { level: 1, name: 'Pengaduan OPD' })).toBeVisible();
  await opd.getByTestId(`baris-${nomor}`).getByRole('link', { name: nomor }).click();
  await expect(opd).toHaveURL(/\/app\/pengaduan\/\d+$/);
  await expect(opd.getByTestId('detail-status')).toHaveText('Diteruskan ke perangkat daerah');
  await expect(opd.getByTestId('rincian-pelapor')).toHaveText('Identitas dirahasiakan.');
  expect(await opd.content()).not.toContain('Rahmat');
  await gambarTampil(opd, `Foto lampiran 1 dari laporan ${nomor}`);
  await expect(opd.getByRole('link', { name: 'Buka di peta' })).toHaveAttribute('href', /openstreetmap\.org/);
  await expectNoSeriousA11yViolations(opd);

  await opd.getByTestId('pilih-aksi-tindak_lanjut').click();
  await opd.getByRole('radio', { name: 'Tuntas', exact: true }).check();
  await opd.getByRole('textbox', { name: 'Uraian tindak lanjut' }).fill(tindakLanjut);
  await opd.getByTestId('aksi-kirim').click();
  await expect(opd.getByTestId('detail-status')).toHaveText('Ditindaklanjuti');
  await expect(opd.getByTestId('rincian-hasil')).toHaveText('Tuntas');
  await expect(opd.getByTestId('riwayat')).toContainText(tindakLanjut);
  await kantor.close();

  // ---------------------------------------------------------------- the reporter reads the answer and confirms
  await warga.reload(); // the pair lives in this tab's sessionStorage only
  await expect(warga.getByTestId('lacak-status')).toHaveText('Ditindaklanjuti');
  await expect(warga.getByTestId('lacak-unit')).toHaveText(OPD_DUKCAPIL);
  await expect(warga.getByTestId('riwayat')).toContainText(tindakLanjut);
  await expect(warga.getByTestId('lacak-hasil')).toHaveText('Tuntas');
  const tanya = warga.getByTestId('tanya-selesai');
  await expect(tanya.getByRole('heading', { name: 'Apakah masalah Anda sudah terselesaikan?' })).toBeVisible();
  await expectNoSeriousA11yViolations(warga);
  await tanya.getByRole('button', { name: 'Ya, sudah' }).tap();
  await expect(warga.getByTestId('lacak-pesan')).toHaveText('Terima kasih. Laporan Anda ditutup sebagai terselesaikan.');
  await expect(warga.getByTestId('lacak-status')).toHaveText('Selesai');
  await expect(warga.getByTestId('tanya-selesai')).toHaveCount(0);
  await expectNoSeriousA11yViolations(warga);
  await ponsel.close();

  // ---------------------------------------------------------------- Open311 now says closed, with the OPD's answer
  const akhir = await bacaOpen311(request, nomor);
  expect(akhir.status).toBe('closed');
  expect(akhir.status_notes ?? '').toContain('Blanko sudah tersedia');
  expect(akhir.agency_responsible ?? '').toContain(OPD_DUKCAPIL);
});

test('pengaduan: tanpa nomor dan kode yang cocok, halaman lacak tidak membuka apa pun', async ({ page, expectNoSeriousA11yViolations }) => {
  test.setTimeout(60_000);
  await page.goto('/pengaduan/lacak');
  await expect(page.getByRole('heading', { level: 1, name: 'Lacak pengaduan' })).toBeVisible({ timeout: 30_000 });
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('textbox', { name: 'Nomor laporan' }).fill('PG-2026-999999');
  await page.getByRole('textbox', { name: 'Kode akses' }).fill('ABCD-EFGH');
  await page.getByRole('button', { name: 'Lacak' }).click();
  await expect(page.getByRole('alert')).toHaveText('Laporan tidak ditemukan. Periksa kembali nomor dan kode akses.');
  // A PM- number belongs to the application tracker.
  await page.getByRole('textbox', { name: 'Nomor laporan' }).fill('PM-2026-000001');
  await expect(page.getByRole('link', { name: 'Lacak permohonan' }).last()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('pengaduan: klien Open311 dengan kunci API dari halaman pengaturan melapor → masuk antrean koordinator; kunci yang dicabut ditolak', async ({
  page, request, loginAs, expectNoSeriousA11yViolations,
}) => {
  test.setTimeout(120_000);
  const namaKlien = unik('Aplikasi Tanjungbalai Bersih');
  const deskripsi = `${unik('Lubang besar')} di Jl. Jenderal Sudirman depan sekolah, berbahaya bagi pengendara motor.`;

  // Without a key, Open311 refuses the report in the spec's error format.
  const tanpaKunci = await kirimOpen311(request, { service_code: KATEGORI_JALAN.kode, lat: TITIK_TANJUNGBALAI.lat, long: TITIK_TANJUNGBALAI.lng, description: deskripsi });
  expect(tanpaKunci.status).toBe(403);
  expect(tanpaKunci.body[0]).toMatchObject({ code: 403 });

  await loginAs(page, 'admin');
  await page.goto('/admin/pengaduan/pengaturan');
  await expect(page.getByRole('heading', { level: 1, name: 'Pengaturan pengaduan & Open311' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('textbox', { name: 'Verifikasi dan penerusan' })).toHaveValue(/^\d+$/);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('tab', { name: 'Kategori' }).click();
  await expect(page.getByTestId(`kategori-${KATEGORI_JALAN.kode}`)).toContainText(KATEGORI_JALAN.nama);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('tab', { name: 'Klien Open311' }).click();
  await expect(page.getByTestId('open311-endpoint')).toContainText('/open311/v2/requests.json');
  await page.getByRole('textbox', { name: 'Nama aplikasi klien' }).fill(namaKlien);
  await page.getByRole('button', { name: 'Buat kunci API' }).click();
  const dialog = page.getByRole('dialog', { name: `Kunci API ${namaKlien}` });
  await expect(dialog).toBeVisible();
  const apiKey = (await dialog.getByTestId('api-key-baru').innerText()).trim();
  expect(apiKey.length).toBeGreaterThanOrEqual(20);
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Sudah saya simpan' }).click();
  await expect(page.getByTestId('tabel-klien')).toContainText(namaKlien);

  // An Open311 client files a report with that key (form-urlencoded, as GeoReport v2 clients do).
  const kirim = await kirimOpen311(request, {
    api_key: apiKey, service_code: KATEGORI_JALAN.kode, lat: TITIK_TANJUNGBALAI.lat, long: TITIK_TANJUNGBALAI.lng,
    description: deskripsi, first_name: 'Dedi', last_name: 'Pasaribu', email: 'dedi@contoh.id',
  });
  expect(kirim.status, JSON.stringify(kirim.body)).toBe(201);
  const nomor = kirim.body[0]!.service_request_id!;
  expect(nomor).toMatch(/^PG-\d{4}-\d{6}$/);
  expect((await bacaOpen311(request, nomor)).status).toBe('open');

  // It waits in the coordinator's queue, marked as coming from Open311.
  await page.goto('/admin/pengaduan');
  const baris = page.getByTestId(`baris-${nomor}`);
  await expect(baris).toBeVisible();
  await expect(baris).toContainText('Open311');
  await expect(baris).toContainText(KATEGORI_JALAN.nama);
  await baris.getByRole('button', { name: `Tinjau laporan ${nomor}` }).click();
  await expect(page.getByTestId('rincian-isi')).toHaveText(deskripsi);
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press('Escape');

  // Revoking the key stops the client at once.
  await page.goto('/admin/pengaduan/pengaturan?tab=open311');
  await page.getByRole('button', { name: `Cabut kunci ${namaKlien}` }).click();
  await page.getByRole('dialog', { name: 'Cabut' }).getByRole('button', { name: 'Cabut' }).click();
  await expect(page.getByTestId('tabel-klien').getByRole('row').filter({ hasText: namaKlien })).toContainText('Dicabut');
  const dicabut = await kirimOpen311(request, { api_key: apiKey, service_code: KATEGORI_JALAN.kode, lat: TITIK_TANJUNGBALAI.lat, long: TITIK_TANJUNGBALAI.lng, description: deskripsi });
  expect(dicabut.status).toBe(403);

  // The OPD staff of another OPD never sees this Disdukcapil-less report (scope), checked over the API.
  await apiLogin(request, PETUGAS_DUKCAPIL);
  const lihat = await request.get('/api/v1/pengaduan', { params: { q: nomor } });
  expect(lihat.status()).toBe(200);
  expect(((await lihat.json()) as { items: unknown[] }).items).toHaveLength(0);
});
