import { memuatDeretNik } from '../../../domain/shared/nik.ts';
import type { TemplatNotifikasi } from './notifikasi.service.ts';
import { NAMA_BULAN } from '../../../domain/shared/tanggal.ts';

/**
 * The Indonesian text of each notification template, rendered at delivery from the row's `data`
 * (pelayanan.md §3: booking confirmation, reminder, "N orang lagi", survey invitation, cancellation,
 * rescheduling). Pure: no I/O, no clock.
 *
 * Keys read from `data` (all optional; a missing one renders a neutral fallback or drops its line —
 * never "undefined"/"null"):
 * - `nomor` ticket number 'A-007'; `layanan`, `lokasi` names;
 * - `tanggal` 'YYYY-MM-DD' (shown as "Senin, 14 Desember 2026"; other text is shown as given);
 * - `sesi` '08:00–10:00' (or `sesiMulai` + `sesiSelesai`);
 * - `checkInBuka` + `checkInTutup` 'HH:MM' WIB (the check-in window, pelayanan.md §3);
 * - `tautan` the citizen's ticket page; `tautanSurvei` the SKM invitation; a path ('/…') is prefixed
 *   with the public URL;
 * - `sisa` people still ahead (template 'antrian.sisa'); `alasan` (template 'antrian.dibatalkan').
 * - permohonan.* / pengaduan.*: `nomor` (PM-2026-000123 / PG-…), `layanan`, `status` (label), `jatuhTempo` / `batas`
 *   (text as shown, e.g. "Kamis, 3 Desember 2026 pukul 10.00 WIB"), `catatan` (what to fix), `alasan`,
 *   `pengambilan` (one line on how to get the product), `tautan` ('/lacak'; never the access code).
 * - kinerja.* (to ASN): `nama` (the other party), `tahun`, `periode` (label, e.g. "November 2026"), `status`
 *   (label), `catatan`, `predikat` (label), `tautan` (a path in /app/kinerja…).
 *
 * Personal data (UU 27/2022; pelayanan.md §5.2): the text may name the service and the ticket, never
 * the citizen. {@link renderPesan} refuses data that holds a NIK-like run of 16 digits or a `nik` key.
 */

export type DataPesan = Record<string, unknown>;

/** Raised when `data` looks like it carries a NIK: the message must not be sent (permanent failure). */
export class DataPribadiDalamPesanError extends Error {
  constructor(kunci: string) {
    super(`Data pesan memuat angka 16 digit atau kolom NIK (${kunci}); pesan tidak dikirim.`);
    this.name = 'DataPribadiDalamPesanError';
  }
}


/**
 * Guard: throws {@link DataPribadiDalamPesanError} when any value of `data` holds 16 digits in a row or a
 * key is named like a NIK/KK number (pelayanan.md §5.2: a NIK is never in a notification).
 */
export function periksaTanpaNik(data: DataPesan): void {
  for (const [kunci, nilai] of Object.entries(data)) {
    if (/^(nik|no_?kk|nomor_?kk|kk)$/i.test(kunci)) throw new DataPribadiDalamPesanError(kunci);
    if ((typeof nilai === 'string' || typeof nilai === 'number') && memuatDeretNik(String(nilai))) {
      throw new DataPribadiDalamPesanError(kunci);
    }
  }
}

const HARI = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];

/** 'YYYY-MM-DD' → "Senin, 14 Desember 2026"; any other text is returned as given. */
export function formatTanggalPanjang(tanggal: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(tanggal);
  if (!m) return tanggal;
  const [y, bln, h] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(y, bln - 1, h));
  if (d.getUTCMonth() !== bln - 1) return tanggal;
  return `${HARI[d.getUTCDay()]}, ${h} ${NAMA_BULAN[bln - 1]} ${y}`;
}

/** Read access to `data` that never yields "undefined"/"null"/"" (null when absent). */
function pembaca(data: DataPesan, publicUrl: string | undefined) {
  const teks = (k: string): string | null => {
    const v = data[k];
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
    return null;
  };
  const atau = (k: string, cadangan: string) => teks(k) ?? cadangan;
  const tanggal = () => {
    const t = teks('tanggal');
    return t ? formatTanggalPanjang(t) : null;
  };
  const sesi = () => {
    const s = teks('sesi');
    if (s) return s;
    const [mulai, selesai] = [teks('sesiMulai'), teks('sesiSelesai')];
    return mulai && selesai ? `${mulai}–${selesai}` : mulai;
  };
  const jendela = () => {
    const [buka, tutup] = [teks('checkInBuka'), teks('checkInTutup')];
    return buka && tutup ? `${buka}–${tutup} WIB` : null;
  };
  const tautan = (k: string) => {
    const t = teks(k);
    if (!t) return null;
    return t.startsWith('/') && publicUrl ? `${publicUrl.replace(/\/+$/, '')}${t}` : t;
  };
  return { teks, atau, tanggal, sesi, jendela, tautan };
}
type Pembaca = ReturnType<typeof pembaca>;

const PEMBUKA = 'SIKAP Kota Tanjungbalai';

