/**
 * SKM reports: the XLSX workbook (data + the regulation's "tabel pengolahan" as live Excel formulas) and the
 * PDF "Laporan Hasil Survei Kepuasan Masyarakat". PermenPANRB No. 14 Tahun 2017; spec
 * /work/shared/domain/pelayanan.md §1.3 (formula), §1.4 (interval table), §1.5 (sample target).
 *
 * Pure rendering: no I/O besides building buffers, no clock (the generation time is `data.dibuatPada`),
 * no network, no font files (the PDF uses the standard-14 Helvetica built into PDF readers).
 */
import ExcelJS from 'exceljs';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { buatPdf, teksPdf as teks } from '../../lib/pdf.ts';
import { NAMA_BULAN } from '../../../domain/shared/tanggal.ts';
import type { IkmHasil, Survei } from '../../../contracts/skm.ts';
import {
  classifyMutu,
  computeIkmFromSums,
  roundHalfUp,
  type IkmResult,
  type Mutu,
} from '../../../domain/skm/ikm.ts';
import { UNSUR_KODE, getUnsur, isNilaiJawaban, type UnsurKode } from '../../../domain/skm/unsur.ts';

/** Everything a report needs (built by the skm service, rendered by the functions below). */
export type SkmLaporanData = {
  survei: Survei;
  hasil: IkmHasil;
  progres: { populasi: number | null; target: number | null; responden: number; persen: number | null; tercapai: boolean };
  /** Released responses per channel (optional: older callers and fixtures omit it). */
  perKanal?: { web: number; undangan: number; kertas: number; kiosk: number };
  /**
   * One row per RELEASED respondent (ADR 0005), in a keyed pseudo-random order — never by submission time;
   * no identifying data exists to include.
   */
  responden: Array<{
    no: number;
    tanggal: string;
    kanal: string;
    jawaban: Record<'U1' | 'U2' | 'U3' | 'U4' | 'U5' | 'U6' | 'U7' | 'U8' | 'U9', number | null>;
    jenisKelamin: string | null;
    usia: string | null;
    pendidikan: string | null;
    pekerjaan: string | null;
  }>;
  saran: string[];
  /** ISO timestamp of generation (passed in, for deterministic output). */
  dibuatPada: string;
};

const DASAR_HUKUM_SINGKAT = 'PermenPANRB No. 14 Tahun 2017';
const DASAR_HUKUM =
  'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (PermenPANRB) No. 14 Tahun 2017 ' +
  'tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik';

const KANAL_LABEL: Record<string, string> = {
  web: 'Tautan web',
  undangan: 'Undangan',
  kertas: 'Kuesioner kertas',
  kiosk: 'Kios',
  elektronik: 'Elektronik (web/undangan/kios)',
};
const JENIS_KELAMIN_LABEL: Record<string, string> = { L: 'Laki-laki', P: 'Perempuan' };

const BOBOT_LABEL: Record<Survei['bobot'], string> = {
  exact: '1/9 (eksak, dianjurkan)',
  '0.111': '0,111',
  '0.11': '0,11 (sesuai cetakan peraturan; nilai maksimum 99,00)',
};

/**
 * What the unit should do first when an unsur scores lowest (practice, not regulation text; pelayanan.md §1.1
 * describes what each unsur rates).
 */
const REKOMENDASI: Record<UnsurKode, string> = {
  U1: 'menyederhanakan persyaratan dan mengumumkannya secara jelas di loket serta laman resmi',
  U2: 'menyederhanakan alur prosedur dan memasang bagan alur pelayanan yang mudah dipahami',
  U3: 'memantau waktu penyelesaian terhadap standar pelayanan dan mengurangi waktu tunggu',
  U4: 'mengumumkan biaya/tarif secara terbuka dan memastikan tidak ada pungutan di luar ketentuan',
  U5: 'memastikan produk layanan sesuai dengan yang tercantum dalam standar pelayanan',
  U6: 'meningkatkan kompetensi petugas melalui pelatihan teknis dan pendampingan',
  U7: 'membina kesopanan dan keramahan petugas (budaya pelayanan prima)',
  U8: 'menyediakan kanal pengaduan yang mudah diakses dan menindaklanjuti setiap pengaduan tepat waktu',
  U9: 'memperbaiki sarana dan prasarana (ruang tunggu, toilet, parkir, akses bagi penyandang disabilitas)',
};

// ---------------------------------------------------------------------------------------------------------
// Formatting helpers (Indonesian style)
// ---------------------------------------------------------------------------------------------------------

/**
 * Formats a number the Indonesian way: comma as decimal separator, dot as thousands separator, rounded
 * half-up (via `roundHalfUp` of domain/skm/ikm.ts) to exactly `digits` decimals.
 *
 * @param x       a finite number; `null`/`undefined`/non-finite gives `'–'`
 * @param digits  decimals, integer 0–10 (default 2)
 * @returns e.g. `formatAngkaId(82.445) === '82,45'`, `formatAngkaId(3.25, 4) === '3,2500'`,
 *   `formatAngkaId(1234567.5, 1) === '1.234.567,5'`, `formatAngkaId(-0.5, 0) === '-1'`
 */
