/**
 * PDF documents of the kinerja module (issue #5 "Outputs"): the SKP form and the Dokumen Evaluasi Kinerja
 * Pegawai — PermenPANRB 6/2022 Lampiran (format SKP JA/JF and JPT; Anak Lampiran 4 evaluation form);
 * layout per kinerja.md §1.2.
 *
 * Pure rendering: no I/O besides building the buffer, no clock (dates come in the data), no network, no font
 * files (standard-14 Helvetica, as the SKM report; characters outside WinAnsiEncoding are replaced).
 * A4 landscape: the hasil-kerja tables have 5–7 columns.
 */
import type { Content, ContentTable, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { buatPdf, teksPdf as teks } from '../../lib/pdf.ts';
import { LABEL_PREDIKAT, PREDIKAT, type Predikat } from '../../../domain/kinerja/predikat.ts';
import { NAMA_BULAN, tanggalPanjangId } from '../../../domain/shared/tanggal.ts';

/** A person in a document header block (kinerja.md §1.2 Header). */
export type OrangDokumen = { nama: string; nip: string | null; pangkatGol: string; jabatan: string; unit: string };

export type IndikatorSkpPdf = {
  aspek: string;
  uraian: string;
  /** Target as written, e.g. "2 Dokumen", "100%", or the narrative target (kualitatif). */
  target: string;
  /** JPT: perspektif label; otherwise null. */
  perspektif: string | null;
  /** Bound to a service metric (realisasi filled automatically). */
  otomatis: boolean;
};

export type RhkSkpPdf = {
  jenis: 'utama' | 'tambahan';
  uraian: string;
  /** "RHK pimpinan yang diintervensi" with its owner, or null (JPT: the PK source in `sumberPk`). */
  rhkPimpinan: string | null;
  sumberPk: string | null;
  indikator: IndikatorSkpPdf[];
};

export type PerilakuPdf = { nama: string; ringkas: string; panduan: string[]; ekspektasiKhusus: string | null };

/** Everything the SKP form shows (built by the dokumen service). */
export type DataSkpPdf = {
  instansi: string;
  tahun: number;
  periodeMulai: string;
  periodeSelesai: string;
  pendekatan: 'kuantitatif' | 'kualitatif';
  /** JPT form (columns RHK, IKI, target, perspektif) or the JA/JF form. */
  jpt: boolean;
  status: 'draft' | 'diajukan' | 'disetujui' | 'dikembalikan';
  pegawai: OrangDokumen;
  penilai: OrangDokumen | null;
  rhk: RhkSkpPdf[];
  perilaku: PerilakuPdf[];
  /** WIB date of the signatures ("Tanjungbalai, <tanggal>"): the approval date, else the generation date. */
  tanggal: string;
  /** ISO instant of generation (footer). */
  dibuatPada: string;
};

export type IndikatorEvaluasiPdf = {
  uraian: string;
  target: string;
  perspektif: string | null;
  /** The figure or narrative, e.g. "27 tiket", "Laporan selesai"; "–" when none. */
  realisasi: string;
  otomatis: boolean;
  /** How an annual figure was formed, e.g. "jumlah 11 periode". */
  keterangan: string | null;
  bukti: string[];
  catatan: string | null;
};

export type UmpanBalikPdf = { peran: 'penilai' | 'pegawai'; isi: string };

export type RhkEvaluasiPdf = { jenis: 'utama' | 'tambahan'; uraian: string; indikator: IndikatorEvaluasiPdf[]; umpanBalik: UmpanBalikPdf[] };

/** Everything the Dokumen Evaluasi Kinerja Pegawai shows (kinerja.md §1.2 "Evaluation document"). */
export type DataEvaluasiPdf = {
  instansi: string;
  tahun: number;
  /** "November 2026", "Triwulan II 2026", "Tahunan 2026". */
  periodeLabel: string;
  periodeMulai: string;
  periodeSelesai: string;
  tahunan: boolean;
  jpt: boolean;
  pegawai: OrangDokumen;
  penilai: OrangDokumen | null;
  rhk: RhkEvaluasiPdf[];
  perilaku: { nama: string; ekspektasiKhusus: string | null }[];
  umpanBalikPerilaku: UmpanBalikPdf[];
  penilaian: { ratingHasilKerja: string; ratingPerilaku: string; predikat: string; alasanPredikat: string | null; catatan: string | null } | null;
  /** Capaian Kinerja Organisasi: the unit whose predikat applies, its label or null ("belum ditetapkan"). */
  organisasi: { unit: string; predikat: string | null; capaian: string | null };
  /** Pola distribusi of that unit in the period: employees per predikat. */
  distribusi: Partial<Record<Predikat, number>>;
  tanggal: string;
  dibuatPada: string;
};

/** Rendering options: `kompres: false` writes uncompressed content streams (tests read the text). */
export type OpsiPdf = { kompres?: boolean };

// ------------------------------------------------------------------------------------------ helpers

/** 'YYYY-MM-DD' → '31 Desember 2026' (unparseable input unchanged). */
export const tanggalId = tanggalPanjangId;

/** An instant in WIB (UTC+7) as '29 November 2026 pukul 14.05 WIB', independent of the process TZ. */
function waktuWib(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const d = new Date(ms + 7 * 3600_000);
  const p = (x: number) => String(x).padStart(2, '0');
  return `${d.getUTCDate()} ${NAMA_BULAN[d.getUTCMonth()]} ${d.getUTCFullYear()} pukul ${p(d.getUTCHours())}.${p(d.getUTCMinutes())} WIB`;
}

const th = (text: string, extra: Record<string, unknown> = {}): TableCell => ({ text, style: 'th', ...extra });
const kosong = '–';

/** The two header blocks "Pegawai yang dinilai" / "Pejabat penilai kinerja" side by side (kinerja.md §1.2 Header). */
function tabelPihak(pegawai: OrangDokumen, penilai: OrangDokumen | null, instansi: string): Content {
  const baris = (o: OrangDokumen | null): [string, string][] => [
    ['Nama', o?.nama ?? kosong],
    ['NIP', o?.nip ?? kosong],
    ['Pangkat/Gol. Ruang', o?.pangkatGol ?? kosong],
    ['Jabatan', o?.jabatan ?? kosong],
    ['Unit Kerja', o?.unit ?? kosong],
  ];
  const kiri = baris(pegawai);
  const kanan = baris(penilai);
  const body: TableCell[][] = [[th('No'), th('PEGAWAI YANG DINILAI', { colSpan: 2 }), '', th('No'), th('PEJABAT PENILAI KINERJA', { colSpan: 2 }), '']];
  kiri.forEach(([k, v], i) => {
    body.push([String(i + 1), k, teks(v), String(i + 1), kanan[i]![0], teks(kanan[i]![1])]);
  });
  body.push([{ text: 'Instansi', colSpan: 2, bold: true }, '', { text: teks(instansi), colSpan: 4 }, '', '', '']);
  return { table: { widths: [18, 90, '*', 18, 90, '*'], body }, fontSize: 8.5, margin: [0, 4, 0, 8] };
}

/** Signature blocks: left the pegawai, right "Tanjungbalai, <tanggal>" and the pejabat penilai. */
function tandaTangan(pegawai: OrangDokumen, penilai: OrangDokumen | null, tanggal: string, kiriJudul = 'Pegawai yang Dinilai'): Content {
  const blok = (judul: string, o: OrangDokumen | null, atas: string): Content => ({
    stack: [
      { text: atas, margin: [0, 0, 0, 2] },
      { text: judul, bold: true },
      { text: ' ', margin: [0, 0, 0, 34] },
      { text: teks(o?.nama ?? '(belum ada pejabat penilai)'), bold: true, decoration: 'underline' },
      { text: o?.nip ? `NIP. ${o.nip}` : ' ' },
    ],
    alignment: 'center',
  });
  return {
    columns: [blok(kiriJudul, pegawai, ' '), { text: '', width: '*' }, blok('Pejabat Penilai Kinerja', penilai, `Tanjungbalai, ${tanggalId(tanggal)}`)],
    columnGap: 10, margin: [0, 14, 0, 0], fontSize: 9, unbreakable: true,
  };
}

function footer(dibuatPada: string) {
  const dibuat = waktuWib(dibuatPada);
  return (halaman: number, jumlah: number): Content => ({
    columns: [
      { text: `Dibuat oleh SIKAP pada ${dibuat}`, alignment: 'left' },
      { text: `Halaman ${halaman} dari ${jumlah}`, alignment: 'right' },
    ],
    margin: [36, 12, 36, 0], fontSize: 7.5, color: '#555555',
  });
}

const GAYA: TDocumentDefinitions['styles'] = {
  kop: { fontSize: 10, bold: true, alignment: 'center' },
  judul: { fontSize: 13, bold: true, alignment: 'center', margin: [0, 2, 0, 0] },
  subjudul: { fontSize: 9.5, alignment: 'center', margin: [0, 1, 0, 0] },
  h2: { fontSize: 10, bold: true, margin: [0, 8, 0, 3] },
  h3: { fontSize: 9, bold: true, margin: [0, 4, 0, 2] },
  th: { bold: true, fillColor: '#e8eef5', alignment: 'center' },
  catatan: { fontSize: 7.5, color: '#444444' },
  otomatis: { fontSize: 7.5, italics: true, color: '#1f4e79' },
};

function dokumen(content: Content[], judul: string, dibuatPada: string, o: OpsiPdf, watermark?: string): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [36, 32, 36, 40],
    compress: o.kompres ?? true,
    info: {
      title: teks(judul), author: 'SIKAP Kota Tanjungbalai', subject: 'Kinerja ASN (PermenPANRB 6/2022)', creator: 'SIKAP', producer: 'SIKAP',
      creationDate: new Date(Number.isNaN(Date.parse(dibuatPada)) ? 0 : Date.parse(dibuatPada)),
    },
    ...(watermark ? { watermark: { text: watermark, opacity: 0.08, bold: true, fontSize: 60 } } : {}),
    content,
    footer: footer(dibuatPada),
    defaultStyle: { font: 'Helvetica', fontSize: 8.5, lineHeight: 1.1 },
    styles: GAYA,
  };
}

