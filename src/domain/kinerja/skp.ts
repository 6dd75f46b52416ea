/**
 * SKP (Sasaran Kinerja Pegawai) planning rules — PermenPANRB 6/2022 (kinerja.md §1.2 structure and
 * cascading, §1.3 pejabat penilai and mutasi, §7.1 enums, §7.5 workflow). Pure: no I/O, no clock (the
 * WIB date is a parameter).
 */
import { ASPEK_INDIKATOR, cariMetrik, lingkupSah } from './metrik.ts';
import { periodePada, periodeKe, type JenisPeriode } from './periode.ts';

// ------------------------------------------------------------------------------------------ enums

/** Workflow status of an SKP (kinerja.md §7.5): draft (pegawai) → diajukan → disetujui | dikembalikan. */
export const STATUS_SKP = ['draft', 'diajukan', 'disetujui', 'dikembalikan'] as const;
export type StatusSkp = (typeof STATUS_SKP)[number];

export const LABEL_STATUS_SKP: Record<StatusSkp, string> = {
  draft: 'Draf', diajukan: 'Diajukan', disetujui: 'Disetujui', dikembalikan: 'Dikembalikan',
};

/** Pendekatan of an SKP (kinerja.md §1.2): measurable targets (kuantitatif) or narrative (kualitatif). */
export const PENDEKATAN = ['kuantitatif', 'kualitatif'] as const;
export type Pendekatan = (typeof PENDEKATAN)[number];

/** A. Hasil kerja utama (tied to the role / organisational target) or B. tambahan (additional assignment). */
export const JENIS_RHK = ['utama', 'tambahan'] as const;
export type JenisRhk = (typeof JENIS_RHK)[number];

/** Aspek of an indikator kinerja individu (kinerja.md §1.2): kuantitas, kualitas, waktu, biaya. */
export const ASPEK = ASPEK_INDIKATOR;
export type Aspek = (typeof ASPEK)[number];

/** Perspektif of a JPT indikator (Balanced-Scorecard-like, kinerja.md §1.2 JPT column 5, §7.1) [M]. */
export const PERSPEKTIF_JPT = ['penerima_layanan', 'penguatan_internal', 'anggaran', 'proses_bisnis'] as const;
export type PerspektifJpt = (typeof PERSPEKTIF_JPT)[number];

export const LABEL_PERSPEKTIF: Record<PerspektifJpt, string> = {
  penerima_layanan: 'Penerima Layanan', penguatan_internal: 'Penguatan Internal', anggaran: 'Anggaran', proses_bisnis: 'Proses Bisnis',
};

/** Jenis jabatan (kinerja.md §5.4); JPT SKPs have a different form (no cascade required, perspektif). */
export const JENIS_JABATAN = ['JPT', 'ADMINISTRATOR', 'PENGAWAS', 'PELAKSANA', 'FUNGSIONAL'] as const;
export type JenisJabatan = (typeof JENIS_JABATAN)[number];

/** Why an SKP was made: the first of the year, or a new one after a change of position (kinerja.md §1.2 Timing). */
export const ALASAN_SKP_BARU = ['awal', 'mutasi', 'promosi', 'lainnya'] as const;
export type AlasanSkpBaru = (typeof ALASAN_SKP_BARU)[number];

// ---------------------------------------------------------------------------------- state machine

/** Who acts on an SKP in the workflow: the pegawai themself (pemilik) or the pejabat penilai. */
export type PelakuSkp = 'pemilik' | 'penilai';

/** Workflow actions. `ubah` = edit the plan (pendekatan, RHK, indikator); it keeps the status. */
export const AKSI_SKP = ['ubah', 'ajukan', 'setujui', 'kembalikan'] as const;
export type AksiSkp = (typeof AKSI_SKP)[number];

/**
 * The SKP workflow (kinerja.md §7.5; plan "Workflow"): the pemilik edits and submits a draft or a returned
 * SKP; the pejabat penilai approves or returns (with a note) a submitted one. A disetujui SKP is final here:
 * its RHK and indikator are fixed (changing an approved plan is not supported yet).
 */
export const TRANSISI_SKP: Readonly<Record<AksiSkp, { dari: readonly StatusSkp[]; ke: StatusSkp | null; oleh: PelakuSkp }>> = {
  ubah: { dari: ['draft', 'dikembalikan'], ke: null, oleh: 'pemilik' },
  ajukan: { dari: ['draft', 'dikembalikan'], ke: 'diajukan', oleh: 'pemilik' },
  setujui: { dari: ['diajukan'], ke: 'disetujui', oleh: 'penilai' },
  kembalikan: { dari: ['diajukan'], ke: 'dikembalikan', oleh: 'penilai' },
};