export function formatAngkaId(x: number | null | undefined, digits = 2): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  const r = roundHalfUp(x, digits);
  const negatif = r < 0;
  const [bulat = '0', pecahan] = Math.abs(r).toFixed(digits).split('.');
  const ribuan = bulat.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negatif ? '-' : ''}${ribuan}${pecahan ? `,${pecahan}` : ''}`;
}

/**
 * Formats a calendar date `YYYY-MM-DD` (or the date part of an ISO timestamp) in Indonesian:
 * `'2026-03-31'` → `'31 Maret 2026'`. Anything unparseable is returned unchanged.
 */
export function formatTanggalId(tanggal: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(tanggal);
  if (!m) return tanggal;
  const bulan = NAMA_BULAN[Number(m[2]) - 1];
  if (!bulan) return tanggal;
  return `${Number(m[3])} ${bulan} ${m[1]}`;
}

/**
 * Formats an instant in Waktu Indonesia Barat (UTC+7, no daylight saving), independent of the process TZ:
 * `'2026-11-29T07:05:00Z'` → `'29 November 2026 pukul 14.05 WIB'` (PUEBI time style with a dot).
 *
 * @param iso  an ISO-8601 timestamp; an unparseable value is returned unchanged
 */
export function formatWaktuWib(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const d = new Date(ms + 7 * 3600_000);
  const jam = String(d.getUTCHours()).padStart(2, '0');
  const menit = String(d.getUTCMinutes()).padStart(2, '0');
  return `${d.getUTCDate()} ${NAMA_BULAN[d.getUTCMonth()]} ${d.getUTCFullYear()} pukul ${jam}.${menit} WIB`;
}

// ---------------------------------------------------------------------------------------------------------
// Aggregation from the respondent rows (the XLSX is self-consistent with its own rows)
// ---------------------------------------------------------------------------------------------------------

interface Rekap {
  n: number;
  sums: Record<UnsurKode, { sum: number; count: number }>;
  /** null when some unsur has no answer (or there are no respondents): the IKM needs all nine NRR. */
  hasil: IkmResult | null;
}

function rekapResponden(data: SkmLaporanData): Rekap {
  const sums = {} as Record<UnsurKode, { sum: number; count: number }>;
  for (const kode of UNSUR_KODE) sums[kode] = { sum: 0, count: 0 };
  data.responden.forEach((r, i) => {
    for (const kode of UNSUR_KODE) {
      const v = r.jawaban[kode];
      if (v === null || v === undefined) continue;
      if (!isNilaiJawaban(v)) {
        throw new RangeError(`Responden #${i + 1} ${kode}: nilai harus bilangan bulat 1–4, diterima ${String(v)}`);
      }
      sums[kode].sum += v;
      sums[kode].count += 1;
    }
  });
  const n = data.responden.length;
  const lengkap = n > 0 && UNSUR_KODE.every((k) => sums[k].count > 0);
  const hasil = lengkap ? computeIkmFromSums({ sums, responden: n, bobot: data.survei.bobot }) : null;
  return { n, sums, hasil };
}

// ---------------------------------------------------------------------------------------------------------
// XLSX
// ---------------------------------------------------------------------------------------------------------

const WARNA_HEADER = 'FF1F4E79';
const WARNA_REKAP = 'FFDDEBF7';
const FMT_NRR = '0.0000';
const FMT_IKM = '0.00';

function gayaHeader(row: ExcelJS.Row): void {
  row.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  row.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: WARNA_HEADER } };
    cell.border = { bottom: { style: 'thin' } };
  });
  row.height = 30;
}

/** Excel formula that classifies a rounded 25–100 value (cell `ref`) on the §1.4 table. */
function rumusMutu(ref: string): string {
  return `IF(${ref}="","",IF(${ref}>=88.31,"A",IF(${ref}>=76.61,"B",IF(${ref}>=65,"C","D"))))`;
}
function rumusKinerja(ref: string): string {
  return `IF(${ref}="","",IF(${ref}>=88.31,"Sangat Baik",IF(${ref}>=76.61,"Baik",IF(${ref}>=65,"Kurang Baik","Tidak Baik"))))`;
}

/** `'2026-03-31'` → a UTC-midnight Date (exceljs stores dates as serials from UTC); otherwise the string. */
function tanggalExcel(tanggal: string): Date | string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(tanggal);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : tanggal;
}

/** Cell positions of the processing table on sheet "Responden" (for cross-sheet formulas). */
interface PosisiRekap {
  baris: { sum: number; count: number; nrr: number; tertimbang: number; ikm: number; ikm25: number };
  /** Column letter of each unsur (D … L). */
  kolom: Record<UnsurKode, string>;
  barisDataAkhir: number;
}

