/**
 * Standar pelayanan: the 14 components of a layanan's published service standard, their versions and
 * the rules that decide which version is in force (pelayanan.md §2.3, §2.4).
 *
 * Legal basis: UU 25/2009 tentang Pelayanan Publik Pasal 15 (set, apply and publish the standar
 * pelayanan), Pasal 20 (drafted with public participation, set by the head of the unit), Pasal 21 (the
 * components); PermenPANRB 15/2014 (Pedoman Standar Pelayanan) splits the 14 components into the
 * service-delivery group (persyaratan, prosedur, jangka waktu, biaya, produk, pengaduan) and the
 * manufacturing group (dasar hukum, sarana prasarana, kompetensi, pengawasan internal, jumlah
 * pelaksana, jaminan pelayanan, jaminan keamanan, evaluasi kinerja pelaksana).
 *
 * Pure functions: no I/O, "now" is always a parameter (ADR 0003).
 */

/** Units of the jangka waktu (pelayanan.md §2.3): a budget of working minutes/hours, or whole working days. */
export const SATUAN_JANGKA_WAKTU = ['menit', 'jam', 'hari_kerja'] as const;
export type SatuanJangkaWaktu = (typeof SATUAN_JANGKA_WAKTU)[number];
export type JangkaWaktu = { nilai: number; satuan: SatuanJangkaWaktu };

/** Kind of a persyaratan item: original document, photocopy, a form to fill (F-1.01…), or a data field. */
export const JENIS_PERSYARATAN = ['asli', 'fotokopi', 'formulir', 'isian'] as const;
export type JenisPersyaratan = (typeof JENIS_PERSYARATAN)[number];
/** Required always, or only in some situations (explained in `keterangan`). */
export const SIFAT_PERSYARATAN = ['wajib', 'kondisional'] as const;
export type SifatPersyaratan = (typeof SIFAT_PERSYARATAN)[number];

/**
 * One persyaratan item. `kode` is a stable slug (the upload field of an online application is
 * `berkas.<kode>`); `unggah` = the applicant uploads it with an online application.
 */
export type PersyaratanItem = {
  kode: string;
  nama: string;
  jenis: JenisPersyaratan;
  wajib: SifatPersyaratan;
  keterangan?: string | null;
  unggah: boolean;
};

/** One step of the sistem, mekanisme dan prosedur: what happens, and who does it (pemohon, petugas…). */
export type ProsedurLangkah = { langkah: string; aktor: string };

/** The 14 components of one version of a standar pelayanan (UU 25/2009 Pasal 21; PermenPANRB 15/2014). */
export type StandarIsi = {
  /** 1. Persyaratan. */
  persyaratan: PersyaratanItem[];
  /** 2. Sistem, mekanisme dan prosedur. */
  prosedur: ProsedurLangkah[];
  /** 3. Jangka waktu penyelesaian, counted from "persyaratan lengkap". */
  jangkaWaktuNilai: number;
  jangkaWaktuSatuan: SatuanJangkaWaktu;
  /** 4. Biaya/tarif in rupiah (0 = gratis), with its legal note. */
  biayaRupiah: number;
  biayaKeterangan?: string | null;
  /** 5. Produk pelayanan. */
  produk: string;
  /** 6. Penanganan pengaduan, saran dan masukan: channels and contacts. */
  pengaduanKanal: string[];
  /** 7. Dasar hukum. */
  dasarHukum: string[];
  /** 8–14: the internal (manufacturing) components. */
  sarpras?: string | null;
  kompetensiPelaksana?: string | null;
  pengawasanInternal?: string | null;
  jumlahPelaksana?: string | null;
  jaminanPelayanan?: string | null;
  jaminanKeamanan?: string | null;
  evaluasiKinerja?: string | null;
};

/** What version selection needs of a stored version. */
export type VersiBerlaku = { versi: number; terbit: boolean; berlakuMulai: Date };

/**
 * The version of a standar pelayanan in force at instant `at` (plan decision 2): among the PUBLISHED
 * (`terbit`) versions, the one with the greatest `berlakuMulai <= at`; ties (not expected: publishing
 * refuses them) go to the higher `versi`. Drafts never apply. A case keeps the version it started with,
 * so SKM and SLA reports can cite the standard in force at the time (pelayanan.md §2.4 "Keep versions").
 *
 * @example standarBerlakuPada([{versi:1, terbit:true, berlakuMulai: 2026-01-01}, {versi:2, terbit:true,
 *   berlakuMulai: 2026-07-01}], 2026-06-30T23:59+07:00) → versi 1
 * @returns the version, or null when none is in force yet
 */