// ------------------------------------------------------------------------------------------ SKP

function tabelHasilKerjaSkp(rhk: RhkSkpPdf[], jpt: boolean): ContentTable {
  const header: TableCell[] = jpt
    ? [th('No'), th('Rencana Hasil Kerja'), th('Indikator Kinerja Individu'), th('Target'), th('Perspektif')]
    : [th('No'), th('Rencana Hasil Kerja Pimpinan yang Diintervensi'), th('Rencana Hasil Kerja'), th('Aspek'), th('Indikator Kinerja Individu'), th('Target')];
  const body: TableCell[][] = [header];
  if (!rhk.length) {
    body.push([{ text: 'Belum ada rencana hasil kerja.', colSpan: header.length, italics: true, alignment: 'center' }, ...header.slice(1).map(() => '')]);
  }
  rhk.forEach((r, i) => {
    const ind = r.indikator.length ? r.indikator : [null];
    const span = ind.length;
    ind.forEach((x, j) => {
      const iki: TableCell = x
        ? { stack: [teks(x.uraian), ...(x.otomatis ? [{ text: '(diukur otomatis dari data layanan)', style: 'otomatis' }] : [])] }
        : { text: 'Belum ada indikator.', italics: true };
      const target = x ? teks(x.target) : kosong;
      const pertama = j === 0;
      if (jpt) {
        body.push([
          pertama ? { text: String(i + 1), rowSpan: span, alignment: 'center' } : '',
          pertama ? { stack: [teks(r.uraian), ...(r.sumberPk ? [{ text: teks(`Sumber: ${r.sumberPk}`), style: 'catatan' }] : [])], rowSpan: span } : '',
          iki, target, x?.perspektif ? teks(x.perspektif) : kosong,
        ]);
      } else {
        body.push([
          pertama ? { text: String(i + 1), rowSpan: span, alignment: 'center' } : '',
          pertama ? { text: teks(r.rhkPimpinan ?? kosong), rowSpan: span } : '',
          pertama ? { text: teks(r.uraian), rowSpan: span } : '',
          x ? teks(x.aspek) : kosong, iki, target,
        ]);
      }
    });
  });
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: jpt ? [20, '*', '*', 80, 90] : [20, '*', '*', 50, '*', 70], body },
    fontSize: 8,
  };
}

