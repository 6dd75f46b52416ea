/**
 * Validation of the rows of a pegawai import file (CSV/XLSX, `sikap import pegawai` and the admin upload).
 * Spec: /work/shared/domain/kinerja.md §5.2 (NIP), §5.3 (golongan PNS/PPPK), §5.4 (jenis/jenjang jabatan).
 *
 * Columns (header row, matched case-insensitively; spaces/underscores between words are equivalent):
 *
 * | kolom          | wajib | isi |
 * |----------------|-------|-----|
 * | NIP            | ya    | PNS: NIP 18 digit (Perka BKN 22/2007), spasi/titik boleh; PPPK: NI PPPK 18 digit (tidak diurai sebagai NIP) |
 * | Nama           | ya    | tanpa gelar |
 * | Gelar Depan    |       | mis. `dr.`, `Ir.` |
 * | Gelar Belakang |       | mis. `S.Kom., M.Si.` |
 * | Jenis ASN      | ya    | `PNS` atau `PPPK` |
 * | Jenis Kelamin  | ya    | `L`/`P` (juga `Laki-laki`/`Perempuan`); PNS: harus sama dengan digit ke-15 NIP |
 * | Tanggal Lahir  | ya    | `YYYY-MM-DD`, `DD/MM/YYYY` (juga `DD-MM-YYYY`, `DD.MM.YYYY`) atau sel tanggal Excel; PNS: sama dengan digit 1–8 NIP |
 * | Golongan       | ya    | PNS `I/a` … `IV/e` (ejaan `III-b`, `iiib` diterima); PPPK `I` … `XVII` (juga `1` … `17`) |
 * | TMT CPNS       |       | hanya PNS; bulan/tahunnya harus sama dengan digit 9–14 NIP; bila kosong diambil dari NIP (tanggal 1) |
 * | Kode Unit      | ya    | `unit_organisasi.kode` (atau nama unit persis), harus terdaftar |
 * | Jabatan        | ya    | nama jabatan; dicocokkan dengan nama di unit itu, dibuat bila belum ada |
 * | Jenis Jabatan  | ya    | `JPT`, `ADMINISTRATOR`, `PENGAWAS`, `PELAKSANA`, `FUNGSIONAL` |
 * | Jenjang        |       | wajib untuk JPT (`PRATAMA`…) dan FUNGSIONAL (`AHLI_MUDA`, `Ahli Muda`…); harus kosong untuk JA |
 * | NIP Atasan     |       | atasan langsung bila berbeda dari struktur jabatan; NIP harus ada di berkas atau di basis data |
 * | Email          |       | alamat email |
 * | Telepon        |       | 6–15 digit; `+`, spasi, `-`, `.`, `(` `)` boleh |
 *
 * Rules:
 * - Every error is reported (all rows, all columns), each as `{ baris, kolom, nilai, pesan }` with the spreadsheet
 *   row number; a file with any error must import nothing (the caller's duty).
 * - A missing required column is reported on the header row and row checks are then skipped (every row would
 *   repeat the same error). Unknown columns are ignored and listed in `kolomDiabaikan`.
 * - A fully blank row is skipped (`barisKosong`), not an error.
 * - A NIP that appears twice is an error on the later row.
 * - Database facts (unit exists, jabatan kind, NIP atasan registered) come in through `konteks` callbacks, so
 *   this module stays pure.
 *
 * Pure: no I/O, no clock ("today" is `konteks.hariIni`).
 */
import { normalizeGolonganPns, isGolonganPppk, GOLONGAN_PPPK } from './golongan.ts';
import { isJenisJabatan, isJenjangValid, jenjangOf, type JenisJabatan, type JenjangJabatan } from './jabatan.ts';
import { normalizeNip, parseNip, type JenisKelamin } from './nip.ts';

/** Key of each import column (internal, English-free camelCase of the Indonesian header). */
export type KunciKolom =
  | 'nip' | 'nama' | 'gelarDepan' | 'gelarBelakang' | 'jenisAsn' | 'jenisKelamin' | 'tanggalLahir'
  | 'golongan' | 'tmtCpns' | 'kodeUnit' | 'jabatan' | 'jenisJabatan' | 'jenjang' | 'nipAtasan' | 'email' | 'telepon';

/** One column of the import format, in template order. */
export interface KolomImpor {
  readonly kunci: KunciKolom;
  /** Header text as written in the template. */
  readonly nama: string;
  readonly wajib: boolean;
  /** Short Indonesian explanation (template page, CLI help). */
  readonly keterangan: string;
  /** Example value for the template row. */
  readonly contoh: string;
}