export type HasilTransisi =
  | { ok: true; ke: StatusSkp }
  | { ok: false; alasan: 'pelaku' | 'status'; pesan: string };

/**
 * Whether `pelaku` may do `aksi` on an SKP in `status`, and the status after it. The actor is checked
 * first (a wrong actor is refused whatever the status).
 */
export function transisiSkp(status: StatusSkp, aksi: AksiSkp, pelaku: PelakuSkp | null): HasilTransisi {
  const t = TRANSISI_SKP[aksi];
  if (pelaku !== t.oleh) {
    return {
      ok: false, alasan: 'pelaku',
      pesan: t.oleh === 'pemilik' ? 'Hanya pegawai pemilik SKP yang dapat melakukan tindakan ini.' : 'Hanya pejabat penilai SKP ini yang dapat melakukan tindakan ini.',
    };
  }
  if (!t.dari.includes(status)) {
    const dari = t.dari.map((s) => LABEL_STATUS_SKP[s].toLowerCase()).join(' atau ');
    return { ok: false, alasan: 'status', pesan: `SKP berstatus ${LABEL_STATUS_SKP[status].toLowerCase()}; tindakan ini hanya untuk SKP yang ${dari}.` };
  }
  return { ok: true, ke: t.ke ?? status };
}

/**
 * What the caller may do on one SKP (shown as buttons; the service enforces exactly the same):
 * - `ubah`, `ajukan`: the pemilik, while draft/dikembalikan (`ajukan` also needs a pejabat penilai);
 * - `putuskan` (setujui/kembalikan): the penilai, while diajukan;
 * - `ekspektasi` (ekspektasi khusus per BerAKHLAK value): the penilai, any status, until the annual penetapan;
 * - `nilai` (ratings per period / annual): the penilai of an approved SKP, until the annual penetapan;
 * - `realisasi` (realisasi, bukti dukung): the pemilik of an approved SKP, until the annual penetapan.
 * `relasi` is the caller's relation from kinerja.akses.ts ('penilai', 'pemilik', …, or null).
 */
export function izinSkp(a: { relasi: string | null; status: StatusSkp; terkunci: boolean; adaPenilai: boolean }) {
  const pemilik = a.relasi === 'pemilik';
  const penilai = a.relasi === 'penilai';
  const bisaUbah = transisiSkp(a.status, 'ubah', pemilik ? 'pemilik' : null).ok;
  return {
    ubah: bisaUbah,
    ajukan: bisaUbah && a.adaPenilai,
    putuskan: transisiSkp(a.status, 'setujui', penilai ? 'penilai' : null).ok,
    ekspektasi: penilai && !a.terkunci,
    nilai: penilai && a.status === 'disetujui' && !a.terkunci,
    realisasi: pemilik && a.status === 'disetujui' && !a.terkunci,
  };
}
export type IzinSkp = ReturnType<typeof izinSkp>;

// ------------------------------------------------------------------------------------- submit rules

export type IndikatorRencana = {
  aspek: Aspek;
  uraian: string;
  targetAngka?: number | null;
  targetSatuan?: string | null;
  targetNarasi?: string | null;
  perspektif?: PerspektifJpt | null;
  metrik?: string | null;
  metrikLingkup?: string | null;
  metrikRefId?: number | null;
};

export type RhkRencana = {
  jenis: JenisRhk;
  uraian: string;
  parentRhkId?: number | null;
  indikator: readonly IndikatorRencana[];
};

export type RencanaSkp = { jenisJabatan: JenisJabatan; pendekatan: Pendekatan; rhk: readonly RhkRencana[] };

/** A rule violation: `field` is a path into the plan, e.g. `rhk[1].indikator[0].targetSatuan`. */
export type GalatRencana = { field: string; message: string };

const kosong = (s: string | null | undefined) => s == null || s.trim() === '';

/**
 * Checks the binding of one indikator to a service metric (issue #5 "Objective service indicators"):
 * a known metric code, a lingkup the metric supports, and the unit/lokasi id for lingkup unit/lokasi.
 * An indikator without `metrik` must not carry `metrikLingkup`/`metrikRefId`. Used when saving and submitting.
 * @param awalan the path of the indikator, e.g. `rhk[0].indikator[2]`
 */