export function standarBerlakuPada<T extends VersiBerlaku>(versi: readonly T[], at: Date): T | null {
  let terpilih: T | null = null;
  for (const v of versi) {
    if (!v.terbit || v.berlakuMulai.getTime() > at.getTime()) continue;
    if (
      !terpilih ||
      v.berlakuMulai.getTime() > terpilih.berlakuMulai.getTime() ||
      (v.berlakuMulai.getTime() === terpilih.berlakuMulai.getTime() && v.versi > terpilih.versi)
    ) terpilih = v;
  }
  return terpilih;
}

const LABEL_SATUAN: Record<SatuanJangkaWaktu, string> = { menit: 'menit', jam: 'jam', hari_kerja: 'hari kerja' };

/**
 * The jangka waktu as a citizen reads it: `{3, hari_kerja}` → "3 hari kerja", `{60, menit}` → "60 menit",
 * `{1, jam}` → "1 jam". Indonesian has no plural inflection. Units per pelayanan.md §2.3.
 */
export function formatJangkaWaktu(j: JangkaWaktu): string {
  return `${j.nilai} ${LABEL_SATUAN[j.satuan]}`;
}

/**
 * The jangka waktu as a budget of working minutes when it is counted in minutes or hours (plan decision 3:
 * 'jam' = nilai × 60 working minutes); null for 'hari_kerja' (counted in whole working days).
 */
export function menitAnggaran(j: JangkaWaktu): number | null {
  if (j.satuan === 'menit') return j.nilai;
  if (j.satuan === 'jam') return j.nilai * 60;
  return null;
}

/**
 * The biaya as shown on the standard: 0 → "Gratis" (UU 24/2013 Pasal 79A for adminduk documents,
 * pelayanan.md §0 row 6), otherwise "Rp 150.000" (Indonesian thousands separator).
 */