/** The import columns, in template order. */
export const KOLOM_IMPOR_PEGAWAI: readonly KolomImpor[] = [
  { kunci: 'nip', nama: 'NIP', wajib: true, keterangan: 'NIP 18 digit (PNS) atau NI PPPK 18 digit; simpan sebagai teks di Excel', contoh: '198609262015051001' },
  { kunci: 'nama', nama: 'Nama', wajib: true, keterangan: 'Nama lengkap tanpa gelar', contoh: 'Ahmad Fauzi' },
  { kunci: 'gelarDepan', nama: 'Gelar Depan', wajib: false, keterangan: 'Mis. dr., Ir.', contoh: '' },
  { kunci: 'gelarBelakang', nama: 'Gelar Belakang', wajib: false, keterangan: 'Mis. S.Kom., M.Si.', contoh: 'S.Kom.' },
  { kunci: 'jenisAsn', nama: 'Jenis ASN', wajib: true, keterangan: 'PNS atau PPPK', contoh: 'PNS' },
  { kunci: 'jenisKelamin', nama: 'Jenis Kelamin', wajib: true, keterangan: 'L atau P; untuk PNS harus sesuai digit ke-15 NIP', contoh: 'L' },
  { kunci: 'tanggalLahir', nama: 'Tanggal Lahir', wajib: true, keterangan: 'YYYY-MM-DD atau DD/MM/YYYY; untuk PNS harus sesuai NIP', contoh: '1986-09-26' },
  { kunci: 'golongan', nama: 'Golongan', wajib: true, keterangan: 'PNS: I/a … IV/e; PPPK: I … XVII', contoh: 'III/b' },
  { kunci: 'tmtCpns', nama: 'TMT CPNS', wajib: false, keterangan: 'Hanya PNS; bila kosong diambil dari NIP', contoh: '2015-05-01' },
  { kunci: 'kodeUnit', nama: 'Kode Unit', wajib: true, keterangan: 'Kode unit organisasi (atau nama unit persis)', contoh: 'OPD-DISDUKCAPIL' },
  { kunci: 'jabatan', nama: 'Jabatan', wajib: true, keterangan: 'Nama jabatan; dibuat di unit itu bila belum ada', contoh: 'Pranata Komputer Ahli Pertama' },
  { kunci: 'jenisJabatan', nama: 'Jenis Jabatan', wajib: true, keterangan: 'JPT, ADMINISTRATOR, PENGAWAS, PELAKSANA atau FUNGSIONAL', contoh: 'FUNGSIONAL' },
  { kunci: 'jenjang', nama: 'Jenjang', wajib: false, keterangan: 'Wajib untuk JPT (PRATAMA, MADYA, UTAMA) dan FUNGSIONAL (AHLI_PERTAMA … PENYELIA)', contoh: 'AHLI_PERTAMA' },
  { kunci: 'nipAtasan', nama: 'NIP Atasan', wajib: false, keterangan: 'Atasan langsung bila berbeda dari struktur jabatan', contoh: '' },
  { kunci: 'email', nama: 'Email', wajib: false, keterangan: 'Alamat email dinas', contoh: 'ahmad.fauzi@tanjungbalaikota.go.id' },
  { kunci: 'telepon', nama: 'Telepon', wajib: false, keterangan: 'Nomor telepon/WhatsApp', contoh: '081234567890' },
];

/** One validation error, addressed as in the spreadsheet. */
export interface PegawaiRowError {
  /** Spreadsheet row number (the header row for column errors). */
  readonly baris: number;
  /** Column name as in the template (e.g. `NIP`, `Tanggal Lahir`). */
  readonly kolom: string;
  /** The offending cell value as read (`null` when blank or for column errors). */
  readonly nilai: string | null;
  /** Indonesian message for the user. */
  readonly pesan: string;
}

/** One valid row, normalised and ready to store. */
export interface PegawaiImporBaris {
  readonly baris: number;
  /** 18 digits, no separators. */
  readonly nip: string;
  readonly jenisAsn: 'PNS' | 'PPPK';
  readonly nama: string;
  readonly gelarDepan: string | null;
  readonly gelarBelakang: string | null;
  readonly jenisKelamin: JenisKelamin;
  /** `YYYY-MM-DD`. */
  readonly tanggalLahir: string;
  /** Canonical: `III/b` (PNS) or `IX` (PPPK). */
  readonly golongan: string;
  /** `YYYY-MM-DD`; for PNS taken from the NIP (1st of the month) when the cell is blank; always null for PPPK. */
  readonly tmtCpns: string | null;
  /** As written (trimmed); resolve with the unit lookup. */
  readonly kodeUnit: string;
  /** Jabatan name as written (trimmed, inner spaces collapsed). */
  readonly jabatan: string;
  readonly jenisJabatan: JenisJabatan;
  readonly jenjang: JenjangJabatan | null;
  /** 18 digits or null. */
  readonly nipAtasan: string | null;
  readonly email: string | null;
  readonly telepon: string | null;
}

/** A cell value as read from CSV/XLSX. Numbers are accepted (e.g. Excel date serials). */
export type SelImpor = string | number | null | undefined;

