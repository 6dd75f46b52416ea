import { describe, expect, it } from 'vitest';
import { urutkanAntrean, type KandidatTiket } from './urutan.ts';

const NOW = new Date('2026-12-01T02:00:00Z'); // 09:00 WIB
const menit = (m: number) => new Date(NOW.getTime() + m * 60_000);

/** A ticket: `r3` regular arrived at minute −30+3, `p2` priority, `o5@-60` online whose session started 60 min ago. */
function t(id: number, jenis: 'r' | 'p' | 'o' | 'op', datangMenit: number, extra: Partial<KandidatTiket> = {}): KandidatTiket {
  return {
    id,
    layananId: 1,
    kanal: jenis.startsWith('o') ? 'online' : 'walkin',
    prioritas: jenis === 'p' || jenis === 'op',
    sesiMulai: jenis.startsWith('o') ? menit(-60) : null,
    antriPada: menit(datangMenit),
    loketTujuanId: null,
    ...extra,
  };
}
const ids = (k: KandidatTiket[]) => k.map((x) => x.id);
const urut = (k: KandidatTiket[], regulerSejakPrioritas = 0, rasioPrioritas = 3, loketId?: number) =>
  ids(urutkanAntrean(k, { now: NOW, rasioPrioritas, regulerSejakPrioritas, loketId }));

describe(urutkanAntrean.name, () => {
  it.each([
    ['arrival order for regular tickets', [t(1, 'r', -5), t(2, 'r', -20), t(3, 'r', -10)], 0, [2, 3, 1]],
    ['ties by id', [t(9, 'r', -5), t(4, 'r', -5)], 0, [4, 9]],
    ['1 priority after every 3 regular', [t(1, 'r', -50), t(2, 'r', -40), t(3, 'r', -30), t(4, 'r', -20), t(5, 'p', -10), t(6, 'p', -5)], 0, [1, 2, 3, 5, 4, 6]],
    ['continue the rhythm across calls (2 regular already)', [t(1, 'r', -50), t(2, 'r', -40), t(5, 'p', -10)], 2, [1, 5, 2]],
    ['priority first when 3 regular were already called', [t(1, 'r', -50), t(5, 'p', -10)], 3, [5, 1]],
    ['priority first when more than the ratio were called', [t(1, 'r', -50), t(5, 'p', -10)], 7, [5, 1]],
    ['no priority waiting → regular', [t(1, 'r', -50), t(2, 'r', -40)], 9, [1, 2]],
    ['only priority waiting → priority', [t(5, 'p', -10), t(6, 'p', -20)], 0, [6, 5]],
    ['empty line', [], 0, []],
  ] as const)('should keep %s', (_n, kandidat, sejak, harapan) => {
    expect(urut([...kandidat], sejak)).toEqual(harapan);
  });

  it('should put started appointments first, by session start then arrival', () => {
    const a = t(10, 'o', -1, { sesiMulai: menit(-30) });
    const b = t(11, 'o', -40, { sesiMulai: menit(-60) });
    const c = t(12, 'o', -50, { sesiMulai: menit(-30) });
    expect(urut([t(1, 'r', -100), a, b, c])).toEqual([11, 12, 10, 1]);
  });

  it('should treat an appointment whose session has not started as an ordinary arrival', () => {
    const awal = t(10, 'o', -15, { sesiMulai: menit(+60) });
    expect(urut([t(1, 'r', -20), awal, t(2, 'r', -10)])).toEqual([1, 10, 2]);
  });

  it('should count the session start itself as started (sesiMulai = now)', () => {
    expect(urut([t(1, 'r', -20), t(10, 'o', -1, { sesiMulai: NOW })])).toEqual([10, 1]);
  });

  it('should let appointments advance the priority rhythm', () => {
    // 2 appointments + 1 regular = 3 regular calls, then the priority ticket
    expect(urut([t(1, 'r', -50), t(2, 'r', -45), t(5, 'p', -40), t(10, 'o', -1), t(11, 'o', -2)])).toEqual([11, 10, 1, 5, 2]);
    // a priority appointment resets it
    expect(urut([t(1, 'r', -50), t(5, 'p', -40), t(10, 'op', -1)], 3)).toEqual([10, 1, 5]);
  });

  it('should call tickets directed at this loket first and hide those of other loket', () => {
    const saya = t(20, 'r', -1, { loketTujuanId: 7 });
    const lain = t(21, 'r', -90, { loketTujuanId: 8 });
    expect(urut([t(1, 'r', -50), t(10, 'o', -5), saya, lain], 0, 3, 7)).toEqual([20, 10, 1]);
  });

  it('should leave filtering to the caller when no loketId is given', () => {
    expect(urut([t(1, 'r', -50), t(20, 'r', -1, { loketTujuanId: 8 })])).toEqual([20, 1]);
  });

  it('should interleave a long line fairly with ratio 2', () => {
    const line = [1, 2, 3, 4, 5, 6].map((i) => t(i, 'r', -100 + i)).concat([t(7, 'p', -10), t(8, 'p', -9), t(9, 'p', -8)]);
    expect(urut(line, 0, 2)).toEqual([1, 2, 7, 3, 4, 8, 5, 6, 9]);
  });

  it('should not modify its input', () => {
    const k = [t(2, 'r', -1), t(1, 'r', -2)];
    urut(k);
    expect(ids(k)).toEqual([2, 1]);
  });
});