function kolomHuruf(i: number): string {
  // 1-based; enough for the 16 columns used here.
  return String.fromCharCode(64 + i);
}

function lembarResponden(wb: ExcelJS.Workbook, data: SkmLaporanData, rekap: Rekap): PosisiRekap {
  const ws = wb.addWorksheet('Responden', { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  ws.columns = [
    { header: 'No', key: 'no', width: 6 },
    { header: 'Bulan', key: 'tanggal', width: 10 },
    { header: 'Kanal', key: 'kanal', width: 17 },
    ...UNSUR_KODE.map((k) => ({ header: k, key: k, width: 9 })),
    { header: 'Jenis kelamin', key: 'jk', width: 13 },
    { header: 'Usia', key: 'usia', width: 8 },
    { header: 'Pendidikan', key: 'pendidikan', width: 11 },
    { header: 'Pekerjaan', key: 'pekerjaan', width: 18 },
  ];
  gayaHeader(ws.getRow(1));
  UNSUR_KODE.forEach((k, i) => {
    ws.getCell(1, 4 + i).note = getUnsur(k).nama;
  });

  for (const r of data.responden) {
    ws.addRow({
      no: r.no,
      tanggal: r.tanggal.length === 7 ? `${r.tanggal.slice(5, 7)}/${r.tanggal.slice(0, 4)}` : tanggalExcel(r.tanggal),
      kanal: KANAL_LABEL[r.kanal] ?? r.kanal,
      ...Object.fromEntries(UNSUR_KODE.map((k) => [k, r.jawaban[k] ?? null])),
      jk: r.jenisKelamin === null ? null : (JENIS_KELAMIN_LABEL[r.jenisKelamin] ?? r.jenisKelamin),
      usia: r.usia,
      pendidikan: r.pendidikan,
      pekerjaan: r.pekerjaan,
    });
  }
  for (let c = 4; c <= 12; c++) ws.getColumn(c).alignment = { horizontal: 'center' };

  // An empty data set still gets a valid (blank) range D2:D2 — never one that reaches the header row.
  const awal = 2;
  const akhir = Math.max(rekap.n + 1, 2);
  const b0 = rekap.n + 3; // one blank row between the data and the processing table
  const baris = { sum: b0, count: b0 + 1, nrr: b0 + 2, tertimbang: b0 + 3, ikm: b0 + 4, ikm25: b0 + 5 };
  const kolom = {} as Record<UnsurKode, string>;
  UNSUR_KODE.forEach((k, i) => (kolom[k] = kolomHuruf(4 + i)));

  const label = (row: number, teks: string) => {
    ws.mergeCells(row, 1, row, 3);
    const c = ws.getCell(row, 1);
    c.value = teks;
    c.font = { bold: true };
    c.alignment = { horizontal: 'right' };
    for (let col = 1; col <= 12; col++) {
      ws.getCell(row, col).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: WARNA_REKAP } };
    }
  };
  label(baris.sum, 'Σ nilai per unsur');
  label(baris.count, 'Jumlah jawaban');
  label(baris.nrr, 'NRR per unsur');
  label(baris.tertimbang, `NRR tertimbang (× bobot ${data.survei.bobot === 'exact' ? '1/9' : data.survei.bobot})`);
  label(baris.ikm, 'IKM unit pelayanan (Σ NRR tertimbang, 1–4)');
  label(baris.ikm25, 'IKM konversi (×25)');

  const bobotRumus = data.survei.bobot === 'exact' ? '/9' : `*${data.survei.bobot}`;
  for (const k of UNSUR_KODE) {
    const c = kolom[k];
    const s = rekap.sums[k];
    const nrr = s.count > 0 ? s.sum / s.count : '';
    const tertimbang = rekap.hasil ? rekap.hasil.nrrTertimbang[k] : typeof nrr === 'number' ? (data.survei.bobot === 'exact' ? nrr / 9 : nrr * Number(data.survei.bobot)) : '';
    ws.getCell(`${c}${baris.sum}`).value = { formula: `SUM(${c}${awal}:${c}${akhir})`, result: s.sum };
    ws.getCell(`${c}${baris.count}`).value = { formula: `COUNT(${c}${awal}:${c}${akhir})`, result: s.count };
    const cNrr = ws.getCell(`${c}${baris.nrr}`);
    cNrr.value = { formula: `IF(${c}${baris.count}=0,"",AVERAGE(${c}${awal}:${c}${akhir}))`, result: nrr };
    cNrr.numFmt = FMT_NRR;
    const cT = ws.getCell(`${c}${baris.tertimbang}`);
    cT.value = { formula: `IF(${c}${baris.nrr}="","",${c}${baris.nrr}${bobotRumus})`, result: tertimbang };
    cT.numFmt = FMT_NRR;
  }
  const ikm = ws.getCell(`D${baris.ikm}`);
  ikm.value = {
    formula: `IF(COUNT(D${baris.nrr}:L${baris.nrr})=9,SUM(D${baris.tertimbang}:L${baris.tertimbang}),"")`,
    result: rekap.hasil ? rekap.hasil.ikmNilaiInterval : '',
  };
  ikm.numFmt = FMT_NRR;
  ikm.font = { bold: true };
  const ikm25 = ws.getCell(`D${baris.ikm25}`);
  ikm25.value = { formula: `IF(D${baris.ikm}="","",ROUND(D${baris.ikm}*25,2))`, result: rekap.hasil ? rekap.hasil.ikm : '' };
  ikm25.numFmt = FMT_IKM;
  ikm25.font = { bold: true };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 16 } };
  return { baris, kolom, barisDataAkhir: akhir };
}