/** Database facts the caller supplies (all optional: a missing callback skips that check). */
export interface KonteksValidasi {
  /** Today, `YYYY-MM-DD` (Asia/Jakarta): birth dates and TMT after it are rejected. */
  readonly hariIni?: string;
  /**
   * Resolves a `Kode Unit` cell: `{ kunci }` (a stable key of the unit, e.g. its id) when it exists and may be
   * used, or `{ pesan }` with the Indonesian reason (unknown, inactive, ambiguous name).
   */
  readonly cariUnit?: (nilai: string) => { kunci: string } | { pesan: string };
  /**
   * Checks a jabatan against one already stored in that unit with the same name (case-insensitive): returns an
   * Indonesian message when its jenis/jenjang differ, otherwise null (also when it does not exist yet).
   */
  readonly cekJabatan?: (a: { kunciUnit: string; jabatan: string; jenis: JenisJabatan; jenjang: JenjangJabatan | null }) => string | null;
  /** Whether a NIP (18 digits) is already registered in the database (for `NIP Atasan`). */
  readonly nipTerdaftar?: (nip: string) => boolean;
}

/** Result of {@link validatePegawaiRows}. */
export interface HasilValidasiPegawai {
  /** True when there is no error. */
  readonly valid: boolean;
  /** Number of non-blank data rows. */
  readonly jumlahBaris: number;
  /** Every error, header errors first, then by row and column order. */
  readonly errors: PegawaiRowError[];
  /** The valid rows (all rows when `valid`). */
  readonly rows: PegawaiImporBaris[];
  /** Columns present in the header: an optional column that is absent must be left untouched on update. */
  readonly kolomAda: ReadonlySet<KunciKolom>;
  /** Header names that are not import columns (ignored). */
  readonly kolomDiabaikan: string[];
  /** Row numbers skipped because they were completely blank. */
  readonly barisKosong: number[];
}

const NAMA_KOLOM: Readonly<Record<KunciKolom, string>> = Object.fromEntries(
  KOLOM_IMPOR_PEGAWAI.map((k) => [k.kunci, k.nama]),
) as Record<KunciKolom, string>;

/** Header text → comparable form: lower case, runs of spaces/underscores/dots as one space. */
export function normalizeHeader(nama: string): string {
  return nama.trim().toLowerCase().replace(/[\s_.]+/g, ' ');
}

const KUNCI_DARI_HEADER = new Map(KOLOM_IMPOR_PEGAWAI.map((k) => [normalizeHeader(k.nama), k.kunci]));

/**
 * The import column a header cell names, matched case-insensitively (see {@link normalizeHeader}).
 *
 * @returns the column key, or undefined for a column that is not part of the import format
 * @example kunciKolom(' nip_atasan ') === 'nipAtasan'; kunciKolom('Keterangan') === undefined
 */
export function kunciKolom(header: string): KunciKolom | undefined {
  return KUNCI_DARI_HEADER.get(normalizeHeader(header));
}

const TAHUN_MIN = 1900;
/** Excel's day 0 is 1899-12-30 (the 1900 leap-year bug makes serials ≥ 61 line up with this epoch). */
const EPOCH_EXCEL_MS = Date.UTC(1899, 11, 30);
const HARI_MS = 86_400_000;

function isoDariUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function tanggalValid(y: number, m: number, d: number): boolean {
  if (y < TAHUN_MIN || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Parses a date cell of the import file.
 *
 * Accepted: `YYYY-MM-DD`; `DD/MM/YYYY` (also `-` or `.` as separator, day/month with 1 or 2 digits); an ISO
 * timestamp ending in `Z` as produced for an Excel date cell by `readTabularFile` (rounded to the nearest UTC day,
 * so a date written from UTC+7 local midnight — `…T17:00:00.000Z` the day before — still gives the right day);
 * an Excel date serial (number, or a 5-digit text, days since 1899-12-30). Year must be ≥ 1900.
 *
 * @returns `YYYY-MM-DD`, or null when the value is not a valid date in one of these forms
 * @example parseTanggalImpor('26/09/1986') === '1986-09-26'; parseTanggalImpor(31681) === '1986-09-26';
 *          parseTanggalImpor('1986-09-25T17:00:00.000Z') === '1986-09-26'; parseTanggalImpor('31/02/1990') === null
 */
export function parseTanggalImpor(value: SelImpor): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return dariSerialExcel(value);
  const s = value.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return tanggalValid(y, mo, d) ? iso(y, mo, d) : null;
  }
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return tanggalValid(y, mo, d) ? iso(y, mo, d) : null;
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/.test(s)) {
    const ms = Date.parse(s);
    if (Number.isNaN(ms)) return null;
    const hasil = isoDariUtc(Math.round(ms / HARI_MS) * HARI_MS);
    return Number(hasil.slice(0, 4)) >= TAHUN_MIN ? hasil : null;
  }
  if (/^\d{5}(\.\d+)?$/.test(s)) return dariSerialExcel(Number(s));
  return null;
}

