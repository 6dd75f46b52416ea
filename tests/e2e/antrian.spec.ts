import { devices, type Page } from '@playwright/test';
import { apiLogin, cariSurvei, hasilSurvei, sekarangUji } from './support/api.ts';
import { kosongkanLoket, LOKASI_DEMO, nikWarga, PETUGAS_DUKCAPIL } from './support/antrian.ts';
import { expect, test } from './support/fixtures.ts';
import { jawabSemua, kirimDanTungguTerimaKasih } from './support/survei.ts';

// User story (issue #3, pelayanan.md §3): a citizen books a queue number on a phone for today's 08:00
// session at Disdukcapil, checks in at the office kiosk, is called to a loket (the TV board shows and
// announces the number), is served, and rates the service through the one-time survey link on the
// ticket page. The server runs on the fixed clock of ADR 0010 (Monday 30 November 2026, 07:50 WIB).
//
// Determinism: the demo seed leaves a few tickets waiting today; the loket used here (Loket 4, Akta
// Pencatatan Sipil: C and D) is emptied over the API first, and the citizen books layanan D (Akta
// Kematian), so the journey's call is the citizen's ticket.

const LAYANAN = { label: 'D · Akta Kematian', prefix: 'D' };
const LOKET = { nama: 'Loket 4 — Akta Pencatatan Sipil', ucapan: 'loket empat' };

/** "Senin, 30 November 2026": the accessible name of a date card on /antrian (features/antrian/lib/format.ts). */
function namaTanggal(d: Date): string {
  const tanggal = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(d);
  return new Intl.DateTimeFormat('id-ID', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(`${tanggal}T00:00:00Z`));
}

/** The spoken call of a number, digits one by one (domain/antrian/ucapan.ts): 'D-001' → "D nol nol satu". */
function ejaNomor(nomor: string): string {
  const angka = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];
  const [prefix, digit] = nomor.split('-') as [string, string];
  return [prefix, ...[...digit].map((d) => angka[Number(d)])].join(' ');
}

async function qrTampil(page: Page, alt: string) {
  const img = page.getByRole('img', { name: alt });
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
}