function lembarPerUnsur(wb: ExcelJS.Workbook, data: SkmLaporanData, rekap: Rekap, pos: PosisiRekap): void {
  const ws = wb.addWorksheet('Per unsur', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: 'Kode', key: 'kode', width: 7 },
    { header: 'Unsur', key: 'unsur', width: 42 },
    { header: 'NRR', key: 'nrr', width: 10 },
    { header: 'Nilai konversi', key: 'konversi', width: 12 },
    { header: 'Mutu', key: 'mutu', width: 7 },
    { header: 'Jumlah jawaban', key: 'jumlah', width: 10 },
  ];
  gayaHeader(ws.getRow(1));
  UNSUR_KODE.forEach((k, i) => {
    const r = 2 + i;
    const s = rekap.sums[k];
    const nrr = s.count > 0 ? s.sum / s.count : null;
    const konversi = rekap.hasil ? (rekap.hasil.perUnsur.find((u) => u.kode === k)?.nilaiKonversi ?? null) : nrr === null ? null : roundHalfUp(nrr * 25, 2);
    const row = ws.getRow(r);
    row.getCell(1).value = k;
    row.getCell(2).value = getUnsur(k).nama;
    row.getCell(3).value = { formula: `Responden!${pos.kolom[k]}${pos.baris.nrr}`, result: nrr ?? '' };
    row.getCell(3).numFmt = FMT_NRR;
    row.getCell(4).value = { formula: `IF(C${r}="","",ROUND(C${r}*25,2))`, result: konversi ?? '' };
    row.getCell(4).numFmt = FMT_IKM;
    row.getCell(5).value = { formula: rumusMutu(`D${r}`), result: konversi === null ? '' : classifyMutu(konversi).mutu };
    row.getCell(5).alignment = { horizontal: 'center' };
    row.getCell(6).value = { formula: `Responden!${pos.kolom[k]}${pos.baris.count}`, result: s.count };
  });

  const r0 = 2 + UNSUR_KODE.length + 1;
  const ringkas = (r: number, label: string, value: ExcelJS.CellValue, numFmt?: string) => {
    const l = ws.getCell(r, 2);
    l.value = label;
    l.font = { bold: true };
    const v = ws.getCell(r, 3);
    v.value = value;
    if (numFmt) v.numFmt = numFmt;
    v.alignment = { horizontal: 'right' };
  };
  const hasil = rekap.hasil;
  const ikmRef = `C${r0}`;
  ringkas(r0, 'IKM unit pelayanan (konversi 25–100)', { formula: `Responden!D${pos.baris.ikm25}`, result: hasil ? hasil.ikm : '' }, FMT_IKM);
  ws.getCell(ikmRef).font = { bold: true };
  ringkas(r0 + 1, 'Mutu pelayanan', { formula: rumusMutu(ikmRef), result: hasil ? hasil.mutu : '' });
  ringkas(r0 + 2, 'Kinerja unit pelayanan', { formula: rumusKinerja(ikmRef), result: hasil ? hasil.kinerja : '' });
  ringkas(r0 + 3, 'Jumlah responden', { formula: `COUNT(Responden!A2:A${pos.barisDataAkhir})`, result: rekap.n });
  ringkas(r0 + 4, 'Target sampel (Krejcie & Morgan)', data.progres.target ?? 'belum ditetapkan (populasi belum diisi)');
  ringkas(r0 + 5, 'Capaian sampel (%)', data.progres.persen ?? '–', '0.0');
  let terlemah = '';
  if (hasil) {
    const u = [...hasil.perUnsur].sort((a, b) => a.nrr - b.nrr)[0];
    if (u) terlemah = `${u.kode} ${u.nama}`;
  }
  ringkas(r0 + 6, 'Unsur dengan nilai terendah', terlemah || '–');
  ws.getCell(r0 + 6, 3).alignment = { horizontal: 'left' };
  ringkas(r0 + 7, 'Dasar hukum', DASAR_HUKUM_SINGKAT);
  ws.getCell(r0 + 7, 3).alignment = { horizontal: 'left' };
}

function lembarSaran(wb: ExcelJS.Workbook, data: SkmLaporanData): void {
  const ws = wb.addWorksheet('Saran', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: 'No', key: 'no', width: 6 },
    { header: 'Saran dan masukan responden', key: 'saran', width: 100, style: { alignment: { wrapText: true, vertical: 'top' } } },
  ];
  gayaHeader(ws.getRow(1));
  data.saran.forEach((s, i) => ws.addRow({ no: i + 1, saran: s }));
  if (data.saran.length === 0) ws.addRow({ no: null, saran: 'Tidak ada saran.' });
}

