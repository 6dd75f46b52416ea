import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { unik } from './support/api.ts';
import { expect, test } from './support/fixtures.ts';

// User stories: the Admin BKPSDM maintains the roster by importing a file (all rows checked first, any bad row →
// nothing imported); read-only and ordinary accounts do not get the admin tools.

const CONTOH = path.resolve('scripts/seed/data/contoh-impor-pegawai.csv');

/** Opens /admin/pegawai/impor from the admin navigation and picks `file` through the dropzone's file chooser. */
async function unggah(page: Page, file: string) {
  await page.getByRole('navigation', { name: 'Navigasi' }).getByRole('link', { name: 'Impor pegawai' }).click();
  await expect(page).toHaveURL(/\/admin\/pegawai\/impor$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Impor pegawai' })).toBeVisible();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('impor-dropzone').click()]);
  await chooser.setFiles(file);
  await expect(page.getByText(`Berkas: ${path.basename(file)}`)).toBeVisible();
}

test('admin mengimpor CSV contoh, lalu menemukan pegawai yang diimpor di daftar pegawai', async ({ page, loginAs }) => {
  await loginAs(page, 'admin');
  await unggah(page, CONTOH);

  // Check first: valid, five rows; nothing is written until the admin confirms.
  await expect(page.getByText('Berkas valid')).toBeVisible();
  await expect(page.getByText('5 baris siap diimpor.')).toBeVisible();
  await page.getByRole('button', { name: '5 baris valid — impor sekarang' }).click();

  const selesai = page.getByRole('status').filter({ hasText: 'Impor selesai' });
  await expect(selesai).toBeVisible();
  const angka = async (label: string) => Number((await selesai.getByText(label, { exact: true }).locator('xpath=following-sibling::*[1]').innerText()).replace(/\./g, ''));
  const dibuat = await angka('Pegawai baru');
  const diperbarui = await angka('Pegawai diperbarui');
  // A fresh database creates all five; if this journey already ran against it, they are updated instead.
  expect(dibuat + diperbarui).toBe(5);
  expect(await angka('Jabatan baru')).toBeGreaterThanOrEqual(0);

  // The roster: search by name, open the drawer of the imported person (identified by NIP).
  await page.getByRole('navigation', { name: 'Navigasi' }).getByRole('link', { name: 'Pegawai', exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/pegawai$/);
  await page.getByRole('searchbox', { name: 'Cari nama atau NIP' }).fill('Rahmat Hidayat');
  const baris = page.getByRole('row').filter({ hasText: '19850914 201001 1 901' });
  await expect(baris).toHaveCount(1);
  await baris.getByRole('button', { name: /^Lihat rincian Rahmat Hidayat/ }).click();

  const drawer = page.getByRole('dialog', { name: 'Rincian pegawai' });
  await expect(drawer).toBeVisible();
  await expect(drawer).toContainText('Rahmat Hidayat');
  await expect(drawer).toContainText('19850914 201001 1 901');
  await expect(drawer).toContainText('Administrator Database Kependudukan Ahli Muda');
  await expect(drawer).toContainText('Dinas Kependudukan dan Pencatatan Sipil');
  await drawer.getByRole('button', { name: 'Tutup' }).click();
  await expect(drawer).toBeHidden();
});

test('CSV dengan satu NIP salah: tabel galat menyebut baris dan kolom, tidak ada yang diimpor', async ({ page, loginAs }, testInfo) => {
  // Header of the sample, one good row with a unique name, then a row whose NIP has 17 digits (row 3 of the file).
  const [header] = (await readFile(CONTOH, 'utf8')).replace(/^\uFEFF/, '').split(/\r?\n/);
  const nama = unik('Uji Impor');
  const urut = String(100 + Math.floor(Math.random() * 900));
  const baik = `199003152015031${urut}`; // lahir 1990-03-15, TMT CPNS 2015-03, laki-laki
  const csv = [
    header,
    `${baik},${nama},,,PNS,L,1990-03-15,III/a,,OPD-DISDUKCAPIL,Operator Layanan Operasional,PELAKSANA,,,,`,
    `19850914201001190,${nama} Dua,,,PNS,L,1985-09-14,III/d,,OPD-DISDUKCAPIL,Operator Layanan Operasional,PELAKSANA,,,,`,
  ].join('\n');
  const file = testInfo.outputPath('impor-nip-salah.csv');
  await writeFile(file, csv + '\n', 'utf8');

  await loginAs(page, 'admin');
  await unggah(page, file);

  const galat = page.getByRole('alert').filter({ hasText: 'tidak ada yang diimpor' });
  await expect(galat).toBeVisible();
  await expect(galat).toContainText('1 kesalahan ditemukan');
  const tabel = page.getByTestId('impor-errors');
  await expect(tabel.getByRole('columnheader')).toHaveText(['Baris', 'Kolom', 'Nilai', 'Alasan']);
  const rows = tabel.locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByRole('cell').nth(0)).toHaveText('3');
  await expect(rows.first().getByRole('cell').nth(1)).toHaveText('NIP');
  await expect(rows.first().getByRole('cell').nth(2)).toHaveText('19850914201001190');
  await expect(rows.first().getByRole('cell').nth(3)).toContainText('NIP');
  await expect(page.getByTestId('impor-sekarang')).toHaveCount(0);

  // Nothing was written, not even the good row.
  const res = await page.request.get('/api/v1/org/pegawai', { params: { q: nama } });
  expect(res.status()).toBe(200);
  expect(((await res.json()) as { total: number }).total).toBe(0);
});

test('pimpinan (baca saja) membuka /admin/skm tanpa tombol "Survei baru"', async ({ page, loginAs }) => {
  await loginAs(page, '197508072004022001');
  await expect(page).toHaveURL(/\/admin\/skm$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Survei Kepuasan Masyarakat' })).toBeVisible();
  // Wait for the list itself, so the absence of the button is not just "not rendered yet".
  await expect(page.locator('[data-testid^="survei-baris-"]').first()).toBeVisible();
  await expect(page.getByTestId('survei-baru')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Survei baru' })).toHaveCount(0);
  const nav = page.getByRole('navigation', { name: 'Navigasi' });
  await expect(nav.getByRole('link', { name: 'Survei (SKM)' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Impor pegawai' })).toHaveCount(0);
});

test('pegawai diarahkan ke /app; /admin menampilkan pesan tidak berhak', async ({ page, loginAs }) => {
  await loginAs(page, '199507082020121001');
  await expect(page).toHaveURL(/\/app$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Profil saya' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Navigasi' }).getByRole('link', { name: 'Admin' })).toHaveCount(0);

  await page.goto('/admin');
  await expect(page.getByRole('alert')).toContainText('Anda tidak memiliki akses ke halaman ini.');
  await expect(page.getByRole('heading', { level: 1, name: 'Survei Kepuasan Masyarakat' })).toHaveCount(0);
});
