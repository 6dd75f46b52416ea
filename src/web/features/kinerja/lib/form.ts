import type { IndikatorInput, RhkInput, SkpDetail, UbahSkpBody } from '../../../../contracts/kinerja-skp.ts';
import { cariMetrik, type LingkupMetrik } from '../../../../domain/kinerja/metrik.ts';
import type { Aspek, JenisJabatan, JenisRhk, Pendekatan, PerspektifJpt } from '../../../../domain/kinerja/skp.ts';

/**
 * The SKP editor's form state and its mapping to and from the API (PUT /kinerja/skp/:id, contract
 * `UbahSkpBody`). Pure functions, so the mapping is tested without a browser.
 *
 * The RHK list is ONE array kept in the order the API uses — every utama first, then every tambahan
 * ("Utama first, then tambahan; in the order saved") — so the index of an RHK in the form is its index
 * in the body, and a server field error `rhk[3].indikator[0].targetSatuan` lands on the right input.
 * Numbers are held as typed text (Indonesian decimal comma allowed) and parsed when the body is made.
 */

export type IndikatorForm = {
  /** Stable React key (new rows have no id yet). */
  kunci: string;
  id?: number;
  aspek: Aspek;
  uraian: string;
  /** As typed: "12", "12,5", "" (empty = no target yet). */
  targetAngka: string;
  targetSatuan: string;
  targetNarasi: string;
  perspektif: PerspektifJpt | null;
  /** Bound service metric code, or null = the pegawai types the realisasi. */
  metrik: string | null;
  metrikLingkup: LingkupMetrik | null;
  metrikRefId: number | null;
};

export type RhkForm = {
  kunci: string;
  id?: number;
  jenis: JenisRhk;
  uraian: string;
  /** RHK of the pejabat penilai this one intervenes in (cascade). */
  parentRhkId: number | null;
  /** JPT: the Perjanjian Kinerja / Renstra / RPJMD target it comes from. */
  sumberPk: string;
  indikator: IndikatorForm[];
};

export type SkpForm = { pendekatan: Pendekatan; rhk: RhkForm[] };

let urut = 0;
/** A fresh key for a new row (unique within the page's life). */
export const kunciBaru = (awalan: string) => `${awalan}-baru-${++urut}`;

const teks = (s: string | null | undefined) => s ?? '';

/**
 * The typed target as a number, read the way people write numbers in the UI language: Indonesian "1.000"
 * = 1000 and "12,5" = 12.5; English "1,000" = 1000 and "12.5" = 12.5. A lone other separator followed by
 * other than three digits is taken as the decimal point ("12.5" in Indonesian = 12.5). "" → null; anything
 * else (letters, "%", a minus sign) → NaN.
 */
export function angkaDariTeks(s: string, lang = 'id'): number | null {
  const t = s.trim().replace(/\s/g, '');
  if (t === '') return null;
  const en = lang.startsWith('en');
  const ribuan = en ? ',' : '.';
  const pola = en ? /^\d{1,3}(,\d{3})+(\.\d+)?$/ : /^\d{1,3}(\.\d{3})+(,\d+)?$/;
  const u = pola.test(t) ? t.split(ribuan).join('') : t;
  if (!/^\d+([.,]\d+)?$/.test(u)) return Number.NaN;
  return Number(u.replace(',', '.'));
}

/** A number from the API back as text for the input, with the decimal comma in Indonesian ("12,5"). */
export function teksDariAngka(n: number | null, lang = 'id'): string {
  if (n == null) return '';
  const s = String(n);
  return lang.startsWith('id') ? s.replace('.', ',') : s;
}

/** A new, empty indikator row; `aspek` defaults to kuantitas (the first row of the regulation's example). */
export function indikatorBaru(aspek: Aspek = 'kuantitas'): IndikatorForm {
  return {
    kunci: kunciBaru('ind'), aspek, uraian: '', targetAngka: '', targetSatuan: '', targetNarasi: '',
    perspektif: null, metrik: null, metrikLingkup: null, metrikRefId: null,
  };
}