function tabelPerilakuSkp(perilaku: PerilakuPdf[]): ContentTable {
  const body: TableCell[][] = [[th('No'), th('Perilaku Kerja (BerAKHLAK) dan Panduan Perilaku'), th('Ekspektasi Khusus Pimpinan')]];
  perilaku.forEach((p, i) => {
    body.push([
      { text: String(i + 1), alignment: 'center' },
      { stack: [{ text: teks(p.nama), bold: true }, { text: teks(p.ringkas), italics: true }, { ol: p.panduan.map(teks), type: 'lower-alpha', margin: [0, 2, 0, 0] }] },
      p.ekspektasiKhusus ? teks(p.ekspektasiKhusus) : { text: 'Tidak ada ekspektasi khusus.', color: '#666666', italics: true },
    ]);
  });
  return { table: { headerRows: 1, dontBreakRows: true, widths: [20, '*', 260], body }, fontSize: 8 };
}

const LABEL_STATUS: Record<DataSkpPdf['status'], string> = {
  draft: 'DRAF', diajukan: 'DIAJUKAN - BELUM DISETUJUI', dikembalikan: 'DIKEMBALIKAN', disetujui: '',
};

/**
 * The SKP form (kinerja.md §1.2; PermenPANRB 6/2022 Lampiran, format JA/JF or JPT): header (instansi,
 * periode, pendekatan), the pegawai and pejabat penilai blocks (nama, NIP, pangkat/gol, jabatan, unit),
 * A. Hasil Kerja — Utama and Tambahan tables (JA/JF: RHK pimpinan yang diintervensi, RHK, aspek, IKI,
 * target; JPT: RHK, IKI, target, perspektif), B. Perilaku Kerja — the 7 BerAKHLAK rows with panduan and
 * ekspektasi khusus, and the signature blocks "Tanjungbalai, <tanggal>". An SKP not yet approved carries a
 * watermark with its status.
 * @returns the PDF (starts with `%PDF`)
 */
