import { LABEL_PREDIKAT, PREDIKAT, type Predikat } from './predikat.ts';

/**
 * Kurva / pola distribusi predikat pegawai against the predikat kinerja organisasi — PermenPANRB 6/2022
 * Lampiran (p. 94); kinerja.md §1.7. A GUIDELINE the pejabat penilai weighs, never a hard quota: this
 * module only produces warnings; the leader may keep an outlier with a recorded reason.
 */
export const PREDIKAT_ORGANISASI = ['istimewa', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'] as const;
export type PredikatOrganisasi = (typeof PREDIKAT_ORGANISASI)[number];

export const LABEL_PREDIKAT_ORGANISASI: Record<PredikatOrganisasi, string> = {
  istimewa: 'Istimewa',
  baik: 'Baik',
  butuh_perbaikan: 'Butuh Perbaikan',
  kurang: 'Kurang',
  sangat_kurang: 'Sangat Kurang',
};

export type JumlahPredikat = Partial<Record<Predikat, number>>;

export type KodePeringatan =
  | 'DOMINAN_BUKAN' // the pattern's dominant predikat is not the most frequent one
  | 'MELEBIHI_MAKS' // a predikat above its maximum share
  | 'KURANG_DARI_MIN' // a predikat (or group) below its minimum share
  | 'WAJIB_ADA' // the pattern needs at least one of a group, and there is none
  | 'DILARANG'; // a predikat the pattern does not allow at all

export type PeringatanDistribusi = {
  kode: KodePeringatan;
  /** The predikat (or group) the rule is about. */
  predikat: Predikat[];
  /** The rule's share in percent (max, min), when it has one. */
  batasPersen?: number;
  /** Actual share in percent, 1 decimal. */
  persen: number;
  pesan: string;
};

type Aturan =
  | { jenis: 'dominan'; p: Predikat }
  | { jenis: 'maks'; p: Predikat[]; persen: number }
  | { jenis: 'min'; p: Predikat[]; persen: number }
  | { jenis: 'wajib_ada'; p: Predikat[] };

/** The table of kinerja.md §1.7 "Distribution guidance", one row per organisation predikat. */
export const POLA_DISTRIBUSI: Record<PredikatOrganisasi, Aturan[]> = {
  istimewa: [{ jenis: 'dominan', p: 'sangat_baik' }, { jenis: 'maks', p: ['sangat_baik'], persen: 70 }],
  baik: [
    { jenis: 'dominan', p: 'baik' },
    { jenis: 'maks', p: ['baik'], persen: 70 },
    { jenis: 'wajib_ada', p: ['butuh_perbaikan', 'kurang'] },
  ],
  butuh_perbaikan: [{ jenis: 'min', p: ['butuh_perbaikan'], persen: 60 }, { jenis: 'maks', p: ['sangat_baik'], persen: 10 }],
  kurang: [
    { jenis: 'min', p: ['kurang'], persen: 60 },
    { jenis: 'min', p: ['butuh_perbaikan'], persen: 10 },
    { jenis: 'maks', p: ['sangat_baik'], persen: 10 },
  ],
  sangat_kurang: [
    { jenis: 'min', p: ['sangat_kurang'], persen: 60 },
    { jenis: 'min', p: ['kurang', 'butuh_perbaikan'], persen: 10 },
    { jenis: 'maks', p: ['sangat_baik'], persen: 0 },
  ],
};

const label = (ps: Predikat[]) => ps.map((p) => LABEL_PREDIKAT[p]).join(' dan/atau ');
const satuDesimal = (x: number) => Math.round(x * 10) / 10;
/** A share as Indonesian text: decimal comma ("93,3%"), as the UI shows numbers. */
const teksPersen = (x: number) => `${String(x).replace('.', ',')}%`;

/**
 * Checks the employees' predikat of one unit against the pattern its organisation predikat implies.
 * Shares are compared exactly in integers (count·100 vs limit·n), so 7 of 10 is exactly 70% (allowed
 * under "max 70%") and 6 of 10 exactly 60% (meets "min 60%").
 * @param jumlah employees per predikat (missing = 0)
 * @returns warnings, empty when the distribution fits (or when there is nobody to check)
 */
export function periksaDistribusi(organisasi: PredikatOrganisasi, jumlah: JumlahPredikat): PeringatanDistribusi[] {
  const n = PREDIKAT.reduce((s, p) => s + (jumlah[p] ?? 0), 0);
  if (n === 0) return [];
  const c = (ps: Predikat[]) => ps.reduce((s, p) => s + (jumlah[p] ?? 0), 0);
  const persen = (ps: Predikat[]) => satuDesimal((c(ps) * 100) / n);
  const out: PeringatanDistribusi[] = [];
  for (const a of POLA_DISTRIBUSI[organisasi]) {
    if (a.jenis === 'dominan') {
      const terbanyak = Math.max(...PREDIKAT.map((p) => jumlah[p] ?? 0));
      if ((jumlah[a.p] ?? 0) < terbanyak) {
        out.push({
          kode: 'DOMINAN_BUKAN', predikat: [a.p], persen: persen([a.p]),
          pesan: `Predikat organisasi ${LABEL_PREDIKAT_ORGANISASI[organisasi]}: sebagian besar pegawai semestinya ${LABEL_PREDIKAT[a.p]}.`,
        });
      }
    } else if (a.jenis === 'maks') {
      if (c(a.p) * 100 > a.persen * n) {
        out.push({
          kode: a.persen === 0 ? 'DILARANG' : 'MELEBIHI_MAKS', predikat: a.p, batasPersen: a.persen, persen: persen(a.p),
          pesan: a.persen === 0
            ? `Predikat organisasi ${LABEL_PREDIKAT_ORGANISASI[organisasi]}: tidak boleh ada pegawai ${label(a.p)}.`
            : `${label(a.p)} ${teksPersen(persen(a.p))} melebihi batas ${a.persen}% untuk predikat organisasi ${LABEL_PREDIKAT_ORGANISASI[organisasi]}.`,
        });
      }
    } else if (a.jenis === 'min') {
      if (c(a.p) * 100 < a.persen * n) {
        out.push({
          kode: 'KURANG_DARI_MIN', predikat: a.p, batasPersen: a.persen, persen: persen(a.p),
          pesan: `${label(a.p)} ${teksPersen(persen(a.p))} di bawah minimal ${a.persen}% untuk predikat organisasi ${LABEL_PREDIKAT_ORGANISASI[organisasi]}.`,
        });
      }
    } else if (c(a.p) === 0) {
      out.push({
        kode: 'WAJIB_ADA', predikat: a.p, persen: 0,
        pesan: `Predikat organisasi ${LABEL_PREDIKAT_ORGANISASI[organisasi]}: semestinya ada pegawai ${label(a.p)}.`,
      });
    }
  }
  return out;
}