function lembarInfo(wb: ExcelJS.Workbook, data: SkmLaporanData): void {
  const ws = wb.addWorksheet('Info');
  ws.columns = [
    { header: 'Keterangan', key: 'k', width: 28 },
    { header: 'Nilai', key: 'v', width: 90, style: { alignment: { wrapText: true, vertical: 'top' } } },
  ];
  gayaHeader(ws.getRow(1));
  const s = data.survei;
  const rows: Array<[string, string | number]> = [
    ['Judul', s.judul],
    ['Unit pelayanan', s.unitNama],
    ['Layanan', s.layanan ?? 'Semua layanan'],
    ['Periode', s.periodeLabel],
    ['Mulai – selesai', `${formatTanggalId(s.mulai)} – ${formatTanggalId(s.selesai)}`],
    ['Populasi (pengguna layanan)', s.populasi ?? 'belum diisi'],
    ['Bobot per unsur', BOBOT_LABEL[s.bobot]],
    ['Kode survei', s.kode],
    ...catatanRilis(data).map((c): [string, string] => [c.label, c.teks]),
    ['Dibuat pada', formatWaktuWib(data.dibuatPada)],
    ['Dibuat oleh', 'SIKAP — Sistem Informasi Kinerja Aparatur dan Pelayanan, Kota Tanjungbalai'],
    ['Dasar hukum', DASAR_HUKUM],
    ['Rumus', 'NRR = Σ nilai unsur / jumlah jawaban unsur; IKM = Σ (NRR × bobot); IKM konversi = IKM × 25, dibulatkan 2 desimal'],
    ['Interval mutu', 'A 88,31–100,00 Sangat Baik; B 76,61–88,30 Baik; C 65,00–76,60 Kurang Baik; D 25,00–64,99 Tidak Baik'],
  ];
  for (const [k, v] of rows) {
    const row = ws.addRow({ k, v });
    row.getCell(1).font = { bold: true };
  }
}

/**
 * Notes on what the figures count (ADR 0005): the paper share ("termasuk N kuesioner kertas") and the
 * responses held back until a full anonymity batch.
 */
function catatanRilis(data: SkmLaporanData): Array<{ label: string; teks: string }> {
  const out: Array<{ label: string; teks: string }> = [];
  if (data.perKanal) {
    const k = data.perKanal;
    out.push({
      label: 'Responden per kanal',
      teks: `${data.hasil.responden} responden, termasuk ${k.kertas} kuesioner kertas (tautan web ${k.web}, undangan ${k.undangan}${k.kiosk ? `, kios ${k.kiosk}` : ''})`,
    });
  }
  if (data.survei.responTertunda > 0) {
    out.push({
      label: 'Respon belum dihitung',
      teks: `${data.survei.responTertunda} respon baru akan ditampilkan setelah terkumpul ${data.survei.ambangAnonim} respon, untuk menjaga kerahasiaan responden`,
    });
  }
  return out;
}

/**
 * Builds the SKM workbook (PermenPANRB 14/2017; pelayanan.md §1.3–§1.5). Sheets:
 * - **Responden**: one row per respondent (No, Tanggal, Kanal, U1…U9 — blank when unanswered —, Jenis
 *   kelamin, Usia, Pendidikan, Pekerjaan), then the regulation's "tabel pengolahan" as real Excel formulas
 *   with cached results: Σ nilai per unsur (`SUM`), Jumlah jawaban (`COUNT`), NRR per unsur (`AVERAGE`, its
 *   own denominator), NRR tertimbang (× 1/9, 0.111 or 0.11 per `survei.bobot`), IKM unit pelayanan (Σ, 1–4)
 *   and IKM konversi (`ROUND(×25, 2)`).
 * - **Per unsur**: Kode, Unsur, NRR, Nilai konversi, Mutu, Jumlah jawaban (formulas referring to
 *   "Responden"), then IKM, mutu, kinerja, responden, target sampel, capaian (%), weakest unsur.
 * - **Saran**, **Info** (unit, layanan, periode, dates, bobot, generation time in WIB, legal basis).
 *
 * The cached results are computed from `data.responden` with `computeIkmFromSums` (the same math as the
 * service), so the file is self-consistent: Excel recalculation and parsers that read cached values agree.
 * When some unsur has no answer the IKM cells are blank (the regulation's IKM needs all nine NRR).
 *
 * @param data  report data; answers must be integers 1–4 or null
 * @returns the .xlsx file as a Buffer
 * @throws RangeError when an answer is not an integer 1–4
 */