function dariSerialExcel(n: number): string | null {
  // 1900-01-01 … 9999-12-31; a fraction (time of day) is rounded to the nearest day.
  if (!Number.isFinite(n) || n < 2 || n > 2_958_465) return null;
  return isoDariUtc(EPOCH_EXCEL_MS + Math.round(n) * HARI_MS);
}

const ROMAWI_PPPK = GOLONGAN_PPPK;

/**
 * Normalises a golongan for the given jenis ASN (kinerja.md §5.3): PNS `I/a`…`IV/e` (any usual spelling), PPPK
 * `I`…`XVII` (roman, case-insensitive, or `1`…`17`).
 *
 * @returns the canonical golongan, or null when it is not valid for that jenis ASN
 * @example normalizeGolonganImpor('PNS', 'iii-b') === 'III/b'; normalizeGolonganImpor('PPPK', '9') === 'IX';
 *          normalizeGolonganImpor('PPPK', 'III/b') === null
 */
export function normalizeGolonganImpor(jenisAsn: 'PNS' | 'PPPK', value: string): string | null {
  if (jenisAsn === 'PNS') return normalizeGolonganPns(value);
  const s = value.trim().toUpperCase();
  if (/^\d{1,2}$/.test(s)) {
    const n = Number(s);
    return n >= 1 && n <= 17 ? (ROMAWI_PPPK[n - 1] as string) : null;
  }
  return isGolonganPppk(s) ? s : null;
}

/** `Ahli Muda`, `ahli-muda`, `AHLI_MUDA` → `AHLI_MUDA`. */
function normalizeJenjang(value: string): string {
  return value.trim().toUpperCase().replace(/[\s-]+/g, '_');
}

function normalizeJenisKelamin(value: string): JenisKelamin | null {
  const s = value.trim().toUpperCase().replace(/\s+/g, ' ');
  if (s === 'L' || s === 'LAKI-LAKI' || s === 'LAKI LAKI' || s === 'PRIA') return 'L';
  if (s === 'P' || s === 'PEREMPUAN' || s === 'WANITA') return 'P';
  return null;
}

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const TELEPON_RE = /^\+?[0-9 ().-]+$/;

function teks(value: SelImpor): string | null {
  if (value === null || value === undefined) return null;
  const s = (typeof value === 'number' ? String(value) : value).trim();
  return s === '' ? null : s;
}

function rapikan(s: string): string {
  return s.replace(/\s+/g, ' ');
}

/**
 * Validates one data row of the import file (see the module comment for the columns and rules). Cross-row checks
 * (duplicate NIP, NIP Atasan present elsewhere in the file, jabatan consistency across rows, reporting-line cycles)
 * are done by {@link validatePegawaiRows}; here `NIP Atasan` is only checked for form and self-reference, and
 * `konteks` callbacks are applied when given (except `nipTerdaftar`, which needs the whole file).
 *
 * @param row    header-keyed cells, keys = canonical column keys (see {@link KunciKolom}); absent key = blank
 * @param baris  spreadsheet row number, used in every error
 * @returns `{ ok: true, data }` or `{ ok: false, errors }` (all errors of the row, in column order)
 * @example validatePegawaiRow({ nip: '19860926 201505 1 001', jenisAsn: 'PNS', jenisKelamin: 'P', … }, 5)
 *   → { ok: false, errors: [{ baris: 5, kolom: 'Jenis Kelamin', nilai: 'P', pesan: 'Jenis kelamin P tidak sesuai NIP (digit ke-15 = 1, laki-laki)' }] }
 */
