import ExcelJS from 'exceljs';
import type { KelompokStatistik, Ringkasan, Statistik } from '../../../contracts/antrian-statistik.ts';
import { MAKS_HARI_RENTANG } from '../../../domain/antrian/statistik.ts';

/** Sheet name and first-column header of each kelompok. */
export const LEMBAR_KELOMPOK: Record<KelompokStatistik, { lembar: string; kolom: string }> = {
  layanan: { lembar: 'Per layanan', kolom: 'Layanan' },
  loket: { lembar: 'Per loket', kolom: 'Loket' },
  petugas: { lembar: 'Per petugas', kolom: 'Petugas' },
  jam: { lembar: 'Per jam', kolom: 'Jam kedatangan (WIB)' },
  hari: { lembar: 'Per hari', kolom: 'Tanggal (WIB)' },
};

/** The figure columns, in order, with their headers (units in the header) and number format. */
export const KOLOM_ANGKA: ReadonlyArray<{ key: keyof Ringkasan; header: string; fmt: string }> = [
  { key: 'jumlahTiket', header: 'Jumlah tiket', fmt: '#,##0' },
  { key: 'dilayani', header: 'Dilayani (selesai)', fmt: '#,##0' },
  { key: 'tidakHadir', header: 'Tidak hadir', fmt: '#,##0' },
  { key: 'dibatalkan', header: 'Dibatalkan', fmt: '#,##0' },
  { key: 'kedaluwarsa', header: 'Kedaluwarsa', fmt: '#,##0' },
  { key: 'tungguRata', header: 'Rata-rata tunggu (menit)', fmt: '0.0' },
  { key: 'tungguP50', header: 'Median tunggu (menit)', fmt: '0.0' },
  { key: 'tungguP90', header: 'Persentil 90 tunggu (menit)', fmt: '0.0' },
  { key: 'layananRata', header: 'Rata-rata layanan (menit)', fmt: '0.0' },
  { key: 'layananP50', header: 'Median layanan (menit)', fmt: '0.0' },
  { key: 'layananP90', header: 'Persentil 90 layanan (menit)', fmt: '0.0' },
  { key: 'persenTidakHadir', header: 'Tidak hadir (%)', fmt: '0.0' },
  { key: 'persenDalamStandar', header: 'Dalam standar waktu (%)', fmt: '0.0' },
];

/** What each figure means (pelayanan.md §3.2; src/domain/antrian/statistik.ts), for the "Definisi" sheet. */
export const DEFINISI: ReadonlyArray<readonly [string, string]> = [
  ['Periode', `Hari layanan (tanggal WIB, Asia/Jakarta) tiket, dari dan sampai termasuk; paling panjang ${MAKS_HARI_RENTANG} hari.`],
  ['Jumlah tiket', 'Semua tiket pada periode: pesanan daring dan tiket langsung (walk-in), apa pun statusnya.'],
  ['Dilayani (selesai)', 'Tiket yang dilayani sampai selesai di loket.'],
  ['Tidak hadir', 'Tiket yang dipanggil sampai batas panggilan tetapi pemiliknya tidak datang ke loket.'],
  ['Dibatalkan', 'Tiket yang dibatalkan oleh pemohon atau petugas.'],
  ['Kedaluwarsa', 'Pesanan daring yang tidak melakukan check-in sampai jendela check-in berakhir.'],
  ['Waktu tunggu (menit)', 'Panggilan pertama dikurangi waktu check-in (tiket langsung: waktu tiket diambil; bila tidak ada, waktu masuk antrean). Hanya tiket yang sudah dipanggil.'],
  ['Waktu layanan (menit)', 'Selesai dilayani dikurangi mulai dilayani, hanya tiket yang selesai.'],
  ['Rata-rata', 'Rata-rata hitung, dibulatkan ke 0,1 menit.'],
  ['Median / Persentil 90', 'Persentil dengan interpolasi linear antar-peringkat terdekat (PERCENTILE.INC di Excel, percentile_cont di PostgreSQL), dibulatkan ke 0,1 menit. Median = persentil 50: separuh tiket lebih cepat. Persentil 90: 9 dari 10 tiket tidak lebih lama dari nilai ini.'],
  ['Tidak hadir (%)', 'Tiket tidak hadir dibagi tiket yang pernah masuk antrean (sudah check-in atau tiket langsung), dibulatkan ke 0,1.'],
  ['Dalam standar waktu (%)', 'Tiket selesai yang waktu layanannya tidak melebihi standar waktu layanan (menit) jenis layanannya, dibagi tiket selesai, dibulatkan ke 0,1.'],
  ['Jam kedatangan (WIB)', 'Jam check-in (atau masuk antrean) menurut WIB. "Tidak datang" = tiket yang tidak pernah masuk antrean.'],
  ['Loket / Petugas', 'Loket dan petugas (pegawai) yang memanggil/melayani tiket. "Belum dipanggil ke loket" dan "Tanpa petugas tercatat" = tiket yang tidak pernah dipanggil (atau akun petugasnya tidak terhubung ke data pegawai).'],
  ['Kosong (–)', 'Tidak ada tiket yang dapat diukur untuk angka tersebut.'],
];