export function periksaMetrikIndikator(ind: IndikatorRencana, awalan: string): GalatRencana[] {
  const out: GalatRencana[] = [];
  if (kosong(ind.metrik)) {
    if (ind.metrikLingkup != null || ind.metrikRefId != null) {
      out.push({ field: `${awalan}.metrik`, message: 'Pilih metrik layanan, atau kosongkan lingkup dan sumber datanya.' });
    }
    return out;
  }
  const m = cariMetrik(ind.metrik);
  if (!m) return [{ field: `${awalan}.metrik`, message: 'Metrik layanan tidak dikenal.' }];
  const lingkup = ind.metrikLingkup ?? (m.lingkup.length === 1 ? m.lingkup[0] : null);
  if (lingkup == null) {
    out.push({ field: `${awalan}.metrikLingkup`, message: 'Pilih data siapa yang dihitung: pegawai, unit, atau lokasi layanan.' });
  } else if (!lingkupSah(m.kode, lingkup)) {
    out.push({ field: `${awalan}.metrikLingkup`, message: `Metrik ini tidak dapat dihitung untuk lingkup ${lingkup}.` });
  } else if ((lingkup === 'unit' || lingkup === 'lokasi') && ind.metrikRefId == null) {
    out.push({ field: `${awalan}.metrikRefId`, message: lingkup === 'unit' ? 'Pilih unit kerja yang datanya dihitung.' : 'Pilih lokasi layanan yang datanya dihitung.' });
  }
  return out;
}

/**
 * The rules an SKP must meet before it is submitted to the pejabat penilai (PermenPANRB 6/2022;
 * kinerja.md §1.2; plan "Submit rules"):
 * - at least one RHK utama (`rhk`); every RHK has an uraian and at least one indikator (`rhk[i].indikator`);
 * - non-JPT: every UTAMA RHK intervenes in an RHK of the SKP's pejabat penilai for the same year
 *   (`rhk[i].parentRhkId`, one of `rhkAtasanIds`); a tambahan RHK may have none; any parent given must be
 *   one of `rhkAtasanIds` (also for a JPT, whose parent is optional: it links to the Perjanjian Kinerja);
 * - JPT: every indikator has a perspektif (`…perspektif`);
 * - kuantitatif: every indikator has `targetAngka` > 0 and a `targetSatuan` — unless it is bound to a
 *   service metric, whose unit is used; kualitatif: every indikator has a `targetNarasi`;
 * - a metric binding is valid ({@link periksaMetrikIndikator}).
 * @returns every violation (empty = may be submitted), fields like `rhk[1].indikator[0].targetSatuan`
 */
export function periksaSkpUntukDiajukan(skp: RencanaSkp, rhkAtasanIds: Iterable<number>): GalatRencana[] {
  const atasan = new Set(rhkAtasanIds);
  const jpt = skp.jenisJabatan === 'JPT';
  const out: GalatRencana[] = [];
  if (!skp.rhk.some((r) => r.jenis === 'utama')) {
    out.push({ field: 'rhk', message: 'Tambahkan minimal satu Rencana Hasil Kerja (RHK) utama.' });
  }
  skp.rhk.forEach((r, i) => {
    const p = `rhk[${i}]`;
    if (kosong(r.uraian)) out.push({ field: `${p}.uraian`, message: 'Uraian RHK wajib diisi.' });
    if (r.parentRhkId != null) {
      if (!atasan.has(r.parentRhkId)) {
        out.push({ field: `${p}.parentRhkId`, message: 'RHK atasan yang dipilih bukan RHK pada SKP pejabat penilai Anda tahun ini.' });
      }
    } else if (!jpt && r.jenis === 'utama') {
      out.push({ field: `${p}.parentRhkId`, message: 'Pilih RHK atasan yang diintervensi oleh RHK utama ini.' });
    }
    if (r.indikator.length === 0) out.push({ field: `${p}.indikator`, message: 'Tambahkan minimal satu indikator kinerja individu.' });
    r.indikator.forEach((ind, j) => {
      const q = `${p}.indikator[${j}]`;
      if (kosong(ind.uraian)) out.push({ field: `${q}.uraian`, message: 'Uraian indikator wajib diisi.' });
      if (jpt && ind.perspektif == null) out.push({ field: `${q}.perspektif`, message: 'Pilih perspektif indikator (wajib untuk JPT).' });
      const metrik = periksaMetrikIndikator(ind, q);
      out.push(...metrik);
      const terikat = !kosong(ind.metrik) && metrik.length === 0;
      if (skp.pendekatan === 'kuantitatif') {
        if (ind.targetAngka == null || !Number.isFinite(ind.targetAngka) || ind.targetAngka <= 0) {
          out.push({ field: `${q}.targetAngka`, message: 'Target harus berupa angka lebih dari 0.' });
        }
        if (!terikat && kosong(ind.targetSatuan)) {
          out.push({ field: `${q}.targetSatuan`, message: 'Satuan target wajib diisi (mis. dokumen, %, bulan).' });
        }
      } else if (kosong(ind.targetNarasi)) {
        out.push({ field: `${q}.targetNarasi`, message: 'Uraikan target (ekspektasi) secara naratif.' });
      }
    });
  });
  return out;
}

