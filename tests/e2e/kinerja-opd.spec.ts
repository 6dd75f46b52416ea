import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expect, test } from './support/fixtures.ts';

// User stories (issue #5 "Rating", "Outputs", "Who may see what"): BKPSDM changes a koefisien angka kredit and
// downloads the SIASN export; the Sekda reads the city-wide predikat summary, which never shows a name; the
// kepala Disdukcapil (admin OPD) opens the distribution of October 2026 per unit and downloads the OPD workbook.
// The server's clock is Mon 30 Nov 2026 07:50 WIB (playwright.config.ts); the demo seed rated Jan–Oct 2026.

const ADMIN_OPD_DISDUKCAPIL = '196803141997121001';
const SEKDA = '197508072004022001';
const DISDUKCAPIL = 'Dinas Kependudukan dan Pencatatan Sipil';

/** kinerja.md §5.6: SIASN's field names, exactly and in this order (skp22, then the kinerjaperiodik additions). */
const SKP22 = [
  'tahun', 'hasilKinerjaNilai', 'perilakuKerjaNilai', 'kuadranKinerjaNilai', 'pnsDinilaiOrang', 'penilaiNama',
  'penilaiNipNrp', 'penilaiGolongan', 'penilaiJabatan', 'penilaiUnorNama', 'statusPenilai',
];
const KINERJA_PERIODIK = [
  ...SKP22, 'PnsDinilaiId', 'KoefisienId', 'BulanMulaiPenilaian', 'BulanSelesaiPenilaian', 'TahunMulaiPenilaian',
  'TahunSelesaiPenilaian', 'PeriodikId',
];

/**
 * Moves the mouse off every control before an axe check: a HOVERED primary button or active nav link is
 * white/cyan on cyan below 4.5:1 (the shared theme's hover shades; reported to the lead), which is a
 * transient state, not the page's.
 */
async function lepasHover(page: Page) {
  await page.mouse.move(1270, 790);
}

/** Picks an option of a Mantine Select by the field's label. */
async function pilih(page: Page, label: string, opsi: string) {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: opsi, exact: true }).click();
}

type Koefisien = { items: { jenjang: string; label: string; koefisien: number; diubahOleh: string | null }[] };

