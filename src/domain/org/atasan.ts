/**
 * Reporting line (garis atasan) rules: who may become a pegawai's atasan without breaking the line.
 * Spec: /work/shared/domain/kinerja.md §1.3 (the appraiser is the direct superior; "build this as
 * configurable: the structural superior by default, with overrides allowed") and §5.5 (the jabatan
 * hierarchy defines the pejabat penilai).
 *
 * The effective atasan of a pegawai is the override when one is set, otherwise the holder of the
 * jabatan above theirs. An override must keep the line a forest (every chain ends at a top pegawai):
 * nobody may be their own atasan, directly or through a chain of bawahan.
 *
 * Pure: no I/O. The caller passes the current effective atasan of the people involved.
 */

/** Why a proposed atasan is refused. */
export type AtasanErrorCode = 'DIRI_SENDIRI' | 'SIKLUS';

/** Result of {@link periksaAtasanBaru}. */
export type PeriksaAtasanResult =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly code: AtasanErrorCode;
      /**
       * For `SIKLUS`: the chain that would close the loop, starting at the proposed atasan and ending at
       * the pegawai (ids), e.g. `[kasi, kabid, pegawai]` means kasi → kabid → pegawai → kasi.
       * For `DIRI_SENDIRI`: `[pegawaiId]`.
       */
      readonly jalur: readonly number[];
    };

/**
 * Checks whether `atasanId` may become the atasan (override) of `pegawaiId`.
 *
 * Walks up from the proposed atasan along the *current* effective atasan (`atasanEfektif`: pegawai id →
 * atasan id or null/absent for a top pegawai). If the walk reaches `pegawaiId`, the new link would close a
 * loop (the proposed atasan is a direct or indirect bawahan of the pegawai) and the change is refused.
 * The pegawai's own current atasan is irrelevant (it is being replaced), so the walk never follows it.
 * A loop that already exists elsewhere (bad data) does not involve this pegawai and is not reported:
 * the walk stops when it sees an id twice.
 *
 * `atasanId = null` (clear the override) is always allowed here; the jabatan hierarchy is not checked.
 *
 * @param input.pegawaiId      the pegawai whose atasan changes
 * @param input.atasanId       the proposed atasan, or null to clear
 * @param input.atasanEfektif  current effective atasan per pegawai id (only the chain above `atasanId` is read)
 * @returns `{ ok: true }` or `{ ok: false, code, jalur }`
 * @example
 * // kepala(1) ← kabid(2) ← kasi(3): making kasi the atasan of kepala would loop.
 * periksaAtasanBaru({ pegawaiId: 1, atasanId: 3, atasanEfektif: new Map([[2, 1], [3, 2]]) })
 *   → { ok: false, code: 'SIKLUS', jalur: [3, 2, 1] }
 */
export function periksaAtasanBaru(input: {
  pegawaiId: number;
  atasanId: number | null;
  atasanEfektif: ReadonlyMap<number, number | null>;
}): PeriksaAtasanResult {
  const { pegawaiId, atasanId, atasanEfektif } = input;
  if (atasanId === null) return { ok: true };
  if (atasanId === pegawaiId) return { ok: false, code: 'DIRI_SENDIRI', jalur: [pegawaiId] };
  const jalur: number[] = [];
  const dilihat = new Set<number>();
  let kini: number | null | undefined = atasanId;
  while (kini != null && !dilihat.has(kini)) {
    jalur.push(kini);
    if (kini === pegawaiId) return { ok: false, code: 'SIKLUS', jalur };
    dilihat.add(kini);
    kini = atasanEfektif.get(kini);
  }
  return { ok: true };
}

/**
 * Formats a pegawai's name with academic titles as it is written on official documents:
 * `gelar depan` + nama + `, gelar belakang` (e.g. `dr. Siti Aisyah Lubis, M.Kes.`).
 * Empty or blank titles are left out.
 *
 * @example namaDenganGelar({ nama: 'Ahmad Siregar', gelarDepan: 'Drs.', gelarBelakang: 'M.Si.' }) === 'Drs. Ahmad Siregar, M.Si.'
 */
export function namaDenganGelar(p: { nama: string; gelarDepan?: string | null; gelarBelakang?: string | null }): string {
  const depan = p.gelarDepan?.trim();
  const belakang = p.gelarBelakang?.trim();
  return `${depan ? depan + ' ' : ''}${p.nama.trim()}${belakang ? ', ' + belakang : ''}`;
}