export async function buatPdfSkp(d: DataSkpPdf, o: OpsiPdf = {}): Promise<Buffer> {
  const utama = d.rhk.filter((r) => r.jenis === 'utama');
  const tambahan = d.rhk.filter((r) => r.jenis === 'tambahan');
  const content: Content[] = [
    { text: teks(d.instansi.toUpperCase()), style: 'kop' },
    { text: 'SASARAN KINERJA PEGAWAI', style: 'judul' },
    { text: d.jpt ? 'BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI' : 'BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL', style: 'subjudul' },
    { text: `PENDEKATAN HASIL KERJA ${d.pendekatan.toUpperCase()}`, style: 'subjudul' },
    {
      columns: [
        { text: teks(d.instansi), bold: true },
        { text: `Periode Penilaian: ${tanggalId(d.periodeMulai)} s.d. ${tanggalId(d.periodeSelesai)}`, alignment: 'right' },
      ],
      margin: [0, 8, 0, 0], fontSize: 9,
    },
    tabelPihak(d.pegawai, d.penilai, d.instansi),
    { text: 'A. HASIL KERJA', style: 'h2' },
    { text: 'A. Utama', style: 'h3' },
    tabelHasilKerjaSkp(utama, d.jpt),
    { text: 'B. Tambahan', style: 'h3' },
    tambahan.length ? tabelHasilKerjaSkp(tambahan, d.jpt) : { text: 'Tidak ada hasil kerja tambahan.', italics: true, fontSize: 8 },
    { text: 'B. PERILAKU KERJA', style: 'h2' },
    tabelPerilakuSkp(d.perilaku),
    tandaTangan(d.pegawai, d.penilai, d.tanggal),
  ];
  const wm = LABEL_STATUS[d.status] || undefined;
  const doc = dokumen(content, `SKP ${d.pegawai.nama} ${d.tahun}`, d.dibuatPada, o, wm);
  return buatPdf(doc);
}

// ------------------------------------------------------------------------------------ evaluation

const WARNA_PREDIKAT: Record<Predikat, string> = {
  sangat_baik: '#2e7d32', baik: '#1565c0', butuh_perbaikan: '#ef6c00', kurang: '#c62828', sangat_kurang: '#6a1b9a',
};