export interface DataXlsxStatistik {
  dari: string;
  sampai: string;
  /** null = every lokasi the reader may see. */
  lokasiNama: string | null;
  lembar: Statistik[];
  dibuatPada: Date;
}

const waktuWib = new Intl.DateTimeFormat('id-ID', { timeZone: 'Asia/Jakarta', dateStyle: 'long', timeStyle: 'short' });
/** 'YYYY-MM-DD' → a UTC-midnight Date (exceljs writes dates as serials from UTC), shown as a WIB calendar date. */
const tanggalSel = (s: string) => new Date(`${s}T00:00:00Z`);

function gayaHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'top', wrapText: true };
  row.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  });
}

function barisAngka(r: Ringkasan): ExcelJS.CellValue[] {
  return KOLOM_ANGKA.map((k) => r[k.key]);
}

function lembarKelompok(wb: ExcelJS.Workbook, s: Statistik): void {
  const def = LEMBAR_KELOMPOK[s.filter.kelompok];
  const ws = wb.addWorksheet(def.lembar, { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  ws.columns = [
    { header: def.kolom, key: 'label', width: s.filter.kelompok === 'hari' || s.filter.kelompok === 'jam' ? 20 : 36 },
    ...KOLOM_ANGKA.map((k) => ({ header: k.header, key: k.key, width: 14, style: { numFmt: k.fmt } })),
  ];
  gayaHeader(ws.getRow(1));
  for (const b of s.baris) {
    const label = s.filter.kelompok === 'hari' && typeof b.kunci === 'string' ? tanggalSel(b.kunci) : b.label;
    const row = ws.addRow([label, ...barisAngka(b)]);
    if (label instanceof Date) row.getCell(1).numFmt = 'dd/mm/yyyy';
  }
  const total = ws.addRow(['Total', ...barisAngka(s.total)]);
  total.font = { bold: true };
}

function lembarRingkasan(wb: ExcelJS.Workbook, d: DataXlsxStatistik): void {
  const ws = wb.addWorksheet('Ringkasan', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [{ header: 'Keterangan', key: 'k', width: 32 }, { header: 'Nilai', key: 'v', width: 40 }];
  gayaHeader(ws.getRow(1));
  ws.addRow(['Lokasi', d.lokasiNama ?? 'Semua lokasi']);
  const dari = ws.addRow(['Dari tanggal (WIB)', tanggalSel(d.dari)]);
  const sampai = ws.addRow(['Sampai tanggal (WIB)', tanggalSel(d.sampai)]);
  for (const r of [dari, sampai]) r.getCell(2).numFmt = 'dd/mm/yyyy';
  ws.addRow(['Dibuat (WIB)', waktuWib.format(d.dibuatPada)]);
  const total = d.lembar[0]?.total;
  if (!total) return;
  for (const k of KOLOM_ANGKA) {
    const row = ws.addRow([k.header, total[k.key]]);
    row.getCell(2).numFmt = k.fmt;
    row.getCell(2).alignment = { horizontal: 'left' };
  }
}

function lembarDefinisi(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Definisi', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [{ header: 'Angka', key: 'a', width: 28 }, { header: 'Definisi', key: 'd', width: 100 }];
  gayaHeader(ws.getRow(1));
  for (const [a, d] of DEFINISI) ws.addRow([a, d]).alignment = { vertical: 'top', wrapText: true };
}

/**
 * The statistics workbook: "Ringkasan" (filter, generation time in WIB, overall figures), one sheet per
 * kelompok ({@link LEMBAR_KELOMPOK}) with a frozen header row and a Total row, and "Definisi".
 */
export async function buatXlsxStatistik(d: DataXlsxStatistik): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'SIKAP Kota Tanjungbalai';
  wb.created = d.dibuatPada;
  lembarRingkasan(wb, d);
  for (const s of d.lembar) lembarKelompok(wb, s);
  lembarDefinisi(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