test('BKPSDM mengubah koefisien angka kredit, mengunduh ekspor SIASN (CSV, nama kolom persis) dan mengganti pejabat penilai satu SKP', async ({ page, loginAs, expectNoSeriousA11yViolations }, testInfo) => {
  test.setTimeout(60_000); // with the change of pejabat penilai at the end
  await loginAs(page, 'admin');
  await page.getByRole('navigation', { name: 'Navigasi' }).getByRole('link', { name: 'Pengaturan kinerja' }).click();
  await expect(page).toHaveURL(/\/admin\/kinerja$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Pengaturan kinerja' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Pengaturan tahun 2026' })).toBeVisible();
  await lepasHover(page);
  await expectNoSeriousA11yViolations(page);

  // Koefisien: Ahli Pertama 12,5 → 13,75 (decimal comma as Indonesians type it); the API has it, with who changed it.
  await page.getByRole('tab', { name: 'Koefisien angka kredit' }).click();
  const baris = page.getByTestId('koef-AHLI_PERTAMA');
  const input = baris.getByRole('textbox', { name: 'Koefisien Ahli Pertama' });
  await expect(input).toHaveValue('12,5');
  await input.fill('13,75');
  await baris.getByRole('button', { name: 'Simpan koefisien Ahli Pertama' }).click();
  await expect(page.getByText('Koefisien Ahli Pertama disimpan: 13,75.')).toBeVisible();
  await expect(baris).toContainText('Admin');
  const koef = (await (await page.request.get('/api/v1/kinerja/koefisien-ak')).json()) as Koefisien;
  const ap = koef.items.find((k) => k.jenjang === 'AHLI_PERTAMA');
  expect(ap?.koefisien).toBe(13.75);
  expect(ap?.diubahOleh).not.toBeNull();
  // A value above the limit is refused at the field, and nothing changes.
  await input.fill('0');
  await baris.getByRole('button', { name: 'Simpan koefisien Ahli Pertama' }).click();
  await expect(baris.getByText(/lebih dari 0/)).toBeVisible();
  const lagi = (await (await page.request.get('/api/v1/kinerja/koefisien-ak')).json()) as Koefisien;
  expect(lagi.items.find((k) => k.jenjang === 'AHLI_PERTAMA')?.koefisien).toBe(13.75);
  await lepasHover(page);
  await expectNoSeriousA11yViolations(page);

  // SIASN: kinerjaperiodik, October 2026, CSV → header row with SIASN's exact names, then data rows.
  await page.getByRole('tab', { name: 'Ekspor SIASN' }).click();
  await pilih(page, 'Jenis data', 'kinerjaperiodik — hasil kinerja periodik');
  await pilih(page, 'Periode (tidak wajib)', 'Oktober 2026');
  await page.getByRole('radio', { name: 'CSV' }).check();
  await lepasHover(page);
  await expectNoSeriousA11yViolations(page);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('unduh-siasn').click()]);
  expect(csv.suggestedFilename()).toMatch(/^siasn-kinerjaperiodik-2026.*\.csv$/);
  const csvPath = testInfo.outputPath(csv.suggestedFilename());
  await csv.saveAs(csvPath);
  const teks = await readFile(csvPath, 'utf8');
  expect(teks.charCodeAt(0), 'UTF-8 BOM for Excel').toBe(0xfeff);
  const baris1 = teks.slice(1).split('\r\n');
  expect(baris1[0]!.split(',')).toEqual(KINERJA_PERIODIK);
  const data = baris1.slice(1).filter((b) => b.length > 0);
  expect(data.length).toBeGreaterThan(10);
  expect(data[0]).toMatch(/^2026,"?(Di Atas|Sesuai|Di Bawah) Ekspektasi/);

  // skp22 JSON: the annual record shape (the year is not decided yet, so it may hold no records).
  await pilih(page, 'Jenis data', 'skp22 — hasil kinerja tahunan');
  await page.getByRole('radio', { name: 'JSON' }).check();
  const href = await page.getByTestId('unduh-siasn').getAttribute('href');
  expect(href).toBe('/api/v1/kinerja/siasn?tahun=2026&jenis=skp22&format=json');
  const json = await page.request.get(href!);
  expect(json.status()).toBe(200);
  for (const r of (await json.json()) as Record<string, unknown>[]) expect(Object.keys(r)).toEqual(SKP22);

  // Put the demo value back (later journeys compute angka kredit with it).
  const me = (await (await page.request.get('/api/v1/auth/me')).json()) as { csrfToken: string };
  const pulih = await page.request.put('/api/v1/kinerja/koefisien-ak/AHLI_PERTAMA', { data: { koefisien: 12.5 }, headers: { 'x-csrf-token': me.csrfToken } });
  expect(pulih.status()).toBe(200);

  // BKPSDM changes the pejabat penilai of one seeded SKP of Disdukcapil (kinerja.md §1.3: structural atasan by
  // default, overrides allowed) to the atasan penilai, with a reason; then puts the structural one back.
  const awal = (await (await page.request.get('/api/v1/kinerja/distribusi', { params: { tahun: 2026, periodeKe: 10, pegawai: 'false' } })).json()) as { opdPilihan: { id: number; nama: string }[] };
  const opdId = awal.opdPilihan.find((o) => o.nama === DISDUKCAPIL)!.id;
  const dukcapil = (await (await page.request.get('/api/v1/kinerja/distribusi', { params: { tahun: 2026, periodeKe: 10, opdId } })).json()) as
    { opd: { id: number }; unit: { unit: { id: number }; pegawai: { skpId: number }[] | null }[] };
  type Orang = { id: number; nama: string; nip: string };
  type Skp = { id: number; terkunci: boolean; penilai: Orang | null; atasanPenilai: Orang | null };
  let skp: Skp | undefined;
  for (const c of dukcapil.unit.filter((x) => x.unit.id !== dukcapil.opd.id).flatMap((x) => x.pegawai ?? []).slice(0, 10)) {
    const s = (await (await page.request.get(`/api/v1/kinerja/skp/${c.skpId}`)).json()) as Skp;
    if (s.penilai && s.atasanPenilai && !s.terkunci) { skp = s; break; }
  }
  expect(skp, 'demo: an SKP of Disdukcapil with a penilai and an atasan penilai').toBeDefined();
  const lama = skp!.penilai!;
  const gantiPenilai = async (ke: Orang, alasan: string) => {
    await page.getByTestId('ganti-penilai').click();
    const dialog = page.getByRole('dialog', { name: 'Ganti pejabat penilai' });
    await expect(dialog.getByTestId('ganti-penilai-ket')).toContainText('kepala OPD dinilai oleh Wali Kota atau Sekda');
    await dialog.getByRole('combobox', { name: 'Pejabat penilai baru' }).fill(ke.nip);
    await page.getByRole('option', { name: ke.nama }).click();
    await dialog.getByRole('textbox', { name: 'Alasan penggantian' }).fill(alasan);
    return dialog;
  };
  await page.goto(`/app/kinerja/skp/${skp!.id}`);
  await expect(page.getByTestId('orang-penilai')).toContainText(lama.nama);
  const dialog = await gantiPenilai(skp!.atasanPenilai!, 'singkat');
  await dialog.getByRole('button', { name: 'Simpan pejabat penilai' }).click();
  await expect(dialog.getByText('Alasan minimal 10 karakter.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Alasan penggantian' }).fill('Penetapan pejabat penilai oleh Sekda, uji perjalanan.');
  await lepasHover(page);
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Simpan pejabat penilai' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Pejabat penilai sekarang: ${skp!.atasanPenilai!.nama}`, { exact: true })).toBeVisible();
  await expect(page.getByTestId('riwayat-skp')).toContainText(`Pejabat penilai diganti menjadi ${skp!.atasanPenilai!.nama}`);
  await expect(page.getByTestId('orang-penilai')).toContainText(skp!.atasanPenilai!.nama);
  await gantiPenilai(lama, 'Dikembalikan ke atasan langsung menurut struktur.');
  await page.getByRole('dialog', { name: 'Ganti pejabat penilai' }).getByRole('button', { name: 'Simpan pejabat penilai' }).click();
  await expect(page.getByTestId('orang-penilai')).toContainText(lama.nama);
  const kembali = (await (await page.request.get(`/api/v1/kinerja/skp/${skp!.id}`)).json()) as Skp;
  expect([kembali.penilai?.id, kembali.atasanPenilai?.id]).toEqual([lama.id, skp!.atasanPenilai!.id]);
});