export function validatePegawaiRow(
  row: Readonly<Partial<Record<KunciKolom, SelImpor>>>,
  baris: number,
  konteks: KonteksValidasi = {},
): { ok: true; data: PegawaiImporBaris } | { ok: false; errors: PegawaiRowError[] } {
  const errors: PegawaiRowError[] = [];
  const salah = (kunci: KunciKolom, pesan: string) => {
    errors.push({ baris, kolom: NAMA_KOLOM[kunci], nilai: teks(row[kunci]), pesan });
  };
  const wajib = (kunci: KunciKolom): string | null => {
    const v = teks(row[kunci]);
    if (v === null) salah(kunci, `${NAMA_KOLOM[kunci]} wajib diisi`);
    return v;
  };
  const panjang = (kunci: KunciKolom, v: string | null, maks: number): string | null => {
    if (v !== null && v.length > maks) {
      salah(kunci, `${NAMA_KOLOM[kunci]} terlalu panjang (maksimal ${maks} karakter)`);
      return null;
    }
    return v;
  };

  // Jenis ASN first: the NIP and golongan rules depend on it.
  const jenisAsnTeks = wajib('jenisAsn');
  let jenisAsn: 'PNS' | 'PPPK' | null = null;
  if (jenisAsnTeks !== null) {
    const u = jenisAsnTeks.toUpperCase();
    if (u === 'PNS' || u === 'PPPK') jenisAsn = u;
    else salah('jenisAsn', 'Jenis ASN harus PNS atau PPPK');
  }

  // NIP
  let nip: string | null = null;
  let nipPns: ReturnType<typeof parseNip> | null = null;
  const nipTeks = wajib('nip');
  if (nipTeks !== null) {
    const n = normalizeNip(nipTeks);
    if (/^\d(\.\d+)?e\+?\d+$/i.test(nipTeks)) {
      salah('nip', 'NIP terbaca sebagai angka oleh Excel (notasi ilmiah); format kolom NIP sebagai Teks lalu ketik ulang');
    } else if (!/^\d{18}$/.test(n)) {
      salah('nip', `${jenisAsn === 'PPPK' ? 'NI PPPK' : 'NIP'} harus terdiri dari 18 digit angka (spasi dan titik boleh)`);
    } else if (jenisAsn === 'PNS') {
      nipPns = parseNip(n, konteks.hariIni === undefined ? {} : { hariIni: konteks.hariIni });
      if (nipPns.ok) nip = nipPns.nip;
      else salah('nip', nipPns.pesan);
    } else {
      // PPPK (or jenis ASN invalid): 18 digits, meaning not parsed (kinerja.md §5.2).
      nip = n;
    }
  }
  const nipValid = nipPns?.ok ? nipPns : null;

  const nama = panjang('nama', wajib('nama'), 200);
  const gelarDepan = panjang('gelarDepan', teks(row.gelarDepan), 50);
  const gelarBelakang = panjang('gelarBelakang', teks(row.gelarBelakang), 50);

  // Jenis kelamin
  let jenisKelamin: JenisKelamin | null = null;
  const jkTeks = wajib('jenisKelamin');
  if (jkTeks !== null) {
    jenisKelamin = normalizeJenisKelamin(jkTeks);
    if (jenisKelamin === null) salah('jenisKelamin', 'Jenis kelamin harus L (laki-laki) atau P (perempuan)');
    else if (nipValid && nipValid.jenisKelamin !== jenisKelamin) {
      const digit = nipValid.jenisKelamin === 'L' ? '1, laki-laki' : '2, perempuan';
      salah('jenisKelamin', `Jenis kelamin ${jenisKelamin} tidak sesuai NIP (digit ke-15 = ${digit})`);
      jenisKelamin = null;
    }
  }

  // Tanggal lahir
  let tanggalLahir: string | null = null;
  const tlRaw = row.tanggalLahir;
  if (wajib('tanggalLahir') !== null) {
    tanggalLahir = parseTanggalImpor(tlRaw);
    if (tanggalLahir === null) {
      salah('tanggalLahir', 'Tanggal lahir tidak valid; gunakan YYYY-MM-DD atau DD/MM/YYYY');
    } else if (konteks.hariIni !== undefined && tanggalLahir > konteks.hariIni) {
      salah('tanggalLahir', `Tanggal lahir (${tanggalLahir}) melewati hari ini`);
      tanggalLahir = null;
    } else if (nipValid && nipValid.tanggalLahir !== tanggalLahir) {
      salah('tanggalLahir', `Tanggal lahir ${tanggalLahir} tidak sesuai NIP (digit 1–8 = ${nipValid.tanggalLahir})`);
      tanggalLahir = null;
    }
  }

  // Golongan
  let golongan: string | null = null;
  const golTeks = wajib('golongan');
  if (golTeks !== null && jenisAsn !== null) {
    golongan = normalizeGolonganImpor(jenisAsn, golTeks);
    if (golongan === null) {
      salah(
        'golongan',
        jenisAsn === 'PNS'
          ? 'Golongan PNS harus I/a … IV/e (mis. III/b); golongan I–XVII hanya untuk PPPK'
          : 'Golongan PPPK harus I … XVII (Perpres 98/2020); golongan dengan ruang (mis. III/b) hanya untuk PNS',
      );
    }
  }

  // TMT CPNS (PNS only)
  let tmtCpns: string | null = null;
  const tmtTeks = teks(row.tmtCpns);
  if (tmtTeks !== null) {
    if (jenisAsn === 'PPPK') {
      salah('tmtCpns', 'TMT CPNS hanya untuk PNS; kosongkan untuk PPPK');
    } else {
      tmtCpns = parseTanggalImpor(row.tmtCpns);
      if (tmtCpns === null) salah('tmtCpns', 'TMT CPNS tidak valid; gunakan YYYY-MM-DD atau DD/MM/YYYY');
      else if (konteks.hariIni !== undefined && tmtCpns > konteks.hariIni) {
        salah('tmtCpns', `TMT CPNS (${tmtCpns}) melewati hari ini`);
        tmtCpns = null;
      } else if (nipValid && tmtCpns.slice(0, 7) !== nipValid.tmtCpns) {
        salah('tmtCpns', `TMT CPNS ${tmtCpns} tidak sesuai NIP (digit 9–14 = ${nipValid.tmtCpns})`);
        tmtCpns = null;
      }
    }
  } else if (nipValid) {
    tmtCpns = `${nipValid.tmtCpns}-01`;
  }

  // Unit
  let kunciUnit: string | null = null;
  const kodeUnit = wajib('kodeUnit');
  if (kodeUnit !== null && konteks.cariUnit) {
    const u = konteks.cariUnit(kodeUnit);
    if ('pesan' in u) salah('kodeUnit', u.pesan);
    else kunciUnit = u.kunci;
  }

  // Jabatan, jenis, jenjang
  const jabatanTeks = panjang('jabatan', wajib('jabatan'), 200);
  const jabatan = jabatanTeks === null ? null : rapikan(jabatanTeks);
  let jenisJabatan: JenisJabatan | null = null;
  const jjTeks = wajib('jenisJabatan');
  if (jjTeks !== null) {
    const u = jjTeks.toUpperCase();
    if (isJenisJabatan(u)) jenisJabatan = u;
    else salah('jenisJabatan', 'Jenis jabatan harus JPT, ADMINISTRATOR, PENGAWAS, PELAKSANA atau FUNGSIONAL');
  }
  let jenjang: JenjangJabatan | null = null;
  let jenjangOk = false;
  const jenjangTeks = teks(row.jenjang);
  if (jenisJabatan !== null) {
    const kandidat = jenjangTeks === null ? null : normalizeJenjang(jenjangTeks);
    if (isJenjangValid(jenisJabatan, kandidat)) {
      jenjang = kandidat as JenjangJabatan | null;
      jenjangOk = true;
    } else {
      const pilihan = jenjangOf(jenisJabatan);
      salah(
        'jenjang',
        pilihan.length === 0
          ? `Jenjang harus dikosongkan untuk jabatan ${jenisJabatan}`
          : jenjangTeks === null
            ? `Jenjang wajib diisi untuk jabatan ${jenisJabatan}: ${pilihan.join(', ')}`
            : `Jenjang tidak berlaku untuk jabatan ${jenisJabatan}; pilihan: ${pilihan.join(', ')}`,
      );
    }
  }
  if (kunciUnit !== null && jabatan !== null && jenisJabatan !== null && jenjangOk && konteks.cekJabatan) {
    const pesan = konteks.cekJabatan({ kunciUnit, jabatan, jenis: jenisJabatan, jenjang });
    if (pesan !== null) salah('jenisJabatan', pesan);
  }

  // NIP Atasan (form and self-reference; existence is a whole-file check)
  let nipAtasan: string | null = null;
  const atasanTeks = teks(row.nipAtasan);
  if (atasanTeks !== null) {
    const n = normalizeNip(atasanTeks);
    if (!/^\d{18}$/.test(n)) salah('nipAtasan', 'NIP Atasan harus 18 digit angka');
    else if (nip !== null && n === nip) salah('nipAtasan', 'NIP Atasan tidak boleh sama dengan NIP pegawai itu sendiri');
    else nipAtasan = n;
  }

  // Email, telepon (light checks)
  let email = teks(row.email);
  if (email !== null && (email.length > 254 || !EMAIL_RE.test(email))) {
    salah('email', 'Alamat email tidak valid (contoh: nama@tanjungbalaikota.go.id)');
    email = null;
  }
  let telepon = teks(row.telepon);
  if (telepon !== null) {
    const digit = telepon.replace(/\D/g, '').length;
    if (!TELEPON_RE.test(telepon) || digit < 6 || digit > 15) {
      salah('telepon', 'Nomor telepon tidak valid: 6–15 digit, boleh diawali + dan memakai spasi, -, . atau ( )');
      telepon = null;
    }
  }

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    data: {
      baris,
      nip: nip as string,
      jenisAsn: jenisAsn as 'PNS' | 'PPPK',
      nama: rapikan(nama as string),
      gelarDepan,
      gelarBelakang,
      jenisKelamin: jenisKelamin as JenisKelamin,
      tanggalLahir: tanggalLahir as string,
      golongan: golongan as string,
      tmtCpns: jenisAsn === 'PNS' ? tmtCpns : null,
      kodeUnit: kodeUnit as string,
      jabatan: jabatan as string,
      jenisJabatan: jenisJabatan as JenisJabatan,
      jenjang,
      nipAtasan,
      email,
      telepon,
    },
  };
}