test('antrian online: pesan di ponsel → check-in di kios → dipanggil di loket dan layar → selesai → survei', async ({
  browser, baseURL, page, request, loginAs, expectNoSeriousA11yViolations,
}) => {
  test.setTimeout(180_000);
  // CI runs this journey on PGlite and again on PostgreSQL (SIKAP_E2E_DATABASE_URL): check which one serves.
  const health = await (await request.get('/api/v1/health')).json();
  expect(health.database).toBe(process.env.SIKAP_E2E_DATABASE_URL ? 'postgresql' : 'pglite');
  // The Disdukcapil survey of the running quarter: its response count before the journey.
  await apiLogin(request, 'admin');
  const survei = await cariSurvei(request);
  const respondenSebelum = (await hasilSurvei(request, survei.id)).hasil.responden;
  const nik = nikWarga();

  // ---------------------------------------------------------------- the citizen books on a phone
  const ponsel = await browser.newContext({
    ...devices['Pixel 7'], viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true,
    baseURL, locale: 'id-ID', timezoneId: 'Asia/Jakarta',
  });
  const warga = await ponsel.newPage();
  await warga.goto('/antrian');
  await expect(warga.getByRole('heading', { level: 1, name: 'Ambil antrian online' })).toBeVisible();
  await expectNoSeriousA11yViolations(warga);

  await warga.getByRole('combobox', { name: 'Lokasi layanan' }).selectOption({ label: LOKASI_DEMO.nama });
  await warga.getByRole('radio', { name: LAYANAN.label }).tap();
  await warga.getByRole('button', { name: 'Lanjut' }).tap();

  // Today (the fixed Monday) in the 08:00 session.
  await warga.getByRole('radio', { name: namaTanggal(sekarangUji()) }).tap();
  await warga.getByRole('radio', { name: /^08:00–10:00 WIB · sisa \d+$/ }).tap();
  await expectNoSeriousA11yViolations(warga);
  await warga.getByRole('button', { name: 'Lanjut' }).tap();

  await warga.getByRole('textbox', { name: 'NIK (16 angka)' }).fill(nik);
  await warga.getByRole('textbox', { name: 'Nama lengkap' }).fill('Nurhayati Sitorus');
  await warga.getByRole('textbox', { name: 'Nomor WhatsApp' }).fill('0812 6543 2109');
  await warga.getByRole('checkbox', { name: /^Saya telah membaca pemberitahuan privasi/ }).check();
  await expectNoSeriousA11yViolations(warga);
  await warga.getByRole('button', { name: 'Lanjut' }).tap();

  await expect(warga.getByRole('heading', { name: 'Periksa kembali pesanan Anda' })).toBeVisible();
  await expect(warga.getByText(`${nik.slice(0, 4)}********${nik.slice(-4)}`)).toBeVisible();
  await warga.getByRole('button', { name: 'Pesan antrian' }).tap();

  const hasil = warga.getByTestId('booking-hasil');
  await expect(hasil.getByRole('heading', { name: 'Antrian berhasil dipesan' })).toBeVisible();
  const nomor = (await warga.getByTestId('nomor-antrian').innerText()).trim();
  expect(nomor).toMatch(/^D-\d{3}$/);
  const kode = (await warga.getByTestId('kode-booking').innerText()).trim();
  expect(kode).toMatch(/^[A-Z0-9]{10}$/);
  await qrTampil(warga, `Kode QR untuk check-in tiket ${nomor}`);
  await expect(hasil.getByText('Check-in di kios: 07.30–08.15 WIB')).toBeVisible();
  expect(await warga.content()).not.toContain(nik);
  expect(await warga.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoSeriousA11yViolations(warga);

  await hasil.getByRole('link', { name: 'Lihat status tiket' }).tap();
  await expect(warga).toHaveURL(new RegExp(`/antrian/tiket/${kode}$`));
  const status = warga.getByTestId('status-tiket');
  await expect(status).toHaveText('Dipesan — belum check-in');
  await expectNoSeriousA11yViolations(warga);

  // ---------------------------------------------------------------- set-up: nobody else waits at Loket 4
  await kosongkanLoket(request, LOKET.nama);

  // ---------------------------------------------------------------- kiosk check-in (desktop, petugas)
  await loginAs(page, PETUGAS_DUKCAPIL);
  await page.goto('/loket/kiosk');
  await page.getByRole('combobox', { name: 'Pilih lokasi kios' }).selectOption({ label: LOKASI_DEMO.nama });
  await expect(page.getByRole('heading', { level: 1, name: LOKASI_DEMO.nama })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const checkIn = page.getByRole('textbox', { name: 'Pindai kode QR atau ketik kode booking, lalu tekan Enter' });
  await checkIn.fill(kode);
  await checkIn.press('Enter');
  await expect(page.getByTestId('checkin-ok')).toHaveText(`Check-in berhasil: ${nomor} — silakan menunggu panggilan.`);
  await expect(status).toHaveText('Menunggu dipanggil');

  // ---------------------------------------------------------------- the board, opened before the call
  const layar = await page.context().newPage();
  await layar.goto(`/layar/${LOKASI_DEMO.kode}?token=${LOKASI_DEMO.tokenLayar}`);
  await expect(layar).toHaveURL(new RegExp(`/layar/${LOKASI_DEMO.kode}$`)); // the token leaves the address bar
  await layar.getByRole('button', { name: /^Aktifkan suara/ }).click();
  await expect(layar.getByRole('button', { name: /^Aktifkan suara/ })).toHaveCount(0);
  await expect(layar.getByRole('heading', { level: 1, name: LOKASI_DEMO.nama })).toBeVisible();
  await expectNoSeriousA11yViolations(layar);

  // ---------------------------------------------------------------- the loket console calls the ticket
  await page.bringToFront();
  await page.goto('/loket');
  // Choosing the lokasi that is already selected keeps it (regression: Mantine's allowDeselect emptied it).
  const pilihLokasi = page.getByRole('combobox', { name: 'Lokasi layanan' });
  await pilihLokasi.click();
  await page.getByRole('option', { name: LOKASI_DEMO.nama }).click();
  await expect(pilihLokasi).toHaveValue(LOKASI_DEMO.nama);
  await page.getByRole('combobox', { name: 'Loket', exact: true }).click();
  await page.getByRole('option', { name: LOKET.nama }).click();
  await page.getByRole('button', { name: 'Masuk ke loket' }).click();
  await expect(page.getByText(`${LOKASI_DEMO.nama} · ${LOKET.nama}`)).toBeVisible();
  await expect(page.getByRole('cell', { name: nomor })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: /^Panggil berikutnya/ }).click();
  await expect(page.getByTestId('loket-tiket-nomor')).toHaveText(nomor);

  await expect(layar.getByTestId('layar-panggilan-terakhir')).toHaveText(nomor);
  const teks = `Nomor antrian ${ejaNomor(nomor)}, silakan menuju ${LOKET.ucapan}`;
  await expect.poll(() => layar.evaluate(() => window.__antrianPengumuman ?? []), { timeout: 20_000 }).toContain(teks);
  await expectNoSeriousA11yViolations(layar);

  await expect(status).toHaveText('Dipanggil');
  await expect(warga.getByText(`Silakan menuju ${LOKET.nama}`)).toBeVisible();
  await expectNoSeriousA11yViolations(warga); // green and teal status badges: AA on Mantine 9's light background (theme.css)

  await page.getByRole('button', { name: 'Mulai layani' }).click();
  await expect(page.getByText('Sedang dilayani', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: /^Selesai/ }).click();
  await expect(page.getByText('Belum ada tiket yang dipanggil.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // ---------------------------------------------------------------- the citizen rates the service
  await expect(status).toHaveText('Selesai');
  const isiSurvei = warga.getByRole('link', { name: 'Isi survei kepuasan' });
  await expect(isiSurvei).toBeVisible();
  await expectNoSeriousA11yViolations(warga);
  await isiSurvei.tap();
  await expect(warga).toHaveURL(/\/survei\/[^/?]+\?undangan=/);
  await jawabSemua(warga, 'tap');
  await kirimDanTungguTerimaKasih(warga, 'tap');

  await apiLogin(request, 'admin');
  expect((await hasilSurvei(request, survei.id)).hasil.responden).toBe(respondenSebelum + 1);
  await ponsel.close();
});