// -------------------------------------------------------------------------------------- span

/**
 * The span of a new SKP (kinerja.md §1.2 Timing, §1.3 "after a mutasi"; plan "Mutasi/promosi"):
 * - `awal`: the first SKP of the year spans the whole year (1 January – 31 December);
 * - `lanjutan`: after a change of position the old SKP ends with the period containing `tanggal`
 *   (`lamaSelesai`) and the new one starts on the first day of the NEXT period — so the old penilai rates
 *   the period of the move, and the new one rates only after at least one full period (§1.3);
 * - `tidak_bisa`: no room for a new SKP — `periode_terakhir` (the move falls in the year's last period:
 *   make next year's SKP instead), `tahun_lewat` (the year is over), `belum_mulai` (the running SKP has not
 *   started yet: the year, or the SKP, begins after the period of the move).
 */
export type RentangSkp =
  | { jenis: 'awal'; mulai: string; selesai: string }
  | { jenis: 'lanjutan'; lamaSelesai: string; mulai: string; selesai: string; periodeKeMulai: number }
  | { jenis: 'tidak_bisa'; alasan: 'periode_terakhir' | 'tahun_lewat' | 'belum_mulai'; pesan: string };

/**
 * @param tanggal today, WIB 'YYYY-MM-DD'
 * @param jenisPeriode the year's period kind (bulanan | triwulanan | semesteran)
 * @param tahun the SKP year
 * @param berjalan the pegawai's running (aktif) SKP of that year, or null/undefined for the first one
 */
export function rentangSkpBaru(
  tanggal: string, jenisPeriode: JenisPeriode, tahun: number, berjalan?: { mulai: string } | null,
): RentangSkp {
  const awalTahun = `${tahun}-01-01`;
  const akhirTahun = `${tahun}-12-31`;
  if (!berjalan) return { jenis: 'awal', mulai: awalTahun, selesai: akhirTahun };
  if (tanggal < awalTahun) {
    return { jenis: 'tidak_bisa', alasan: 'belum_mulai', pesan: `SKP ${tahun} Anda belum mulai berlaku; perbarui SKP itu atau hubungi admin BKPSDM.` };
  }
  if (tanggal > akhirTahun) {
    return { jenis: 'tidak_bisa', alasan: 'tahun_lewat', pesan: `Tahun ${tahun} sudah berakhir; SKP baru untuk tahun itu tidak dapat dibuat.` };
  }
  const kini = periodePada(tanggal, jenisPeriode);
  const jumlah = 12 / kini.bulan;
  if (kini.ke >= jumlah) {
    return {
      jenis: 'tidak_bisa', alasan: 'periode_terakhir',
      pesan: `Perpindahan jabatan terjadi pada periode terakhir tahun ${tahun} (${kini.label}); SKP lama berlaku sampai akhir tahun. Susun SKP untuk tahun ${tahun + 1}.`,
    };
  }
  if (kini.selesai < berjalan.mulai) {
    return { jenis: 'tidak_bisa', alasan: 'belum_mulai', pesan: `SKP Anda yang berjalan baru mulai ${berjalan.mulai}; perbarui SKP itu atau hubungi admin BKPSDM.` };
  }
  const berikut = periodeKe(tahun, jenisPeriode, kini.ke + 1);
  return { jenis: 'lanjutan', lamaSelesai: kini.selesai, mulai: berikut.mulai, selesai: akhirTahun, periodeKeMulai: berikut.ke };
}
