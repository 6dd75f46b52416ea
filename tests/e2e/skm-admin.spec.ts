import { readFile } from 'node:fs/promises';
import { devices, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { cariSurvei, DISDUKCAPIL, hasilSurvei, ikmId, TRIWULAN_AKTIF, unik } from './support/api.ts';
import { expect, test } from './support/fixtures.ts';
import { jawabSemua, kirimDanTungguTerimaKasih } from './support/survei.ts';

// User story: the Admin BKPSDM reads the IKM of the open Disdukcapil survey, downloads the reports, sees a
// citizen's new answer counted, and opens a survey for a new period.

/** Signs in as admin and opens the open (Triwulan IV) Disdukcapil survey from the SKM list. */
async function bukaSurveiDisdukcapil(page: Page, loginAs: (p: Page, u: string) => Promise<void>) {
  await loginAs(page, 'admin');
  await page.getByRole('link', { name: 'Survei (SKM)' }).click();
  await expect(page).toHaveURL(/\/admin\/skm$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Survei Kepuasan Masyarakat' })).toBeVisible();
  // page.request shares the browser's session cookie: the API view of the same survey.
  const survei = await cariSurvei(page.request);
  const baris = page.getByTestId(`survei-baris-${survei.id}`);
  await expect(baris).toContainText(TRIWULAN_AKTIF);
  await expect(baris).toContainText('Aktif');
  await baris.getByRole('link', { name: DISDUKCAPIL }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/skm/${survei.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: DISDUKCAPIL })).toBeVisible();
  return survei;
}

/** Expects the IKM card, mutu badge and responden count to show the API's current result; returns it. */
async function cocokDenganApi(page: Page, id: number) {
  const api = await hasilSurvei(page.request, id);
  expect(api.hasil.ikm).not.toBeNull();
  await expect(page.getByTestId('ikm-nilai')).toHaveText(ikmId(api.hasil.ikm!));
  await expect(page.getByTestId('ikm-mutu')).toHaveText(`Mutu ${api.hasil.mutu}`);
  await expect(page.getByTestId('responden-jumlah')).toHaveText(api.hasil.responden.toLocaleString('id-ID'));
  return api;
}

test('admin melihat IKM Disdukcapil, mengunduh XLSX dan PDF', async ({ page, loginAs }, testInfo) => {
  const survei = await bukaSurveiDisdukcapil(page, loginAs);
  const api = await cocokDenganApi(page, survei.id);
  await expect(page.getByTestId('ikm-nilai')).toHaveText(/^\d{2,3},\d{2}$/);
  // The API's IKM is the regulation's: mean of the nine NRR (bobot 1/9 exact) × 25, two decimals.
  expect(api.survei.bobot).toBe('exact');
  const rerata = api.hasil.perUnsur.reduce((s, u) => s + u.nrr!, 0) / 9;
  expect(Math.abs(rerata * 25 - api.hasil.ikm!)).toBeLessThanOrEqual(0.005 + 1e-9);

  // Per-unsur table: nine rows, each unsur's conversion value as the API computed it.
  const tabel = page.getByTestId('tabel-unsur');
  await expect(tabel.locator('tbody tr')).toHaveCount(9);
  for (const u of api.hasil.perUnsur) {
    const baris = tabel.getByRole('row', { name: new RegExp(`^${u.kode} ${u.nama}`) });
    await expect(baris).toContainText(ikmId(u.nilaiKonversi!));
  }

  // XLSX: named SKM-*.xlsx; the "Per unsur" sheet carries the same IKM.
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('unduh-xlsx').click()]);
  expect(xlsx.suggestedFilename()).toMatch(/^SKM-.*\.xlsx$/);
  const xlsxPath = testInfo.outputPath(xlsx.suggestedFilename());
  await xlsx.saveAs(xlsxPath);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsxPath);
  const ws = wb.getWorksheet('Per unsur');
  expect(ws, `sheets: ${wb.worksheets.map((w) => w.name).join(', ')}`).toBeDefined();
  let ikmXlsx: unknown;
  ws!.eachRow((row) => {
    if (String(row.getCell(2).value ?? '').startsWith('IKM unit pelayanan')) ikmXlsx = row.getCell(3).result ?? row.getCell(3).value;
  });
  expect(ikmXlsx).toBe(api.hasil.ikm);
  // The nine unsur rows are there too, in order.
  expect([2, 3, 4, 5, 6, 7, 8, 9, 10].map((r) => ws!.getCell(r, 1).value)).toEqual(api.hasil.perUnsur.map((u) => u.kode));

  // PDF report.
  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByTestId('unduh-pdf').click()]);
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  const pdfPath = testInfo.outputPath(pdf.suggestedFilename());
  await pdf.saveAs(pdfPath);
  const isi = await readFile(pdfPath);
  expect(isi.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(isi.length).toBeGreaterThan(1000);
});