/**
 * Validates a whole import file (see the module comment): header, every row, and the cross-row rules — a NIP
 * repeated in the file is an error on the later row; `NIP Atasan` must be in the file or registered
 * (`konteks.nipTerdaftar`); one jabatan name in one unit must have one jenis/jenjang throughout the file; atasan
 * overrides within the file must not form a cycle (A → B → A).
 *
 * @param input.rows          records keyed by the header text as written (from `readTabularFile`)
 * @param input.firstDataRow  spreadsheet row number of `rows[0]` (the header is the row before)
 * @param input.header        header names in file order
 * @param konteks             today and database lookups (see {@link KonteksValidasi})
 * @returns {@link HasilValidasiPegawai}; `valid` is true only when `errors` is empty
 * @example validatePegawaiRows({ rows: [{ NIP: '…', Nama: '…', … }], firstDataRow: 2, header: ['NIP', 'Nama', …] })
 *   → { valid: true, jumlahBaris: 1, errors: [], rows: [{ baris: 2, nip: '…', … }], … }
 */
export function validatePegawaiRows(
  input: {
    rows: readonly Readonly<Record<string, SelImpor>>[];
    firstDataRow: number;
    header: readonly string[];
  },
  konteks: KonteksValidasi = {},
): HasilValidasiPegawai {
  const { rows, firstDataRow, header } = input;
  if (!Number.isSafeInteger(firstDataRow) || firstDataRow < 2) {
    throw new RangeError(`firstDataRow harus bilangan bulat ≥ 2: ${firstDataRow}`);
  }
  const barisHeader = firstDataRow - 1;
  const errors: PegawaiRowError[] = [];

  // Header → canonical keys.
  const namaAsli = new Map<KunciKolom, string>();
  const kolomDiabaikan: string[] = [];
  for (const h of header) {
    const kunci = kunciKolom(h);
    if (kunci === undefined) {
      if (h.trim() !== '') kolomDiabaikan.push(h);
      continue;
    }
    const lain = namaAsli.get(kunci);
    if (lain !== undefined) {
      errors.push({ baris: barisHeader, kolom: h, nilai: null, pesan: `Kolom ${NAMA_KOLOM[kunci]} muncul dua kali ("${lain}" dan "${h}")` });
      continue;
    }
    namaAsli.set(kunci, h);
  }
  for (const k of KOLOM_IMPOR_PEGAWAI) {
    if (k.wajib && !namaAsli.has(k.kunci)) {
      errors.push({ baris: barisHeader, kolom: k.nama, nilai: null, pesan: `Kolom wajib "${k.nama}" tidak ada di baris judul` });
    }
  }
  const kolomAda = new Set(namaAsli.keys());

  const isKosong = (r: Readonly<Record<string, SelImpor>>) => Object.values(r).every((v) => teks(v) === null);
  const barisKosong: number[] = [];
  rows.forEach((r, i) => { if (isKosong(r)) barisKosong.push(firstDataRow + i); });
  const jumlahBaris = rows.length - barisKosong.length;

  if (errors.length > 0) {
    return { valid: false, jumlahBaris, errors, rows: [], kolomAda, kolomDiabaikan, barisKosong };
  }
  if (jumlahBaris === 0) {
    errors.push({ baris: firstDataRow, kolom: NAMA_KOLOM.nip, nilai: null, pesan: 'Berkas tidak berisi data pegawai (hanya baris judul)' });
    return { valid: false, jumlahBaris, errors, rows: [], kolomAda, kolomDiabaikan, barisKosong };
  }

  // Pass 1: each row on its own.
  type Baris = { baris: number; errors: PegawaiRowError[]; data: PegawaiImporBaris | null; nip: string | null; nipAtasan: string | null };
  const hasil: Baris[] = [];
  rows.forEach((r, i) => {
    const baris = firstDataRow + i;
    if (isKosong(r)) return;
    const sel: Partial<Record<KunciKolom, SelImpor>> = {};
    for (const [kunci, nama] of namaAsli) sel[kunci] = r[nama];
    const v = validatePegawaiRow(sel, baris, konteks);
    const nipSel = teks(sel.nip);
    const nipNorm = nipSel === null ? null : normalizeNip(nipSel);
    const atasanSel = teks(sel.nipAtasan);
    hasil.push({
      baris,
      errors: v.ok ? [] : v.errors,
      data: v.ok ? v.data : null,
      // Cross-row checks use the normalised cell even when the row has other errors.
      nip: nipNorm !== null && /^\d{18}$/.test(nipNorm) ? nipNorm : null,
      nipAtasan: v.ok ? v.data.nipAtasan : atasanSel === null ? null : normalizeNip(atasanSel),
    });
  });

  // Pass 2: cross-row rules, errors added to the row they concern.
  const tambah = (b: Baris, e: PegawaiRowError) => {
    b.errors.push(e);
    b.data = null;
  };
  const nipPertama = new Map<string, number>();
  for (const b of hasil) {
    if (b.nip === null) continue;
    const pertama = nipPertama.get(b.nip);
    if (pertama !== undefined) {
      tambah(b, { baris: b.baris, kolom: NAMA_KOLOM.nip, nilai: b.nip, pesan: `NIP ganda: sudah dipakai di baris ${pertama}` });
    } else nipPertama.set(b.nip, b.baris);
  }
  for (const b of hasil) {
    const a = b.nipAtasan;
    if (a === null || !/^\d{18}$/.test(a) || a === b.nip) continue;
    if (!nipPertama.has(a) && konteks.nipTerdaftar && !konteks.nipTerdaftar(a)) {
      tambah(b, { baris: b.baris, kolom: NAMA_KOLOM.nipAtasan, nilai: a, pesan: 'NIP Atasan tidak terdaftar dan tidak ada di berkas ini' });
    }
  }
  // One jabatan (unit + name) = one jenis/jenjang within the file.
  const jabatanPertama = new Map<string, { baris: number; jenis: JenisJabatan; jenjang: JenjangJabatan | null }>();
  for (const b of hasil) {
    const d = b.data;
    if (d === null) continue;
    const kunciUnit = konteks.cariUnit ? konteks.cariUnit(d.kodeUnit) : { kunci: d.kodeUnit.toLowerCase() };
    if (!('kunci' in kunciUnit)) continue;
    const key = `${kunciUnit.kunci}\u0000${d.jabatan.toLowerCase()}`;
    const p = jabatanPertama.get(key);
    if (p === undefined) jabatanPertama.set(key, { baris: b.baris, jenis: d.jenisJabatan, jenjang: d.jenjang });
    else if (p.jenis !== d.jenisJabatan || p.jenjang !== d.jenjang) {
      tambah(b, {
        baris: b.baris,
        kolom: NAMA_KOLOM.jenisJabatan,
        nilai: d.jenisJabatan,
        pesan: `Jabatan "${d.jabatan}" di unit ini sudah tertulis di baris ${p.baris} sebagai ${p.jenis}${p.jenjang ? ' ' + p.jenjang : ''}; satu jabatan harus satu jenis dan jenjang`,
      });
    }
  }
  // Cycles among the file's atasan overrides (self-reference is already a row error).
  const atasanDari = new Map<string, { nipAtasan: string; baris: number }>();
  for (const b of hasil) if (b.nip !== null && b.nipAtasan !== null && b.nipAtasan !== b.nip) atasanDari.set(b.nip, { nipAtasan: b.nipAtasan, baris: b.baris });
  const sudah = new Set<string>();
  for (const b of hasil) {
    if (b.nip === null || sudah.has(b.nip)) continue;
    const jalur: string[] = [];
    const posisi = new Map<string, number>();
    let cur: string | undefined = b.nip;
    while (cur !== undefined && !sudah.has(cur) && !posisi.has(cur)) {
      posisi.set(cur, jalur.length);
      jalur.push(cur);
      cur = atasanDari.get(cur)?.nipAtasan;
    }
    if (cur !== undefined && posisi.has(cur)) {
      const lingkar = jalur.slice(posisi.get(cur));
      const barisLingkar = lingkar.map((n) => atasanDari.get(n)!.baris);
      const terakhir = Math.max(...barisLingkar);
      const target = hasil.find((h) => h.baris === terakhir)!;
      tambah(target, {
        baris: terakhir,
        kolom: NAMA_KOLOM.nipAtasan,
        nilai: target.nipAtasan,
        pesan: `Rantai atasan melingkar (baris ${[...barisLingkar].sort((x, y) => x - y).join(', ')}): seorang pegawai tidak boleh menjadi atasan dari atasannya sendiri`,
      });
    }
    for (const n of jalur) sudah.add(n);
  }

  const urutanKolom = new Map(KOLOM_IMPOR_PEGAWAI.map((k, i) => [k.nama, i]));
  for (const b of hasil) {
    b.errors.sort((x, y) => (urutanKolom.get(x.kolom) ?? 99) - (urutanKolom.get(y.kolom) ?? 99));
    errors.push(...b.errors);
  }
  const validRows = hasil.flatMap((b) => (b.data ? [b.data] : []));
  return { valid: errors.length === 0, jumlahBaris, errors, rows: validRows, kolomAda, kolomDiabaikan, barisKosong };
}

/**
 * The template as CSV text: header row (template order) and one example row, `,`-separated, CRLF line ends,
 * with a UTF-8 BOM so Excel opens it with the right encoding. The example NIP is written as text.
 *
 * @param contoh  optional overrides of the example row per column key (e.g. a real unit code)
 */
export function buildTemplatCsv(contoh: Partial<Record<KunciKolom, string>> = {}): string {
  const q = (s: string) => (/[",;\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const header = KOLOM_IMPOR_PEGAWAI.map((k) => q(k.nama)).join(',');
  const baris = KOLOM_IMPOR_PEGAWAI.map((k) => q(contoh[k.kunci] ?? k.contoh)).join(',');
  return `\uFEFF${header}\r\n${baris}\r\n`;
}