export async function buildSkmXlsx(data: SkmLaporanData): Promise<Buffer> {
  const rekap = rekapResponden(data);
  const wb = new ExcelJS.Workbook();
  const dibuat = new Date(data.dibuatPada);
  wb.creator = 'SIKAP';
  wb.lastModifiedBy = 'SIKAP';
  wb.title = `Hasil SKM ${data.survei.unitNama} ${data.survei.periodeLabel}`;
  wb.subject = `Survei Kepuasan Masyarakat (${DASAR_HUKUM_SINGKAT})`;
  if (!Number.isNaN(dibuat.getTime())) {
    wb.created = dibuat;
    wb.modified = dibuat;
  }
  wb.calcProperties.fullCalcOnLoad = true;
  const pos = lembarResponden(wb, data, rekap);
  lembarPerUnsur(wb, data, rekap, pos);
  lembarSaran(wb, data);
  lembarInfo(wb, data);
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}

// ---------------------------------------------------------------------------------------------------------
// PDF
// ---------------------------------------------------------------------------------------------------------

const WARNA_MUTU: Record<Mutu, string> = { A: '#2e7d32', B: '#1565c0', C: '#ef6c00', D: '#c62828' };
const WARNA_TERLEMAH_BG = '#fff3e0';

function grafikUnsur(hasil: IkmHasil): Content {
  const lebar = 300;
  const tinggi = 12;
  const skala = (v: number) => (Math.max(0, Math.min(100, v)) / 100) * lebar;
  const body: TableCell[][] = hasil.perUnsur.map((u) => {
    const v = u.nilaiKonversi;
    const terlemah = u.kode === hasil.unsurTerlemah;
    const batang: Content = {
      canvas: [
        { type: 'rect', x: 0, y: 0, w: lebar, h: tinggi, color: '#eeeeee' },
        ...(v === null ? [] : [{ type: 'rect' as const, x: 0, y: 0, w: skala(v), h: tinggi, color: terlemah ? '#c62828' : (u.mutu ? WARNA_MUTU[u.mutu] : '#1565c0') }]),
        // Interval boundaries of §1.4 (C from 65,00, B from 76,61, A from 88,31).
        ...[65, 76.61, 88.31].map((g) => ({ type: 'line' as const, x1: skala(g), y1: -1, x2: skala(g), y2: tinggi + 1, lineWidth: 0.5, lineColor: '#555555', dash: { length: 2 } })),
      ],
    };
    return [
      { text: u.kode, bold: terlemah },
      batang,
      { text: v === null ? '–' : formatAngkaId(v), alignment: 'right', bold: terlemah },
    ];
  });
  return {
    table: { widths: [24, lebar, 40], body },
    layout: 'noBorders',
  };
}