/** Pola distribusi: a small table of counts and percentages with a horizontal bar per predikat (pdfmake canvas). */
function polaDistribusi(jumlah: Partial<Record<Predikat, number>>): Content {
  const total = PREDIKAT.reduce((s, p) => s + (jumlah[p] ?? 0), 0);
  const lebar = 150;
  const tinggi = 8;
  const body: TableCell[][] = [[th('Predikat'), th('Jumlah'), th('%'), th('Grafik')]];
  for (const p of PREDIKAT) {
    const n = jumlah[p] ?? 0;
    const persen = total ? (n * 100) / total : 0;
    body.push([
      LABEL_PREDIKAT[p],
      { text: String(n), alignment: 'right' },
      { text: total ? persen.toFixed(1).replace('.', ',') : kosong, alignment: 'right' },
      {
        canvas: [
          { type: 'rect', x: 0, y: 0, w: lebar, h: tinggi, color: '#eeeeee' },
          ...(n ? [{ type: 'rect' as const, x: 0, y: 0, w: Math.max(1, (persen / 100) * lebar), h: tinggi, color: WARNA_PREDIKAT[p] }] : []),
        ],
      },
    ]);
  }
  body.push([{ text: 'Jumlah pegawai dinilai', bold: true }, { text: String(total), alignment: 'right', bold: true }, '', '']);
  return { table: { widths: [90, 40, 35, lebar + 4], body }, layout: 'lightHorizontalLines', fontSize: 7.5 };
}

function selUmpanBalik(ub: UmpanBalikPdf[]): TableCell {
  if (!ub.length) return { text: 'Belum ada umpan balik.', italics: true, color: '#666666' };
  return {
    stack: ub.map((u) => ({
      text: [{ text: u.peran === 'penilai' ? 'Penilai: ' : 'Tanggapan pegawai: ', bold: true }, teks(u.isi)],
      margin: [0, 0, 0, 2],
    })),
  };
}

function selRealisasi(x: IndikatorEvaluasiPdf): TableCell {
  const stack: Content[] = [{ text: teks(x.realisasi) }];
  if (x.otomatis) stack.push({ text: '(otomatis dari data layanan)', style: 'otomatis' });
  if (x.keterangan) stack.push({ text: teks(x.keterangan), style: 'catatan' });
  if (x.bukti.length) stack.push({ text: teks(`Bukti dukung: ${x.bukti.join('; ')}`), style: 'catatan' });
  if (x.catatan) stack.push({ text: teks(`Catatan: ${x.catatan}`), style: 'catatan' });
  return { stack };
}

function tabelHasilKerjaEvaluasi(rhk: RhkEvaluasiPdf[], jpt: boolean): ContentTable {
  const header: TableCell[] = [
    th('No'), th('Rencana Hasil Kerja'), th('Indikator Kinerja Individu'), th('Target'), th('Realisasi Berdasarkan Bukti Dukung'),
    th('Umpan Balik Berkelanjutan Berdasarkan Bukti Dukung'), ...(jpt ? [th('Perspektif')] : []),
  ];
  const body: TableCell[][] = [header];
  if (!rhk.length) body.push([{ text: 'Belum ada rencana hasil kerja.', colSpan: header.length, italics: true, alignment: 'center' }, ...header.slice(1).map(() => '')]);
  rhk.forEach((r, i) => {
    const ind = r.indikator.length ? r.indikator : [null];
    const span = ind.length;
    ind.forEach((x, j) => {
      const pertama = j === 0;
      body.push([
        pertama ? { text: String(i + 1), rowSpan: span, alignment: 'center' } : '',
        pertama ? { stack: [teks(r.uraian), ...(r.jenis === 'tambahan' ? [{ text: '(tambahan)', style: 'catatan' }] : [])], rowSpan: span } : '',
        x ? teks(x.uraian) : { text: 'Belum ada indikator.', italics: true },
        x ? teks(x.target) : kosong,
        x ? selRealisasi(x) : kosong,
        pertama ? { ...(selUmpanBalik(r.umpanBalik) as object), rowSpan: span } as TableCell : '',
        ...(jpt ? [x?.perspektif ? teks(x.perspektif) : kosong] : []),
      ]);
    });
  });
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: jpt ? [18, '*', '*', 55, '*', '*', 65] : [18, '*', '*', 60, '*', '*'], body },
    fontSize: 7.5,
  };
}

/**
 * Dokumen Evaluasi Kinerja Pegawai for one period or the year (kinerja.md §1.2 "Evaluation document";
 * PermenPANRB 6/2022 Anak Lampiran 4): header (instansi, periode), pegawai and penilai blocks, the block
 * Capaian Kinerja Organisasi (the unit's predikat organisasi for the period, or "belum ditetapkan") with the
 * Pola Distribusi of that unit (counts, % and bars), the hasil-kerja table (No, RHK, indikator, target,
 * realisasi berdasarkan bukti dukung — automatic figures marked "(otomatis dari data layanan)" — umpan balik
 * berkelanjutan, and perspektif for JPT), rating hasil kerja, the perilaku table with the feedback on
 * behaviour, rating perilaku, predikat kinerja pegawai, and the signature blocks.
 * @returns the PDF (starts with `%PDF`)
 */