test('Sekda membaca ringkasan kinerja kota: angka per OPD, tanpa nama pegawai', async ({ page, loginAs, expectNoSeriousA11yViolations }) => {
  await loginAs(page, SEKDA);
  await page.goto('/app/kinerja/ringkasan?tahun=2026&ke=10');
  await expect(page.getByRole('heading', { level: 1, name: 'Ringkasan kinerja kota' })).toBeVisible();
  await expect(page.getByTestId('judul-periode')).toHaveText('Kota Tanjungbalai · Oktober 2026');

  const api = (await (await page.request.get('/api/v1/kinerja/ringkasan?tahun=2026&periodeKe=10')).json()) as {
    lingkup: string; kota: { total: number; dinilai: number }; opd: { id: number; nama: string; dinilai: number; total: number }[];
  };
  expect(api.lingkup).toBe('kota');
  expect(api.opd.length).toBeGreaterThan(5);
  await expect(page.getByTestId('kpi-total')).toHaveText(api.kota.total.toLocaleString('id-ID'));
  await expect(page.getByTestId('kpi-dinilai')).toHaveText(api.kota.dinilai.toLocaleString('id-ID'));
  await expect(page.getByTestId('tabel-ringkasan').locator('tbody tr')).toHaveCount(api.opd.length);
  const dukcapil = api.opd.find((o) => o.nama === DISDUKCAPIL)!;
  await expect(page.getByTestId(`ringkasan-opd-${dukcapil.id}`)).toContainText(`${dukcapil.dinilai} / ${dukcapil.total}`);
  await expect(page.getByTestId('grafik-kota')).toBeVisible();
  await lepasHover(page);
  await expectNoSeriousA11yViolations(page);

  // No names: the answer has no key but OPD names, and no pegawai of Disdukcapil appears on the page.
  const kunci = new Set<string>();
  const jalan = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(jalan);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { kunci.add(k); jalan(x); }
  };
  jalan(api);
  expect([...kunci].filter((k) => /nama|nip|pegawai/i.test(k))).toEqual(['nama']);
  const pegawai = await page.request.get('/api/v1/org/pegawai', { params: { per_page: 100, opd_id: dukcapil.id } });
  expect(pegawai.status()).toBe(200);
  const nama = ((await pegawai.json()) as { items: { nama: string }[] }).items.map((p) => p.nama);
  expect(nama.length).toBeGreaterThan(10);
  const isi = await page.locator('main').innerText();
  for (const n of nama) expect(isi, `nama pegawai "${n}" tampil di ringkasan`).not.toContain(n);

  // Another period: the year's annual view loads with the same columns.
  await page.getByRole('combobox', { name: 'Periode', exact: true }).click();
  await page.getByRole('option', { name: 'Tahunan 2026' }).click();
  await expect(page.getByTestId('judul-periode')).toHaveText('Kota Tanjungbalai · Tahunan 2026');
});