function ringkasanDemografi(data: SkmLaporanData): Content | null {
  const n = data.responden.length;
  const kelompok: Array<[string, (r: SkmLaporanData['responden'][number]) => string | null]> = [
    ['Jenis kelamin', (r) => (r.jenisKelamin === null ? null : (JENIS_KELAMIN_LABEL[r.jenisKelamin] ?? r.jenisKelamin))],
    ['Usia', (r) => r.usia],
    ['Pendidikan', (r) => r.pendidikan],
    ['Pekerjaan', (r) => r.pekerjaan],
  ];
  const body: TableCell[][] = [
    [{ text: 'Karakteristik', style: 'th' }, { text: 'Kategori', style: 'th' }, { text: 'Jumlah', style: 'th', alignment: 'right' }, { text: '%', style: 'th', alignment: 'right' }],
  ];
  let ada = false;
  for (const [nama, ambil] of kelompok) {
    const hitung = new Map<string, number>();
    for (const r of data.responden) {
      const v = ambil(r);
      if (v !== null && v !== '') hitung.set(v, (hitung.get(v) ?? 0) + 1);
    }
    if (hitung.size === 0) continue;
    ada = true;
    const entri = [...hitung.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    entri.forEach(([kategori, jumlah], i) => {
      body.push([
        i === 0 ? { text: nama, bold: true, rowSpan: entri.length } : '',
        teks(kategori),
        { text: String(jumlah), alignment: 'right' },
        { text: formatAngkaId((jumlah / n) * 100, 1), alignment: 'right' },
      ]);
    });
  }
  if (!ada) return null;
  return { table: { headerRows: 1, widths: [90, '*', 50, 50], body }, layout: 'lightHorizontalLines', fontSize: 9 };
}

/**
 * Builds the PDF "Laporan Hasil Survei Kepuasan Masyarakat" (PermenPANRB 14/2017; pelayanan.md §1.3–§1.5), A4,
 * Bahasa Indonesia, numbers with a decimal comma (82,45):
 * title, unit/layanan/periode, a summary box (IKM, mutu, kinerja, responden vs target), the per-unsur table
 * (kode, unsur, NRR, nilai konversi, mutu) with horizontal bars (pdfmake canvas, 0–100 scale with the §1.4
 * interval boundaries), the weakest unsur highlighted with a recommendation, a demographics summary (when
 * any respondent gave demographics), up to 20 suggestions, the legal basis, and a footer with page numbers
 * and "Dibuat oleh SIKAP pada <tanggal> WIB".
 *
 * Figures come from `data.hasil` (the service's official result); demographics are counted from
 * `data.responden`. Uses the standard-14 Helvetica (no font files, no network); characters outside
 * WinAnsiEncoding in free text are replaced.
 *
 * @param data  report data
 * @returns the PDF as a Buffer (starts with `%PDF`)
 */
export async function buildSkmPdf(data: SkmLaporanData): Promise<Buffer> {
  const { survei, hasil, progres } = data;
  const dibuat = formatWaktuWib(data.dibuatPada);

  const targetTeks =
    progres.target === null
      ? 'target sampel belum ditetapkan'
      : `target ${progres.target}${progres.persen === null ? '' : ` (${formatAngkaId(progres.persen, 1)}%)`}`;
  const kotakRingkasan: Content = {
    table: {
      widths: ['*', '*', '*'],
      body: [
        [
          { text: 'Indeks Kepuasan Masyarakat', style: 'labelKotak' },
          { text: 'Mutu pelayanan', style: 'labelKotak' },
          { text: 'Responden', style: 'labelKotak' },
        ],
        [
          { text: hasil.ikm === null ? 'Belum dapat dihitung' : formatAngkaId(hasil.ikm), style: hasil.ikm === null ? 'nilaiKotakKecil' : 'nilaiKotak', color: hasil.mutu ? WARNA_MUTU[hasil.mutu] : '#333333' },
          { text: hasil.mutu ? `${hasil.mutu} (${hasil.kinerja})` : '–', style: 'nilaiKotakSedang' },
          { text: `${progres.responden}`, style: 'nilaiKotakSedang' },
        ],
        [
          { text: 'skala 25–100', style: 'catatanKotak' },
          { text: 'kinerja unit pelayanan', style: 'catatanKotak' },
          { text: `${targetTeks}${progres.tercapai ? ', tercapai' : ''}`, style: 'catatanKotak' },
        ],
      ],
    },
    layout: {
      fillColor: () => '#f3f7fb',
      hLineWidth: (i: number, node: { table: { body: unknown[] } }) => (i === 0 || i === node.table.body.length ? 1 : 0),
      vLineWidth: (i: number, node: { table: { widths?: unknown } }) => (i === 0 || i === (node.table.widths as unknown[]).length ? 1 : 0),
      hLineColor: () => '#1f4e79',
      vLineColor: () => '#1f4e79',
      paddingTop: () => 4,
      paddingBottom: () => 4,
    },
    margin: [0, 6, 0, 10],
  };

  const tabelUnsur: Content = {
    table: {
      headerRows: 1,
      widths: [30, '*', 50, 55, 35],
      body: [
        [
          { text: 'Kode', style: 'th' },
          { text: 'Unsur pelayanan', style: 'th' },
          { text: 'NRR', style: 'th', alignment: 'right' },
          { text: 'Konversi', style: 'th', alignment: 'right' },
          { text: 'Mutu', style: 'th', alignment: 'center' },
        ],
        ...hasil.perUnsur.map((u): TableCell[] => {
          const fill = u.kode === hasil.unsurTerlemah ? WARNA_TERLEMAH_BG : undefined;
          return [
            { text: u.kode, fillColor: fill },
            { text: teks(u.nama) + (u.kode === hasil.unsurTerlemah ? '  (terendah)' : ''), fillColor: fill },
            { text: formatAngkaId(u.nrr, 4), alignment: 'right', fillColor: fill },
            { text: formatAngkaId(u.nilaiKonversi), alignment: 'right', fillColor: fill },
            { text: u.mutu ?? '–', alignment: 'center', bold: true, color: u.mutu ? WARNA_MUTU[u.mutu] : undefined, fillColor: fill },
          ];
        }),
      ],
    },
    layout: 'lightHorizontalLines',
    fontSize: 9.5,
  };

  const terlemah = hasil.unsurTerlemah ? hasil.perUnsur.find((u) => u.kode === hasil.unsurTerlemah) : undefined;
  const rekomendasi: Content[] = terlemah
    ? [
        { text: 'Unsur prioritas perbaikan', style: 'h2' },
        {
          text: [
            'Unsur dengan nilai terendah adalah ',
            { text: `${terlemah.kode} ${teks(terlemah.nama)}`, bold: true },
            ` (NRR ${formatAngkaId(terlemah.nrr, 4)}; nilai konversi ${formatAngkaId(terlemah.nilaiKonversi)}` +
              `${terlemah.mutu ? `; mutu ${terlemah.mutu}` : ''}). Unit pelayanan disarankan untuk ` +
              `${REKOMENDASI[terlemah.kode]}, lalu menindaklanjuti dan mempublikasikan hasil perbaikan pada periode berikutnya.`,
          ],
          margin: [0, 0, 0, 6],
        },
      ]
    : [];

  const demografi = ringkasanDemografi(data);
  const saranTampil = data.saran.slice(0, 20);
  const bobotTeks = survei.bobot === 'exact' ? '1/9' : formatAngkaId(Number(survei.bobot), survei.bobot === '0.11' ? 2 : 3);

  const content: Content[] = [
    { text: 'PEMERINTAH KOTA TANJUNGBALAI', style: 'kop' },
    { text: 'LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT', style: 'judul' },
    { text: teks(survei.judul), style: 'subjudul' },
    {
      table: {
        widths: [90, '*'],
        body: [
          ['Unit pelayanan', { text: teks(survei.unitNama), bold: true }],
          ['Layanan', teks(survei.layanan ?? 'Semua layanan')],
          ['Periode', `${teks(survei.periodeLabel)} (${formatTanggalId(survei.mulai)} – ${formatTanggalId(survei.selesai)})`],
          ['Populasi', survei.populasi === null ? 'belum diisi' : formatAngkaId(survei.populasi, 0)],
        ],
      },
      layout: 'noBorders',
      fontSize: 10,
    },
    kotakRingkasan,
    ...catatanRilis(data).map((c): Content => ({ text: `${c.teks}.`, style: 'catatan' })),
    { text: 'Nilai per unsur pelayanan', style: 'h2' },
    tabelUnsur,
    { text: 'Grafik nilai konversi per unsur (garis putus-putus: batas mutu C, B, A)', style: 'h3' },
    grafikUnsur(hasil),
    ...rekomendasi,
  ];
  if (demografi) content.push({ text: 'Profil responden', style: 'h2' }, demografi);
  content.push({ text: 'Saran dan masukan responden', style: 'h2' });
  if (saranTampil.length === 0) {
    content.push({ text: 'Tidak ada saran.', italics: true, fontSize: 9.5 });
  } else {
    if (data.saran.length > saranTampil.length) {
      content.push({ text: `${saranTampil.length} dari ${data.saran.length} saran ditampilkan; daftar lengkap ada pada berkas XLSX.`, style: 'catatan' });
    }
    content.push({ ul: saranTampil.map((s) => teks(s)), fontSize: 9.5 });
  }
  content.push(
    { text: 'Metode dan dasar hukum', style: 'h2' },
    {
      text:
        `NRR per unsur = jumlah nilai unsur / jumlah jawaban unsur; IKM = jumlah (NRR × bobot ${bobotTeks}) × 25, ` +
        'dibulatkan dua desimal. Interval mutu: A 88,31–100,00 (Sangat Baik); B 76,61–88,30 (Baik); ' +
        'C 65,00–76,60 (Kurang Baik); D 25,00–64,99 (Tidak Baik).',
      style: 'catatan',
    },
    { text: `Dasar hukum: ${DASAR_HUKUM}.`, style: 'catatan' },
  );

  const doc: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [45, 45, 45, 50],
    info: {
      title: teks(`Laporan Hasil SKM ${survei.unitNama} ${survei.periodeLabel}`),
      author: 'SIKAP Kota Tanjungbalai',
      subject: 'Survei Kepuasan Masyarakat (PermenPANRB 14/2017)',
      creator: 'SIKAP',
      producer: 'SIKAP',
      creationDate: new Date(Number.isNaN(Date.parse(data.dibuatPada)) ? 0 : Date.parse(data.dibuatPada)),
    },
    content,
    footer: (halaman: number, jumlahHalaman: number): Content => ({
      columns: [
        { text: `Dibuat oleh SIKAP pada ${dibuat}`, alignment: 'left' },
        { text: `Halaman ${halaman} dari ${jumlahHalaman}`, alignment: 'right' },
      ],
      margin: [45, 15, 45, 0],
      fontSize: 8,
      color: '#555555',
    }),
    defaultStyle: { font: 'Helvetica', fontSize: 10, lineHeight: 1.15 },
    styles: {
      kop: { fontSize: 10, bold: true, alignment: 'center', color: '#1f4e79' },
      judul: { fontSize: 15, bold: true, alignment: 'center', margin: [0, 4, 0, 2] },
      subjudul: { fontSize: 10, alignment: 'center', italics: true, margin: [0, 0, 0, 10] },
      h2: { fontSize: 12, bold: true, color: '#1f4e79', margin: [0, 10, 0, 4] },
      h3: { fontSize: 9.5, bold: true, margin: [0, 8, 0, 3] },
      th: { bold: true, color: '#1f4e79' },
      labelKotak: { fontSize: 8.5, color: '#555555', alignment: 'center' },
      nilaiKotak: { fontSize: 24, bold: true, alignment: 'center' },
      nilaiKotakKecil: { fontSize: 12, bold: true, alignment: 'center' },
      nilaiKotakSedang: { fontSize: 14, bold: true, alignment: 'center' },
      catatanKotak: { fontSize: 8.5, color: '#555555', alignment: 'center' },
      catatan: { fontSize: 8.5, color: '#444444', margin: [0, 0, 0, 4] },
    },
  };
  return buatPdf(doc);
}