export async function buatPdfEvaluasi(d: DataEvaluasiPdf, o: OpsiPdf = {}): Promise<Buffer> {
  const belum = 'Belum dinilai';
  const organisasi: Content = {
    table: {
      widths: [150, '*'],
      body: [
        [{ text: 'CAPAIAN KINERJA ORGANISASI', bold: true }, {
          stack: [
            { text: teks(d.organisasi.predikat ? d.organisasi.predikat.toUpperCase() : 'Belum ditetapkan'), bold: true },
            { text: teks(`Unit: ${d.organisasi.unit}`), style: 'catatan' },
            ...(d.organisasi.capaian ? [{ text: teks(d.organisasi.capaian), style: 'catatan' }] : []),
          ],
        }],
        [{ text: 'POLA DISTRIBUSI', bold: true }, polaDistribusi(d.distribusi)],
      ],
    },
    fontSize: 8.5, margin: [0, 0, 0, 6],
  };
  const p = d.penilaian;
  const barisNilai = (label: string, nilai: string | null): Content => ({
    table: { widths: [150, '*'], body: [[{ text: label, bold: true }, { text: teks(nilai ?? belum), bold: !!nilai }]] },
    fontSize: 8.5, margin: [0, 4, 0, 0],
  });
  const perilakuBody: TableCell[][] = [[th('No'), th('Perilaku Kerja'), th('Ekspektasi Khusus Pimpinan'), th('Umpan Balik Berkelanjutan')]];
  d.perilaku.forEach((x, i) => {
    perilakuBody.push([
      { text: String(i + 1), alignment: 'center' },
      teks(x.nama),
      x.ekspektasiKhusus ? teks(x.ekspektasiKhusus) : { text: kosong, color: '#666666' },
      i === 0 ? { ...(selUmpanBalik(d.umpanBalikPerilaku) as object), rowSpan: d.perilaku.length } as TableCell : '',
    ]);
  });
  const content: Content[] = [
    { text: teks(d.instansi.toUpperCase()), style: 'kop' },
    { text: 'DOKUMEN EVALUASI KINERJA PEGAWAI', style: 'judul' },
    { text: d.tahunan ? 'PERIODE: TAHUNAN' : `PERIODE: ${teks(d.periodeLabel.toUpperCase())}`, style: 'subjudul' },
    {
      columns: [
        { text: teks(d.instansi), bold: true },
        { text: `Periode Penilaian: ${tanggalId(d.periodeMulai)} s.d. ${tanggalId(d.periodeSelesai)}`, alignment: 'right' },
      ],
      margin: [0, 8, 0, 0], fontSize: 9,
    },
    tabelPihak(d.pegawai, d.penilai, d.instansi),
    organisasi,
    { text: 'HASIL KERJA', style: 'h2' },
    tabelHasilKerjaEvaluasi(d.rhk, d.jpt),
    barisNilai('RATING HASIL KERJA', p?.ratingHasilKerja ?? null),
    { text: 'PERILAKU KERJA', style: 'h2' },
    { table: { headerRows: 1, dontBreakRows: true, widths: [18, 150, '*', '*'], body: perilakuBody }, fontSize: 7.5 },
    barisNilai('RATING PERILAKU KERJA', p?.ratingPerilaku ?? null),
    barisNilai('PREDIKAT KINERJA PEGAWAI', p?.predikat ?? null),
  ];
  if (p?.alasanPredikat) content.push({ text: teks(`Alasan predikat berbeda dari matriks: ${p.alasanPredikat}`), style: 'catatan', margin: [0, 2, 0, 0] });
  if (p?.catatan) content.push({ text: teks(`Catatan pejabat penilai: ${p.catatan}`), style: 'catatan', margin: [0, 2, 0, 0] });
  content.push(tandaTangan(d.pegawai, d.penilai, d.tanggal));
  const doc = dokumen(content, `Evaluasi Kinerja ${d.pegawai.nama} ${d.periodeLabel}`, d.dibuatPada, o, p ? undefined : 'BELUM DINILAI');
  return buatPdf(doc);
}