test('jawaban warga baru langsung terhitung: responden +1 dan IKM dihitung ulang', async ({ page, browser, loginAs }, testInfo) => {
  const survei = await bukaSurveiDisdukcapil(page, loginAs);
  const sebelum = await cocokDenganApi(page, survei.id);

  // A citizen on a phone, in a separate browser context (no session), answers the same survey.
  const { defaultBrowserType: _, ...pixel7 } = devices['Pixel 7'];
  const warga = await browser.newContext({ ...pixel7, viewport: { width: 390, height: 844 }, locale: 'id-ID', baseURL: testInfo.project.use.baseURL });
  try {
    const hp = await warga.newPage();
    await hp.goto(`/survei/${survei.kode}`);
    await jawabSemua(hp, 'tap', [1, 1, 2, 1, 1, 2, 1, 1, 1]);
    await kirimDanTungguTerimaKasih(hp, 'tap');
  } finally {
    await warga.close();
  }

  await page.reload();
  await expect(page.getByTestId('responden-jumlah')).toHaveText((sebelum.hasil.responden + 1).toLocaleString('id-ID'));
  const sesudah = await cocokDenganApi(page, survei.id);
  expect(sesudah.hasil.responden).toBe(sebelum.hasil.responden + 1);
  // Low answers pull the IKM down.
  expect(sesudah.hasil.ikm!).toBeLessThan(sebelum.hasil.ikm!);
});

test('admin membuat survei baru lewat modal "Survei baru" (target Krejcie–Morgan 278)', async ({ page, loginAs }) => {
  const layanan = unik('Layanan e2e');
  await loginAs(page, 'admin');
  await expect(page).toHaveURL(/\/admin\/skm$/);
  await page.getByTestId('survei-baru').click();

  const modal = page.getByRole('dialog', { name: 'Survei baru' });
  await expect(modal).toBeVisible();
  await modal.getByRole('combobox', { name: 'Unit layanan' }).fill('Dinas Kesehatan');
  await page.getByRole('option', { name: 'Dinas Kesehatan', exact: true }).click();
  await modal.getByRole('textbox', { name: 'Layanan', exact: true }).fill(layanan);
  await expect(modal.getByRole('radio', { name: 'Triwulan', exact: true })).toBeChecked();
  await modal.getByRole('textbox', { name: 'Tahun', exact: true }).fill('2027');
  await modal.getByRole('combobox', { name: 'Triwulan ke' }).click();
  await page.getByRole('option', { name: 'Triwulan 1', exact: true }).click();
  const populasi = modal.getByRole('textbox', { name: 'Populasi (jumlah pengguna layanan)' });
  await populasi.fill('1000');
  await expect(modal.getByText('Target sampel Krejcie–Morgan: 278 responden')).toBeVisible();
  await modal.getByRole('button', { name: 'Buat survei' }).click();

  // Created: the app opens its page; back on the list it is a row of its own.
  await expect(modal).toBeHidden();
  await expect(page).toHaveURL(/\/admin\/skm\/\d+$/);
  const id = Number(new URL(page.url()).pathname.split('/').pop());
  await expect(page.getByRole('heading', { level: 1, name: 'Dinas Kesehatan' })).toBeVisible();
  await expect(page.getByText(`${layanan} · Triwulan I 2027`)).toBeVisible();
  await expect(page.getByTestId('responden-jumlah')).toHaveText('0');

  await page.getByRole('link', { name: '← Semua survei' }).click();
  await expect(page).toHaveURL(/\/admin\/skm$/);
  const baris = page.getByTestId(`survei-baris-${id}`);
  await expect(baris).toBeVisible();
  await expect(baris).toContainText('Dinas Kesehatan');
  await expect(baris).toContainText(layanan);
  await expect(baris).toContainText('Triwulan I 2027');
  await expect(baris).toContainText('0 / 278');
});
