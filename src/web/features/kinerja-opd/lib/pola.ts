import {
  LABEL_PREDIKAT_ORGANISASI, POLA_DISTRIBUSI, type JumlahPredikat, type PredikatOrganisasi,
} from '../../../../domain/kinerja/distribusi.ts';
import { LABEL_PREDIKAT, PREDIKAT, type Predikat } from '../../../../domain/kinerja/predikat.ts';

/**
 * Texts about the distribution pattern (pola distribusi) that a predikat kinerja organisasi implies —
 * PermenPANRB 6/2022 Lampiran p. 94; kinerja.md §1.7 "Distribution guidance". Generated from the domain's
 * {@link POLA_DISTRIBUSI}, so the words always say what the server checks. Predikat names stay the
 * official Indonesian terms in both languages (they are what the forms and SIASN print).
 */
export type Bahasa = 'id' | 'en';

const KATA = {
  id: {
    sebagianBesar: (p: string) => `sebagian besar pegawai ${p}`,
    maks: (p: string, n: number) => `${p} paling banyak ${n}%`,
    min: (p: string, n: number) => `${p} paling sedikit ${n}%`,
    dilarang: (p: string) => `tidak boleh ada ${p}`,
    wajibAda: (p: string) => `harus ada ${p}`,
    dan: ' dan/atau ',
  },
  en: {
    sebagianBesar: (p: string) => `most employees ${p}`,
    maks: (p: string, n: number) => `${p} at most ${n}%`,
    min: (p: string, n: number) => `${p} at least ${n}%`,
    dilarang: (p: string) => `no ${p} at all`,
    wajibAda: (p: string) => `there must be some ${p}`,
    dan: ' and/or ',
  },
} as const;

const kapital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The pattern of one organisation predikat in words, e.g. `ringkasPola('baik')` →
 * "Sebagian besar pegawai Baik (paling banyak 70%); harus ada Butuh Perbaikan dan/atau Kurang/Misconduct."
 * A maximum on the dominant predikat is folded into the dominance phrase ("… (paling banyak 70%)").
 * @param organisasi the unit's predikat kinerja organisasi
 * @param bahasa 'id' (default) or 'en'
 */
export function ringkasPola(organisasi: PredikatOrganisasi, bahasa: Bahasa = 'id'): string {
  const k = KATA[bahasa];
  const label = (ps: readonly Predikat[]) => ps.map((p) => LABEL_PREDIKAT[p]).join(k.dan);
  const aturan = POLA_DISTRIBUSI[organisasi];
  const dominan = aturan.find((a) => a.jenis === 'dominan');
  const bagian: string[] = [];
  for (const a of aturan) {
    if (a.jenis === 'dominan') {
      const maks = aturan.find((b) => b.jenis === 'maks' && b.p.length === 1 && b.p[0] === a.p);
      const batas = maks && maks.jenis === 'maks' ? ` (${bahasa === 'id' ? 'paling banyak' : 'at most'} ${maks.persen}%)` : '';
      bagian.push(k.sebagianBesar(LABEL_PREDIKAT[a.p]) + batas);
    } else if (a.jenis === 'maks') {
      if (dominan && dominan.jenis === 'dominan' && a.p.length === 1 && a.p[0] === dominan.p) continue; // folded above
      bagian.push(a.persen === 0 ? k.dilarang(label(a.p)) : k.maks(label(a.p), a.persen));
    } else if (a.jenis === 'min') {
      bagian.push(k.min(label(a.p), a.persen));
    } else {
      bagian.push(k.wajibAda(label(a.p)));
    }
  }
  return `${kapital(bagian.join('; '))}.`;
}

/**
 * The rule of the pattern for ONE employee predikat, for the "pola" column beside the counts, e.g. for
 * organisasi 'kurang': kurang → "≥ 60%", butuh_perbaikan → "≥ 10%", sangat_baik → "≤ 10%", baik → "" (allowed,
 * no limit). Group rules (e.g. "min 10% K/M dan/atau BP") are shown on each member with a "(bersama)" note.
 */
export function aturanUntuk(organisasi: PredikatOrganisasi, predikat: Predikat, bahasa: Bahasa = 'id'): string {
  const bersama = bahasa === 'id' ? 'bersama' : 'combined';
  const out: string[] = [];
  for (const a of POLA_DISTRIBUSI[organisasi]) {
    if (a.jenis === 'dominan') {
      if (a.p === predikat) out.push(bahasa === 'id' ? 'terbanyak' : 'most frequent');
      continue;
    }
    if (!a.p.includes(predikat)) continue;
    const grup = a.p.length > 1 ? ` (${bersama})` : '';
    if (a.jenis === 'maks') out.push(a.persen === 0 ? (bahasa === 'id' ? 'tidak boleh ada' : 'none allowed') : `≤ ${a.persen}%${grup}`);
    else if (a.jenis === 'min') out.push(`≥ ${a.persen}%${grup}`);
    else out.push((bahasa === 'id' ? 'wajib ada' : 'must exist') + grup);
  }
  return out.join(', ');
}

/** The organisation predikat options for a select, in the regulation's order (best first). */
export const opsiPredikatOrganisasi = () =>
  (Object.keys(LABEL_PREDIKAT_ORGANISASI) as PredikatOrganisasi[]).map((p) => ({ value: p, label: LABEL_PREDIKAT_ORGANISASI[p] }));

/** Total employees rated in a count object (missing predikat = 0). */
export const totalJumlah = (jumlah: JumlahPredikat) => PREDIKAT.reduce((s, p) => s + (jumlah[p] ?? 0), 0);

/**
 * Share of each predikat in percent with 1 decimal, computed from counts (0 when nobody is rated).
 * The shares are shown beside the counts; rounding may make them sum to 99.9–100.1.
 */
export function persenPredikat(jumlah: JumlahPredikat): Record<Predikat, number> {
  const n = totalJumlah(jumlah);
  const out = {} as Record<Predikat, number>;
  for (const p of PREDIKAT) out[p] = n === 0 ? 0 : Math.round(((jumlah[p] ?? 0) * 1000) / n) / 10;
  return out;
}

/**
 * Percent of `bagian` in `total` with 1 decimal, or null when total is 0 (shown as "—", never as 0%).
 * Used for "% dinilai" (rated employees among those with an SKP).
 */
export const persen = (bagian: number, total: number): number | null => (total > 0 ? Math.round((bagian * 1000) / total) / 10 : null);

/** Mantine colours per predikat (dark shades, AA contrast against white text and on white). */
export const WARNA_PREDIKAT: Record<Predikat, string> = {
  sangat_baik: 'green.8', baik: 'teal.7', butuh_perbaikan: 'yellow.8', kurang: 'orange.9', sangat_kurang: 'red.9',
};

/** Text colour of distribution warnings outside an Alert (a dark orange: 6.3:1 on white, WCAG AA). */
export const WARNA_PERINGATAN = '#a13508';