/** A new RHK with one empty indikator row. */
export function rhkBaru(jenis: JenisRhk): RhkForm {
  return { kunci: kunciBaru('rhk'), jenis, uraian: '', parentRhkId: null, sumberPk: '', indikator: [indikatorBaru()] };
}

/** The form of a loaded SKP (utama first, then tambahan, each in the saved order). */
export function formDariSkp(d: Pick<SkpDetail, 'pendekatan' | 'rhk'>, lang = 'id'): SkpForm {
  const urutJenis = (j: JenisRhk) => (j === 'utama' ? 0 : 1);
  const rhk = d.rhk
    .map((r, i) => ({ r, i }))
    .sort((a, b) => urutJenis(a.r.jenis) - urutJenis(b.r.jenis) || a.i - b.i)
    .map(({ r }): RhkForm => ({
      kunci: `rhk-${r.id}`, id: r.id, jenis: r.jenis, uraian: r.uraian, parentRhkId: r.parentRhkId, sumberPk: teks(r.sumberPk),
      indikator: r.indikator.map((x): IndikatorForm => ({
        kunci: `ind-${x.id}`, id: x.id, aspek: x.aspek, uraian: x.uraian,
        targetAngka: teksDariAngka(x.targetAngka, lang), targetSatuan: teks(x.targetSatuan), targetNarasi: teks(x.targetNarasi),
        perspektif: x.perspektif, metrik: x.metrik, metrikLingkup: x.metrikLingkup, metrikRefId: x.metrikRefId,
      })),
    }));
  return { pendekatan: d.pendekatan, rhk };
}

const atauNull = (s: string) => (s.trim() === '' ? null : s.trim());

/**
 * The PUT body of a form. Only what the chosen pendekatan uses is sent (kuantitatif: angka + satuan;
 * kualitatif: narasi), the perspektif and sumber PK only for a JPT, the unit/lokasi id only for lingkup
 * unit/lokasi. A bound metric sends its own satuan (the figure is the system's, in the metric's unit).
 * Call {@link periksaForm} first: an unparseable number is sent as null here.
 */
export function bodyDariForm(f: SkpForm, revisi: number, jenisJabatan: JenisJabatan, lang = 'id'): UbahSkpBody {
  const jpt = jenisJabatan === 'JPT';
  const kuantitatif = f.pendekatan === 'kuantitatif';
  return {
    revisi,
    pendekatan: f.pendekatan,
    rhk: urutkanJenis(f.rhk).map((r): RhkInput => ({
      ...(r.id ? { id: r.id } : {}),
      jenis: r.jenis,
      uraian: r.uraian.trim(),
      parentRhkId: r.parentRhkId,
      sumberPk: jpt ? atauNull(r.sumberPk) : null,
      indikator: r.indikator.map((x): IndikatorInput => {
        const m = x.metrik ? cariMetrik(x.metrik) : undefined;
        const lingkup = x.metrik ? (x.metrikLingkup ?? (m?.lingkup.length === 1 ? m.lingkup[0]! : null)) : null;
        const angka = angkaDariTeks(x.targetAngka, lang);
        return {
          ...(x.id ? { id: x.id } : {}),
          aspek: x.aspek,
          uraian: x.uraian.trim(),
          targetAngka: kuantitatif && angka != null && Number.isFinite(angka) ? angka : null,
          targetSatuan: kuantitatif ? (m ? m.satuan : atauNull(x.targetSatuan)) : null,
          targetNarasi: kuantitatif ? null : atauNull(x.targetNarasi),
          perspektif: jpt ? x.perspektif : null,
          metrik: x.metrik,
          metrikLingkup: lingkup,
          metrikRefId: lingkup === 'unit' || lingkup === 'lokasi' ? x.metrikRefId : null,
        };
      }),
    })),
  };
}

/** Utama first, then tambahan, each keeping its relative order (the order the API stores and answers). */
export function urutkanJenis(rhk: readonly RhkForm[]): RhkForm[] {
  return [...rhk.filter((r) => r.jenis === 'utama'), ...rhk.filter((r) => r.jenis === 'tambahan')];
}