export function formatBiaya(rupiah: number): string {
  if (rupiah === 0) return 'Gratis';
  return `Rp ${Math.round(rupiah).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
}

/** A persyaratan code: lower-case letters/digits separated by single '-' (an upload field name). */
export const POLA_KODE_PERSYARATAN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Upper bounds of a jangka waktu per unit (a typo guard: 10,000 working days is not a standard). */
export const BATAS_JANGKA_WAKTU: Record<SatuanJangkaWaktu, number> = { menit: 24 * 60, jam: 500, hari_kerja: 365 };

export type MasalahStandar = { field: string; message: string };

const kosong = (s: string | null | undefined) => !s || !s.trim();

/**
 * Checks one version of a standar pelayanan before it is saved or published (UU 25/2009 Pasal 21;
 * PermenPANRB 15/2014; pelayanan.md §2.4). Field paths are relative to the standard (`persyaratan.2.kode`,
 * `jangkaWaktuNilai`…); the server prefixes `body.`. Rules:
 * - persyaratan: each `kode` a slug ({@link POLA_KODE_PERSYARATAN}) unique within the version; a name;
 *   an 'isian' (data field) is typed in, never uploaded;
 * - prosedur: at least one step, each with a step and an actor;
 * - jangka waktu: a whole number > 0 and ≤ {@link BATAS_JANGKA_WAKTU} for its unit;
 * - biaya: a whole number of rupiah ≥ 0;
 * - produk: not empty; at least one complaint channel (UU 25/2009 Pasal 21 huruf f) and one dasar hukum.
 * @returns the problems, empty when the version is valid
 */
export function validasiStandar(s: StandarIsi): MasalahStandar[] {
  const masalah: MasalahStandar[] = [];
  const tambah = (field: string, message: string) => masalah.push({ field, message });
  const kodeTerpakai = new Map<string, number>();
  s.persyaratan.forEach((p, i) => {
    if (!POLA_KODE_PERSYARATAN.test(p.kode)) {
      tambah(`persyaratan.${i}.kode`, 'Kode persyaratan hanya huruf kecil, angka dan tanda minus (mis. surat-pengantar)');
    } else if (kodeTerpakai.has(p.kode)) {
      tambah(`persyaratan.${i}.kode`, `Kode "${p.kode}" sudah dipakai persyaratan nomor ${kodeTerpakai.get(p.kode)! + 1}`);
    } else kodeTerpakai.set(p.kode, i);
    if (kosong(p.nama)) tambah(`persyaratan.${i}.nama`, 'Nama persyaratan wajib diisi');
    if (p.jenis === 'isian' && p.unggah) tambah(`persyaratan.${i}.unggah`, 'Persyaratan berupa isian diketik, bukan diunggah');
    if (p.wajib === 'kondisional' && kosong(p.keterangan)) {
      tambah(`persyaratan.${i}.keterangan`, 'Jelaskan kapan persyaratan kondisional ini diperlukan');
    }
  });
  if (s.prosedur.length === 0) tambah('prosedur', 'Prosedur minimal satu langkah');
  s.prosedur.forEach((l, i) => {
    if (kosong(l.langkah)) tambah(`prosedur.${i}.langkah`, 'Uraian langkah wajib diisi');
    if (kosong(l.aktor)) tambah(`prosedur.${i}.aktor`, 'Pelaksana langkah wajib diisi');
  });
  const batas = BATAS_JANGKA_WAKTU[s.jangkaWaktuSatuan];
  if (!Number.isInteger(s.jangkaWaktuNilai) || s.jangkaWaktuNilai <= 0) {
    tambah('jangkaWaktuNilai', 'Jangka waktu harus bilangan bulat lebih dari 0');
  } else if (batas !== undefined && s.jangkaWaktuNilai > batas) {
    tambah('jangkaWaktuNilai', `Jangka waktu maksimal ${batas} ${LABEL_SATUAN[s.jangkaWaktuSatuan]}`);
  }
  if (!Number.isInteger(s.biayaRupiah) || s.biayaRupiah < 0) tambah('biayaRupiah', 'Biaya harus bilangan bulat rupiah, 0 atau lebih (0 = gratis)');
  if (kosong(s.produk)) tambah('produk', 'Produk pelayanan wajib diisi');
  if (s.pengaduanKanal.filter((k) => !kosong(k)).length === 0) tambah('pengaduanKanal', 'Sebutkan minimal satu saluran pengaduan');
  s.pengaduanKanal.forEach((k, i) => { if (kosong(k)) tambah(`pengaduanKanal.${i}`, 'Saluran pengaduan tidak boleh kosong'); });
  if (s.dasarHukum.filter((k) => !kosong(k)).length === 0) tambah('dasarHukum', 'Sebutkan minimal satu dasar hukum');
  s.dasarHukum.forEach((k, i) => { if (kosong(k)) tambah(`dasarHukum.${i}`, 'Dasar hukum tidak boleh kosong'); });
  return masalah;
}

/** Tolerance for "berlaku mulai sekarang" sent by a form a moment ago (clock skew, slow network). */
export const TOLERANSI_BERLAKU_MS = 5 * 60_000;

/**
 * Checks the start of a version about to be published: no retroactive change (a standard cannot have
 * applied before it was set — UU 25/2009 Pasal 20 "ditetapkan"), so `berlakuMulai ≥ now − 5 minutes`; and
 * later than every published version's start, so version order = time order and
 * {@link standarBerlakuPada} never skips back to an older version.
 * @returns a problem for field `berlakuMulai`, or null
 */
export function validasiBerlakuMulai(o: { berlakuMulai: Date; now: Date; terbitSebelumnya: readonly Date[] }): MasalahStandar | null {
  if (o.berlakuMulai.getTime() < o.now.getTime() - TOLERANSI_BERLAKU_MS) {
    return { field: 'berlakuMulai', message: 'Tanggal berlaku tidak boleh di masa lalu (standar tidak berlaku surut); pilih "segera" atau tanggal mendatang' };
  }
  const terakhir = Math.max(...o.terbitSebelumnya.map((d) => d.getTime()), Number.NEGATIVE_INFINITY);
  if (o.berlakuMulai.getTime() <= terakhir) {
    return { field: 'berlakuMulai', message: 'Tanggal berlaku harus sesudah tanggal berlaku versi terbit sebelumnya' };
  }
  return null;
}