type Distribusi = {
  opd: { id: number; nama: string };
  periode: { label: string };
  unit: { unit: { id: number; nama: string }; jumlah: Record<string, number>; total: number; belumDinilai: number; predikatOrganisasi: { predikat: string } | null }[];
};

test('kepala Disdukcapil melihat sebaran predikat Oktober 2026 per unit, mempertahankan sebaran dengan alasan, mengunduh XLSX OPD', async ({ page, loginAs, expectNoSeriousA11yViolations }, testInfo) => {
  test.setTimeout(60_000); // the longest story of the file: three axe checks, a modal, two saves, a download
  await loginAs(page, ADMIN_OPD_DISDUKCAPIL);
  await page.goto('/app/kinerja/opd');
  await expect(page.getByRole('heading', { level: 1, name: 'Kinerja unit dan OPD' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Periode', exact: true }).click();
  await page.getByRole('option', { name: 'Oktober 2026', exact: true }).click();
  await expect(page.getByTestId('judul-periode')).toHaveText(`${DISDUKCAPIL} · Oktober 2026`);

  const d = (await (await page.request.get('/api/v1/kinerja/distribusi?tahun=2026&periodeKe=10')).json()) as Distribusi;
  expect(d.opd.nama).toBe(DISDUKCAPIL);
  expect(d.unit.length).toBeGreaterThan(1);
  expect(d.unit[0]!.total).toBeGreaterThan(0);
  // One card per unit, OPD first, each with the API's counts per predikat.
  const kartu = page.locator('section[data-testid^="unit-"]');
  await expect(kartu).toHaveCount(d.unit.length);
  await expect(kartu.first().getByRole('heading')).toHaveText(DISDUKCAPIL);
  for (const u of d.unit) {
    const k = page.getByTestId(`unit-${u.unit.id}`);
    await expect(k.getByRole('heading', { name: u.unit.nama, exact: true })).toBeVisible();
    for (const [p, n] of Object.entries(u.jumlah)) await expect(k.getByTestId(`jumlah-${p}`)).toHaveText(String(n));
    if (u.predikatOrganisasi) await expect(k.getByTestId('pola-teks')).not.toBeEmpty();
  }
  await expect(page.getByTestId('grafik-opd')).toBeVisible();
  await lepasHover(page);
  await expectNoSeriousA11yViolations(page);

  // A unit without a predikat organisasi for October: the kepala sets "Istimewa" (most should then be Sangat
  // Baik — they are not), sees the warning in orange, and keeps the distribution with a reason.
  const u = d.unit.find((x) => x.unit.id !== d.opd.id && !x.predikatOrganisasi && x.total > 0 && x.jumlah.sangat_baik! * 2 < x.total);
  expect(u, 'demo: a unit of Disdukcapil without predikat organisasi in October, mostly not Sangat Baik').toBeDefined();
  const k = page.getByTestId(`unit-${u!.unit.id}`);
  await k.getByRole('combobox', { name: 'Predikat kinerja organisasi' }).click();
  await page.getByRole('option', { name: 'Istimewa', exact: true }).click();
  await expect(k.getByText('Pola distribusi — pratinjau untuk Istimewa, belum disimpan')).toBeVisible();
  await expect(k.getByTestId('peringatan')).toContainText('sebagian besar pegawai semestinya Sangat Baik');
  await k.getByRole('button', { name: 'Simpan predikat organisasi' }).click();
  await expect(page.getByText(`Predikat organisasi ${u!.unit.nama} disimpan.`)).toBeVisible();
  await expect(k.getByTestId('pola-teks')).toHaveText('Sebagian besar pegawai Sangat Baik (paling banyak 70%).');
  await k.getByTestId('pertahankan').click();
  const modal = page.getByRole('dialog', { name: 'Pertahankan sebaran predikat' });
  await modal.getByRole('textbox', { name: 'Alasan' }).fill('terlalu');
  await modal.getByRole('button', { name: 'Simpan alasan' }).click();
  await expect(modal.getByText('Alasan paling sedikit 10 karakter.')).toBeVisible();
  const alasan = 'Target layanan unit tercapai, tetapi penilaian pegawai sudah sesuai bukti dukung.';
  await modal.getByRole('textbox', { name: 'Alasan' }).fill(alasan);
  await lepasHover(page);
  await expectNoSeriousA11yViolations(page);
  await modal.getByRole('button', { name: 'Simpan alasan' }).click();
  await expect(modal).toBeHidden();
  await expect(k.getByTestId('alasan-tercatat')).toContainText(alasan);
  // The unit's pegawai (names are for the admin OPD): loaded when the panel opens, each with a predikat badge.
  await k.getByTestId('buka-pegawai').click();
  const barisPegawai = k.getByTestId('tabel-pegawai').locator('tbody tr');
  await expect(barisPegawai.first()).toBeVisible();
  expect(await barisPegawai.count()).toBeLessThanOrEqual(u!.total + u!.belumDinilai);
  const sesudah = (await (await page.request.get('/api/v1/kinerja/distribusi?tahun=2026&periodeKe=10')).json()) as Distribusi;
  const po = sesudah.unit.find((x) => x.unit.id === u!.unit.id)!.predikatOrganisasi as { predikat: string; alasanPertahankan: string | null };
  expect(po).toMatchObject({ predikat: 'istimewa', alasanPertahankan: alasan });

  // The OPD workbook of 2026: both sheets, the pegawai sheet with one row per pegawai and a column per period.
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('unduh-xlsx-opd').click()]);
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  const xlsxPath = testInfo.outputPath(xlsx.suggestedFilename());
  await xlsx.saveAs(xlsxPath);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsxPath);
  const nama = wb.worksheets.map((w) => w.name);
  expect(nama).toEqual(expect.arrayContaining(['Predikat per pegawai', 'Distribusi per unit']));
  expect(wb.getWorksheet('Predikat per pegawai')!.rowCount).toBeGreaterThan(d.unit[0]!.total);

  // The angka kredit tab of the same OPD and year.
  await page.getByRole('tab', { name: 'Angka kredit JF' }).click();
  await expect(page.getByRole('heading', { name: 'Angka kredit jabatan fungsional 2026' })).toBeVisible();
  await lepasHover(page);
  await expectNoSeriousA11yViolations(page);
});