/**
 * Checks the form can be sent at all (the API checks the rules): a target that is not a number. Keys as
 * the API names fields (`rhk[0].indikator[1].targetAngka`); messages in the caller's words via `pesan`.
 */
export function periksaForm(f: SkpForm, pesan: { angka: string }, lang = 'id'): Record<string, string> {
  const out: Record<string, string> = {};
  if (f.pendekatan !== 'kuantitatif') return out;
  f.rhk.forEach((r, i) => r.indikator.forEach((x, j) => {
    const n = angkaDariTeks(x.targetAngka, lang);
    if (n != null && !Number.isFinite(n)) out[`rhk[${i}].indikator[${j}].targetAngka`] = pesan.angka;
  }));
  return out;
}

/** Adds an RHK at the end of its group (a new utama goes after the last utama, before the tambahan). */
export function tambahRhk(f: SkpForm, jenis: JenisRhk): SkpForm {
  return { ...f, rhk: urutkanJenis([...f.rhk, rhkBaru(jenis)]) };
}

export function hapusRhk(f: SkpForm, kunci: string): SkpForm {
  return { ...f, rhk: f.rhk.filter((r) => r.kunci !== kunci) };
}

/**
 * Moves an RHK one place up (-1) or down (+1) within its own group (utama or tambahan); at the edge of the
 * group nothing changes.
 */
export function pindahRhk(f: SkpForm, kunci: string, arah: -1 | 1): SkpForm {
  const i = f.rhk.findIndex((r) => r.kunci === kunci);
  const j = i + arah;
  if (i < 0 || j < 0 || j >= f.rhk.length || f.rhk[j]!.jenis !== f.rhk[i]!.jenis) return f;
  const rhk = [...f.rhk];
  [rhk[i], rhk[j]] = [rhk[j]!, rhk[i]!];
  return { ...f, rhk };
}

/** Replaces one RHK (by key) with `ubah(rhk)`. */
export function ubahRhk(f: SkpForm, kunci: string, ubah: (r: RhkForm) => RhkForm): SkpForm {
  return { ...f, rhk: f.rhk.map((r) => (r.kunci === kunci ? ubah(r) : r)) };
}

/**
 * Binds an indikator to a metric (or unbinds with null): the aspek and satuan follow the metric, and the
 * lingkup is preset when the metric has only one ("saya sendiri" for tickets served).
 */
export function ikatMetrik(x: IndikatorForm, kode: string | null): IndikatorForm {
  if (!kode) return { ...x, metrik: null, metrikLingkup: null, metrikRefId: null };
  const m = cariMetrik(kode);
  if (!m) return { ...x, metrik: kode, metrikLingkup: null, metrikRefId: null };
  const lingkup = x.metrikLingkup && m.lingkup.includes(x.metrikLingkup) ? x.metrikLingkup : m.lingkup.length === 1 ? m.lingkup[0]! : null;
  return {
    ...x, metrik: m.kode, aspek: m.aspek, targetSatuan: m.satuan, metrikLingkup: lingkup,
    metrikRefId: lingkup === x.metrikLingkup ? x.metrikRefId : null,
  };
}

/**
 * Every field path the editor shows next to an input (so errors of other paths — `rhk`, `pendekatan`, a
 * removed row — are listed at the top instead of being lost).
 */
export function fieldTampil(f: SkpForm): Set<string> {
  const out = new Set<string>(['pendekatan']);
  f.rhk.forEach((r, i) => {
    for (const k of ['uraian', 'parentRhkId', 'sumberPk', 'indikator', 'jenis']) out.add(`rhk[${i}].${k}`);
    r.indikator.forEach((_, j) => {
      for (const k of ['aspek', 'uraian', 'targetAngka', 'targetSatuan', 'targetNarasi', 'perspektif', 'metrik', 'metrikLingkup', 'metrikRefId']) {
        out.add(`rhk[${i}].indikator[${j}].${k}`);
      }
    });
  });
  return out;
}
