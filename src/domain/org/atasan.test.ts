import { describe, expect, it } from 'vitest';
import { namaDenganGelar, periksaAtasanBaru } from './atasan.ts';

// Line used below: sekda(1) ← kadis(2) ← kabid(3) ← kasi(4) ← staf(5); kadisB(6) ← sekda(1); loop 7 ⇄ 8 (bad data).
const garis = new Map<number, number | null>([
  [1, null], [2, 1], [3, 2], [4, 3], [5, 4], [6, 1], [7, 8], [8, 7],
]);

describe(periksaAtasanBaru.name, () => {
  it.each([
    { kasus: 'clearing the override', pegawaiId: 3, atasanId: null },
    { kasus: 'the structural superior', pegawaiId: 5, atasanId: 4 },
    { kasus: 'a peer in another OPD', pegawaiId: 3, atasanId: 6 },
    { kasus: 'moving up a level (skip the kasi)', pegawaiId: 5, atasanId: 3 },
    { kasus: 'an atasan whose own atasan is unknown', pegawaiId: 1, atasanId: 99 },
    { kasus: 'an atasan inside an unrelated loop', pegawaiId: 5, atasanId: 7 },
    { kasus: 'the pegawai’s current bawahan’s peer', pegawaiId: 4, atasanId: 6 },
  ])('should allow $kasus', ({ pegawaiId, atasanId }) => {
    expect(periksaAtasanBaru({ pegawaiId, atasanId, atasanEfektif: garis })).toEqual({ ok: true });
  });

  it('should refuse the pegawai as their own atasan', () => {
    expect(periksaAtasanBaru({ pegawaiId: 3, atasanId: 3, atasanEfektif: garis })).toEqual({ ok: false, code: 'DIRI_SENDIRI', jalur: [3] });
  });

  it.each([
    { kasus: 'a direct bawahan', pegawaiId: 4, atasanId: 5, jalur: [5, 4] },
    { kasus: 'an indirect bawahan two levels down', pegawaiId: 3, atasanId: 5, jalur: [5, 4, 3] },
    { kasus: 'the deepest bawahan of the top pegawai', pegawaiId: 1, atasanId: 5, jalur: [5, 4, 3, 2, 1] },
    { kasus: 'a bawahan in a sibling branch under the pegawai', pegawaiId: 1, atasanId: 6, jalur: [6, 1] },
  ])('should refuse $kasus with the loop path', ({ pegawaiId, atasanId, jalur }) => {
    expect(periksaAtasanBaru({ pegawaiId, atasanId, atasanEfektif: garis })).toEqual({ ok: false, code: 'SIKLUS', jalur });
  });

  it('should ignore the pegawai’s own current atasan when walking up', () => {
    // 2's atasan is 1; choosing 3 (2's bawahan) loops through 2 regardless of 2's current atasan.
    const r = periksaAtasanBaru({ pegawaiId: 2, atasanId: 3, atasanEfektif: garis });
    expect(r).toEqual({ ok: false, code: 'SIKLUS', jalur: [3, 2] });
  });

  it('should treat a pegawai missing from the map as a top pegawai', () => {
    expect(periksaAtasanBaru({ pegawaiId: 2, atasanId: 42, atasanEfektif: new Map() })).toEqual({ ok: true });
  });
});

describe(namaDenganGelar.name, () => {
  it.each([
    [{ nama: 'Ahmad Siregar', gelarDepan: 'Drs.', gelarBelakang: 'M.Si.' }, 'Drs. Ahmad Siregar, M.Si.'],
    [{ nama: 'Siti Aisyah Lubis', gelarDepan: 'dr.', gelarBelakang: null }, 'dr. Siti Aisyah Lubis'],
    [{ nama: 'Rina Nasution', gelarBelakang: 'S.E., M.M.' }, 'Rina Nasution, S.E., M.M.'],
    [{ nama: ' Budi ', gelarDepan: ' ', gelarBelakang: '' }, 'Budi'],
  ])('should format %j as %s', (p, expected) => {
    expect(namaDenganGelar(p)).toBe(expected);
  });
});
