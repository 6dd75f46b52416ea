/**
 * The per-OPD workbook of the kinerja module (issue #5 "Outputs": predikat per pegawai per period; distribution
 * per unit). Pure rendering: data in, XLSX buffer out; no clock (the generation time comes in the data).
 */
import ExcelJS from 'exceljs';
import { LABEL_PREDIKAT_ORGANISASI, type PredikatOrganisasi } from '../../../domain/kinerja/distribusi.ts';
import { LABEL_PREDIKAT, PREDIKAT, type Predikat } from '../../../domain/kinerja/predikat.ts';

export const LEMBAR_PEGAWAI = 'Predikat per pegawai';
export const LEMBAR_DISTRIBUSI = 'Distribusi per unit';

export type DataXlsxOpd = {
  opd: { id: number; nama: string };
  tahun: number;
  /** The year's periods in order (labels as "Januari 2026"); the annual column is added as "Tahunan". */
  periode: { ke: number; label: string }[];
  /** One row per SKP (a pegawai with a mutasi in the year has two). `predikat` keyed by periodeKe, 0 = annual. */
  pegawai: {
    nip: string; nama: string; jabatan: string; unit: string;
    predikat: Record<number, Predikat | null | undefined>;
    /** e.g. "SKP 1 Januari – 30 Juni 2026 (tidak aktif)" for an SKP that does not span the whole year; else null. */
    keterangan: string | null;
  }[];
  /** One row per unit and period (periods with no penilaian and no predikat organisasi are left out by the caller). */
  distribusi: {
    unit: string; induk: string | null; periodeKe: number; periodeLabel: string;
    jumlah: Partial<Record<Predikat, number>>;
    predikatOrganisasi: PredikatOrganisasi | null;
    alasanPertahankan: string | null;
    /** Messages of periksaDistribusi (kinerja.md §1.7) — warnings, never a block. */
    peringatan: string[];
  }[];
  dibuatPada: Date;
};

const waktuWib = new Intl.DateTimeFormat('id-ID', { timeZone: 'Asia/Jakarta', dateStyle: 'long', timeStyle: 'short' });

function gayaHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'top', wrapText: true };
  row.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    c.border = { bottom: { style: 'thin' } };
  });
}

/** Free text as a cell value: exceljs writes strings as (shared) strings, never as formulas, so a leading '=' is harmless. */
const teksSel = (s: string | null | undefined) => s ?? '';

/**
 * The OPD workbook:
 * - "Predikat per pegawai": NIP (text, never a number), nama, jabatan, unit, one column per period and
 *   "Tahunan" with the predikat label (blank = not rated), and a Keterangan column;
 * - "Distribusi per unit": unit, induk, periode, the count per predikat, total, predikat organisasi,
 *   alasan dipertahankan and the warnings of the distribution check (kinerja.md §1.7);
 * - "Keterangan": OPD, tahun, generation time (WIB), how to read the sheets.
 * Each data sheet has a frozen header row, an autofilter over its columns and set widths.
 */
export async function buatXlsxOpd(d: DataXlsxOpd): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'SIKAP Kota Tanjungbalai';
  wb.created = d.dibuatPada;

  // ---------------------------------------------------------------- Predikat per pegawai
  const ws = wb.addWorksheet(LEMBAR_PEGAWAI, { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] });
  const kolomPeriode = [...d.periode.map((p) => ({ ke: p.ke, label: p.label })), { ke: 0, label: 'Tahunan' }];
  ws.columns = [
    { header: 'NIP', key: 'nip', width: 21, style: { numFmt: '@' } },
    { header: 'Nama', key: 'nama', width: 32 },
    { header: 'Jabatan', key: 'jabatan', width: 34 },
    { header: 'Unit', key: 'unit', width: 30 },
    ...kolomPeriode.map((p) => ({ header: p.label, key: `p${p.ke}`, width: p.ke === 0 ? 16 : 14 })),
    { header: 'Keterangan', key: 'keterangan', width: 36 },
  ];
  gayaHeader(ws.getRow(1));
  for (const p of d.pegawai) {
    const row = ws.addRow({
      nip: p.nip, nama: teksSel(p.nama), jabatan: teksSel(p.jabatan), unit: teksSel(p.unit),
      ...Object.fromEntries(kolomPeriode.map((k) => {
        const v = p.predikat[k.ke];
        return [`p${k.ke}`, v ? LABEL_PREDIKAT[v] : null];
      })),
      keterangan: p.keterangan,
    });
    const nip = row.getCell(1);
    nip.value = p.nip; // always a string: an 18-digit NIP must not become 1.97E+17
    nip.numFmt = '@';
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 5 + kolomPeriode.length } };

  // ---------------------------------------------------------------- Distribusi per unit
  const wd = wb.addWorksheet(LEMBAR_DISTRIBUSI, { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  wd.columns = [
    { header: 'Unit', key: 'unit', width: 34 },
    { header: 'Induk', key: 'induk', width: 28 },
    { header: 'Periode', key: 'periode', width: 16 },
    ...PREDIKAT.map((p) => ({ header: LABEL_PREDIKAT[p], key: p, width: 12, style: { numFmt: '0' } })),
    { header: 'Jumlah', key: 'total', width: 9, style: { numFmt: '0' } },
    { header: 'Predikat organisasi', key: 'organisasi', width: 18 },
    { header: 'Alasan dipertahankan', key: 'alasan', width: 34 },
    { header: 'Peringatan distribusi', key: 'peringatan', width: 70 },
  ];
  gayaHeader(wd.getRow(1));
  for (const u of d.distribusi) {
    const total = PREDIKAT.reduce((s, p) => s + (u.jumlah[p] ?? 0), 0);
    const row = wd.addRow({
      unit: teksSel(u.unit), induk: u.induk ?? null, periode: u.periodeLabel,
      ...Object.fromEntries(PREDIKAT.map((p) => [p, u.jumlah[p] ?? 0])),
      total,
      organisasi: u.predikatOrganisasi ? LABEL_PREDIKAT_ORGANISASI[u.predikatOrganisasi] : 'Belum ditetapkan',
      alasan: u.alasanPertahankan,
      peringatan: u.peringatan.length ? u.peringatan.join('\n') : null,
    });
    row.alignment = { vertical: 'top', wrapText: true };
    if (u.peringatan.length) row.getCell('peringatan').font = { color: { argb: 'FFB45309' } };
  }
  wd.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 7 + PREDIKAT.length } };

  // ---------------------------------------------------------------- Keterangan
  const wk = wb.addWorksheet('Keterangan');
  wk.columns = [{ header: 'Keterangan', key: 'k', width: 28 }, { header: 'Nilai', key: 'v', width: 100 }];
  gayaHeader(wk.getRow(1));
  for (const [k, v] of [
    ['Perangkat daerah', d.opd.nama],
    ['Tahun', String(d.tahun)],
    ['Dibuat (WIB)', waktuWib.format(d.dibuatPada)],
    ['Predikat per pegawai', 'Satu baris per SKP. Kolom periode berisi predikat kinerja pegawai periode itu (kosong = belum dinilai); "Tahunan" = predikat penilaian tahunan. Dasar: PermenPANRB 6/2022.'],
    ['Distribusi per unit', 'Baris OPD menghitung semua pegawai OPD; baris sub-unit menghitung pegawai unit itu. Peringatan membandingkan sebaran predikat dengan pola distribusi menurut predikat kinerja organisasi (PermenPANRB 6/2022 Lampiran): pedoman, bukan kuota.'],
  ] as const) {
    wk.addRow([k, v]).alignment = { vertical: 'top', wrapText: true };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