/** Joins lines, dropping the absent ones. */
const baris = (...b: Array<string | null | false>) => b.filter((x): x is string => typeof x === 'string').join('\n');
const jika = (nilai: string | null, f: (v: string) => string) => (nilai ? f(nilai) : null);

/** "Senin, 14 Desember 2026, sesi 08:00–10:00" (what is known of it), or null. */
function waktuKunjungan(d: Pembaca): string | null {
  const [tanggal, sesi] = [d.tanggal(), d.sesi()];
  if (tanggal && sesi) return `${tanggal}, sesi ${sesi}`;
  return tanggal ?? (sesi ? `sesi ${sesi}` : null);
}

const PENYUSUN: Record<TemplatNotifikasi, (d: Pembaca) => string> = {
  'antrian.konfirmasi': (d) => baris(
    `${PEMBUKA}: antrian Anda sudah terdaftar.`,
    `Nomor: ${d.atau('nomor', '-')}`,
    `Layanan: ${d.atau('layanan', '-')}`,
    `Lokasi: ${d.atau('lokasi', '-')}`,
    jika(waktuKunjungan(d), (w) => `Waktu: ${w}`),
    jika(d.jendela(), (j) => `Check-in di lokasi: ${j}. Lewat dari itu, antrian dibatalkan otomatis.`),
    jika(d.tautan('tautan'), (t) => `Lihat tiket: ${t}`),
  ),
  'antrian.pengingat': (d) => baris(
    `${PEMBUKA}: pengingat antrian ${d.atau('nomor', 'Anda')} untuk layanan ${d.atau('layanan', 'yang Anda pesan')} di ${d.atau('lokasi', 'kantor layanan')}.`,
    jika(waktuKunjungan(d), (w) => `Waktu: ${w}`),
    jika(d.jendela(), (j) => `Mohon check-in pukul ${j} dan bawa dokumen persyaratan.`),
    jika(d.tautan('tautan'), (t) => `Lihat tiket: ${t}`),
  ),
  'antrian.sisa': (d) => {
    const sisa = d.teks('sisa');
    const giliran = sisa === '0' ? 'Giliran Anda segera tiba' : `${sisa ?? 'Beberapa'} orang lagi sebelum giliran Anda`;
    return baris(
      `Nomor ${d.atau('nomor', 'antrian Anda')}: ${giliran} di ${d.atau('lokasi', 'kantor layanan')}.`,
      'Mohon bersiap di dekat loket.',
      jika(d.tautan('tautan'), (t) => `Pantau antrian: ${t}`),
    );
  },
  'antrian.survei': (d) => baris(
    `${PEMBUKA}: terima kasih telah menggunakan layanan ${d.atau('layanan', 'kami')} di ${d.atau('lokasi', 'kantor layanan')}.`,
    jika(d.tautan('tautanSurvei'), (t) => `Bantu kami memperbaiki pelayanan dengan mengisi survei kepuasan (tanpa nama, kurang dari 2 menit): ${t}`),
  ),
  'antrian.dibatalkan': (d) => baris(
    `${PEMBUKA}: antrian ${d.atau('nomor', 'Anda')} untuk layanan ${d.atau('layanan', 'yang Anda pesan')} di ${d.atau('lokasi', 'kantor layanan')} telah dibatalkan.`,
    jika(waktuKunjungan(d), (w) => `Jadwal yang dibatalkan: ${w}`),
    jika(d.teks('alasan'), (a) => `Keterangan: ${a}`),
    'Anda dapat mengambil antrian baru melalui SIKAP.',
  ),
  'antrian.jadwal_ulang': (d) => baris(
    `${PEMBUKA}: jadwal antrian Anda untuk layanan ${d.atau('layanan', 'yang Anda pesan')} di ${d.atau('lokasi', 'kantor layanan')} telah diubah.`,
    `Nomor: ${d.atau('nomor', '-')}`,
    jika(waktuKunjungan(d), (w) => `Jadwal baru: ${w}`),
    jika(d.jendela(), (j) => `Check-in di lokasi: ${j}.`),
    jika(d.tautan('tautan'), (t) => `Lihat tiket: ${t}`),
  ),
  'permohonan.diterima': (d) => baris(
    `${PEMBUKA}: permohonan ${d.atau('layanan', 'layanan')} Anda sudah kami terima.`,
    `Nomor registrasi: ${d.atau('nomor', '-')}`,
    jika(d.teks('jatuhTempo'), (j) => `Perkiraan selesai: ${j}`),
    'Simpan nomor registrasi dan kode akses Anda untuk melacak permohonan.',
    jika(d.tautan('tautan'), (t) => `Lacak: ${t}`),
  ),
  'permohonan.status': (d) => baris(
    `${PEMBUKA}: permohonan ${d.atau('nomor', 'Anda')} (${d.atau('layanan', 'layanan')}) kini berstatus: ${d.atau('status', 'diperbarui')}.`,
    jika(d.teks('jatuhTempo'), (j) => `Perkiraan selesai: ${j}`),
    jika(d.tautan('tautan'), (t) => `Lacak: ${t}`),
  ),
  'permohonan.perbaikan': (d) => baris(
    `${PEMBUKA}: permohonan ${d.atau('nomor', 'Anda')} (${d.atau('layanan', 'layanan')}) perlu diperbaiki.`,
    jika(d.teks('catatan'), (c) => `Yang perlu diperbaiki: ${c}`),
    'Waktu penyelesaian berhenti dihitung sampai perbaikan Anda kirim.',
    jika(d.tautan('tautan'), (t) => `Kirim perbaikan: ${t}`),
  ),
  'permohonan.selesai': (d) => baris(
    `${PEMBUKA}: permohonan ${d.atau('nomor', 'Anda')} (${d.atau('layanan', 'layanan')}) telah selesai.`,
    jika(d.teks('pengambilan'), (p) => p),
    jika(d.tautan('tautanSurvei'), (t) => `Bantu kami dengan survei kepuasan (tanpa nama, kurang dari 2 menit): ${t}`),
  ),
  'permohonan.ditolak': (d) => baris(
    `${PEMBUKA}: permohonan ${d.atau('nomor', 'Anda')} (${d.atau('layanan', 'layanan')}) tidak dapat diproses.`,
    jika(d.teks('alasan'), (a) => `Alasan: ${a}`),
    'Anda dapat mengajukan permohonan baru atau menyampaikan pengaduan melalui SIKAP.',
  ),
  'pengaduan.diterima': (d) => baris(
    `${PEMBUKA}: laporan Anda sudah kami terima.`,
    `Nomor laporan: ${d.atau('nomor', '-')}`,
    jika(d.teks('batas'), (b) => `Diverifikasi paling lambat: ${b}`),
    jika(d.tautan('tautan'), (t) => `Lacak: ${t}`),
  ),
  'pengaduan.tanggapan': (d) => baris(
    `${PEMBUKA}: ada tanggapan baru atas laporan ${d.atau('nomor', 'Anda')}.`,
    jika(d.teks('status'), (st) => `Status: ${st}`),
    jika(d.tautan('tautan'), (t) => `Baca dan balas: ${t}`),
  ),
  'pengaduan.selesai': (d) => baris(
    `${PEMBUKA}: laporan ${d.atau('nomor', 'Anda')} telah ditindaklanjuti.`,
    'Apakah masalah Anda sudah terselesaikan? Jawab dengan satu klik di halaman lacak.',
    jika(d.tautan('tautan'), (t) => `Lacak: ${t}`),
  ),
  'kinerja.skp_diajukan': (d) => baris(
    `${PEMBUKA}: ${d.atau('nama', 'pegawai Anda')} mengajukan SKP ${d.atau('tahun', '')} untuk Anda setujui.`.replace(/ {2,}/g, ' '),
    jika(d.tautan('tautan'), (t) => `Periksa: ${t}`),
  ),
  'kinerja.skp_diputus': (d) => baris(
    `${PEMBUKA}: SKP ${d.atau('tahun', 'Anda')} ${d.atau('status', 'telah diperiksa')}.`,
    jika(d.teks('catatan'), (c) => `Catatan pejabat penilai: ${c}`),
    jika(d.tautan('tautan'), (t) => `Buka: ${t}`),
  ),
  'kinerja.umpan_balik': (d) => baris(
    `${PEMBUKA}: ada umpan balik baru atas kinerja Anda${jika(d.teks('periode'), (p) => ` (${p})`) ?? ''}.`,
    jika(d.tautan('tautan'), (t) => `Baca: ${t}`),
  ),
  'kinerja.dinilai': (d) => baris(
    `${PEMBUKA}: penilaian kinerja Anda${jika(d.teks('periode'), (p) => ` ${p}`) ?? ''} telah diberikan.`,
    jika(d.teks('predikat'), (p) => `Predikat: ${p}`),
    jika(d.tautan('tautan'), (t) => `Lihat: ${t}`),
  ),
  'kinerja.keberatan': (d) => baris(
    `${PEMBUKA}: keberatan atas penilaian kinerja ${d.atau('tahun', '')} ${d.atau('status', 'diperbarui')}.`.replace(/ {2,}/g, ' '),
    jika(d.teks('catatan'), (c) => `Catatan: ${c}`),
    jika(d.tautan('tautan'), (t) => `Buka: ${t}`),
  ),
};

/**
 * The text of one message.
 * @param templat one of TEMPLAT_NOTIFIKASI
 * @param data the row's `data` (see the module docstring for the keys)
 * @param opts.publicUrl prefix for links given as paths ('/antrian/tiket/…')
 * @throws DataPribadiDalamPesanError when `data` holds a NIK-like value (never sent)
 * @throws Error for an unknown template
 */
export function renderPesan(templat: string, data: DataPesan, opts: { publicUrl?: string } = {}): string {
  periksaTanpaNik(data);
  const penyusun = (PENYUSUN as Record<string, ((d: Pembaca) => string) | undefined>)[templat];
  if (!penyusun) throw new Error(`Templat notifikasi tidak dikenal: ${templat}`);
  return penyusun(pembaca(data, opts.publicUrl));
}
