import { describe, expect, it } from 'vitest';
import { JAM_KERJA_ASN, waktuWib, type Kalender } from '../shared/hari-kerja.ts';
import type { JangkaWaktu } from './standar.ts';
import {
  ambangSegeraMenit, anggaranMenit, awalHitungan, batasSegera, hitungJatuhTempo, hitungSla, jatuhTempoHariKerja, jedaSla,
  lanjutkanSla, menitSehari, mulaiSla, rentangKalender, teksDurasiKerja, tepatWaktu,
} from './sla.ts';

/** SKB 3 Menteri 2026/2027 excerpts: Natal + cuti bersama 24–25 Dec 2026, Tahun Baru 1 Jan 2027. */
const kal: Kalender = { libur: new Set(['2026-12-24', '2026-12-25', '2027-01-01']), jadwal: JAM_KERJA_ASN };
/** 'YYYY-MM-DD HH:MM' WIB → instant. */
const w = (s: string) => waktuWib(s.slice(0, 10), s.slice(11, 16));
const hk = (nilai: number): JangkaWaktu => ({ nilai, satuan: 'hari_kerja' });
const menit = (nilai: number): JangkaWaktu => ({ nilai, satuan: 'menit' });
const jam = (nilai: number): JangkaWaktu => ({ nilai, satuan: 'jam' });

describe(awalHitungan.name, () => {
  it.each([
    ['2026-11-30 10:00', '2026-11-30 10:00', 'inside the morning interval'],
    ['2026-11-30 07:30', '2026-11-30 07:30', 'at opening'],
    ['2026-11-30 06:00', '2026-11-30 07:30', 'before opening'],
    ['2026-11-30 12:30', '2026-11-30 13:00', 'in the lunch break'],
    ['2026-11-30 16:00', '2026-12-01 07:30', 'exactly at closing'],
    ['2026-11-30 20:00', '2026-12-01 07:30', 'at night'],
    ['2026-12-04 11:45', '2026-12-04 13:00', 'Friday prayer break (11:30–13:00)'],
    ['2026-12-05 09:00', '2026-12-07 07:30', 'Saturday'],
    ['2026-12-23 17:00', '2026-12-28 07:30', 'evening before Natal + cuti bersama + weekend'],
  ])('should start %s at %s (%s)', (masuk, keluar) => {
    expect(awalHitungan(w(masuk), kal)).toEqual(w(keluar));
  });
});

describe('hitungJatuhTempo without pauses', () => {
  it.each([
    [hk(3), '2026-11-30 10:00', '2026-12-03 10:00', 'same clock time 3 working days later'],
    [hk(1), '2026-12-04 14:00', '2026-12-07 14:00', 'Friday → Monday over the weekend'],
    [hk(1), '2026-12-23 10:00', '2026-12-28 10:00', 'over Natal, cuti bersama and the weekend'],
    [hk(1), '2026-12-31 15:00', '2027-01-04 15:00', 'over Tahun Baru and the weekend'],
    [hk(3), '2026-11-30 20:00', '2026-12-04 07:30', 'night submission counts from Tuesday 07:30'],
    [hk(1), '2026-12-05 09:00', '2026-12-08 07:30', 'Saturday submission counts from Monday 07:30'],
    [hk(1), '2026-11-30 12:30', '2026-12-01 13:00', 'lunch-break submission counts from 13:00'],
    [menit(60), '2026-11-30 11:30', '2026-11-30 13:30', 'the lunch break does not count'],
    [jam(2), '2026-12-04 15:30', '2026-12-07 08:30', 'Friday ends 16:30; the rest on Monday'],
    [menit(30), '2026-12-23 15:45', '2026-12-28 07:45', '15 minutes before the holidays, 15 after'],
    [menit(90), '2026-12-04 11:00', '2026-12-04 14:00', 'Friday prayer break 11:30–13:00'],
    [menit(30), '2026-11-30 21:00', '2026-12-01 08:00', 'night submission, minutes from opening'],
  ])('%j from %s → %s (%s)', (j, awal, due) => {
    expect(mulaiSla(j, w(awal), kal).jatuhTempo).toEqual(w(due));
  });

  it('should keep seconds of the start for hari kerja', () => {
    const awal = new Date(w('2026-11-30 10:00').getTime() + 42_000);
    expect(jatuhTempoHariKerja(awal, 2, kal).getTime() - w('2026-12-02 10:00').getTime()).toBe(42_000);
  });
});

describe('pauses (perlu perbaikan)', () => {
  it('should extend the due date by the paused working minutes (3 hari kerja, paused 2 working days)', () => {
    const j = hk(3);
    const a = mulaiSla(j, w('2026-11-30 10:00'), kal);
    const jeda = jedaSla(a, w('2026-12-01 10:00'), kal);
    expect(jeda.terpakaiMenit).toBe(450);
    expect(jeda.jatuhTempo).toBeNull();
    const lanjut = lanjutkanSla(j, jeda, w('2026-12-03 10:00'), kal);
    expect(lanjut.jedaMulai).toBeNull();
    expect(lanjut.jatuhTempo).toEqual(w('2026-12-07 10:00'));
  });

  it('should not count a pause that spans a weekend beyond its working minutes', () => {
    const j = hk(1);
    const a = mulaiSla(j, w('2026-12-04 10:00'), kal);
    expect(a.jatuhTempo).toEqual(w('2026-12-07 10:00'));
    const jeda = jedaSla(a, w('2026-12-04 15:00'), kal);
    expect(jeda.terpakaiMenit).toBe(90 + 120);
    // Paused Friday 15:00 → Monday 07:30: only Friday 15:00–16:30 (90 working minutes) counts.
    expect(lanjutkanSla(j, jeda, w('2026-12-07 07:30'), kal).jatuhTempo).toEqual(w('2026-12-07 11:30'));
  });

  it('should leave the due date unchanged when the pause held no working time (overnight)', () => {
    const j = hk(3);
    const a = mulaiSla(j, w('2026-11-30 10:00'), kal);
    const jeda = jedaSla(a, w('2026-11-30 17:00'), kal);
    expect(lanjutkanSla(j, jeda, w('2026-12-01 07:00'), kal).jatuhTempo).toEqual(w('2026-12-03 10:00'));
  });

  it('should resume minute budgets with what is left, across holidays', () => {
    const j = menit(120);
    const a = mulaiSla(j, w('2026-12-23 15:00'), kal);
    const jeda = jedaSla(a, w('2026-12-23 15:30'), kal);
    expect(jeda.terpakaiMenit).toBe(30);
    expect(lanjutkanSla(j, jeda, w('2026-12-23 19:00'), kal).jatuhTempo).toEqual(w('2026-12-28 09:00')); // 90 left from Monday 07:30
  });

  it('should add up several pauses', () => {
    const j = hk(2);
    let k: ReturnType<typeof jedaSla> = mulaiSla(j, w('2026-11-30 08:00'), kal); // due Wed 2 Dec 08:00
    k = jedaSla(k, w('2026-11-30 09:00'), kal); // used 60
    k = lanjutkanSla(j, k, w('2026-11-30 10:00'), kal); // paused 60
    k = jedaSla(k, w('2026-11-30 11:00'), kal); // used 120
    k = lanjutkanSla(j, k, w('2026-11-30 14:00'), kal); // paused 11:00–12:00 + 13:00–14:00 = 120
    expect(k.terpakaiMenit).toBe(120);
    expect(k.jatuhTempo).toEqual(w('2026-12-02 11:00'));
  });

  it('should keep an overdue case overdue after a late pause and resume', () => {
    const j = hk(1);
    let k: ReturnType<typeof jedaSla> = mulaiSla(j, w('2026-11-30 08:00'), kal); // due Tue 08:00
    k = jedaSla(k, w('2026-12-01 09:00'), kal); // 60 working minutes late already
    k = lanjutkanSla(j, k, w('2026-12-02 08:00'), kal);
    expect(k.jatuhTempo!.getTime()).toBeLessThan(w('2026-12-02 08:00').getTime());
    // 60 working minutes over budget when paused → due 60 working minutes before the resume (Wed 08:00) = Tue 15:30
    expect(k.jatuhTempo).toEqual(w('2026-12-01 15:30'));
  });

  it('should ignore pausing twice and resuming a running clock', () => {
    const j = hk(1);
    const a = mulaiSla(j, w('2026-11-30 08:00'), kal);
    const jeda = jedaSla(a, w('2026-11-30 09:00'), kal);
    expect(jedaSla(jeda, w('2026-11-30 10:00'), kal)).toEqual(jeda);
    expect(lanjutkanSla(j, a, w('2026-11-30 10:00'), kal).jatuhTempo).toEqual(a.jatuhTempo);
    expect(hitungJatuhTempo(j, jeda, kal)).toBeNull();
  });
});

describe(hitungSla.name, () => {
  const base = (j: JangkaWaktu, awal: string) => ({ jangkaWaktu: j, awal: w(awal), slaMulai: w(awal), terpakaiMenit: 0, jedaMulai: null, kal });

  it.each([
    [hk(3), '2026-11-30 10:00', '2026-11-30 10:00', 'aman', 1350, 'sisa 3 hari kerja'],
    [hk(3), '2026-11-30 10:00', '2026-12-01 09:00', 'aman', 1350 - 300 - 90, 'sisa 2 hari kerja 1 jam'],
    [hk(3), '2026-11-30 10:00', '2026-12-02 10:00', 'segera', 450, 'sisa 1 hari kerja'],
    [hk(3), '2026-11-30 10:00', '2026-12-03 09:59', 'segera', 1, 'sisa 1 menit'],
    [hk(3), '2026-11-30 10:00', '2026-12-03 11:00', 'terlambat', -60, 'terlambat 1 jam'],
    [hk(3), '2026-11-30 10:00', '2026-12-07 08:00', 'terlambat', -(300 + 450 + 30), 'terlambat 1 hari kerja 5 jam'],
    [hk(8), '2026-11-30 07:30', '2026-12-08 07:30', 'segera', 900, 'sisa 2 hari kerja'], // 25 % of 8 days = 2 days
    [hk(8), '2026-11-30 07:30', '2026-12-07 15:59', 'aman', 901, 'sisa 2 hari kerja'],
    [menit(60), '2026-11-30 08:00', '2026-11-30 08:45', 'segera', 15, 'sisa 15 menit'], // 25 % of 60
    [menit(60), '2026-11-30 08:00', '2026-11-30 08:44', 'aman', 16, 'sisa 16 menit'],
    [jam(4), '2026-11-30 08:00', '2026-11-30 08:00', 'aman', 240, 'sisa 4 jam'],
    [menit(60), '2026-11-30 15:00', '2026-11-30 18:00', 'terlambat', -0, 'lewat jatuh tempo'], // due 16:00, after hours
  ])('%j from %s at %s → %s (%d) "%s"', (j, awal, now, badge, sisa, teks) => {
    const h = hitungSla({ ...base(j, awal), now: w(now) });
    expect(h.badge).toBe(badge);
    expect(h.sisaMenitKerja).toBe(sisa);
    expect(h.teks).toBe(teks);
  });

  it('should show a paused clock as jeda with the frozen remainder and no due date', () => {
    const h = hitungSla({ ...base(hk(3), '2026-11-30 10:00'), terpakaiMenit: 450, jedaMulai: w('2026-12-01 10:00'), now: w('2026-12-10 10:00') });
    expect(h).toEqual({ jatuhTempo: null, sisaMenitKerja: 900, badge: 'jeda', teks: 'menunggu perbaikan pemohon (waktu layanan berhenti)' });
  });

  it.each([
    ['selesai', '2026-12-03 09:00', 'selesai tepat waktu'],
    ['selesai', '2026-12-03 10:00', 'selesai tepat waktu'], // exactly at the due instant
    ['selesai', '2026-12-03 13:30', 'selesai, terlambat 2 jam 30 menit'],
    ['selesai', '2026-12-03 16:45', 'selesai, terlambat 5 jam'],
    ['ditolak', '2026-12-10 09:00', 'ditolak'],
  ] as const)('should stop the clock: %s at %s → "%s"', (status, at, teks) => {
    const h = hitungSla({ ...base(hk(3), '2026-11-30 10:00'), now: w('2026-12-20 10:00'), berhenti: { status, at: w(at), jatuhTempo: w('2026-12-03 10:00') } });
    expect(h).toMatchObject({ badge: 'selesai', sisaMenitKerja: null, teks, jatuhTempo: w('2026-12-03 10:00') });
  });
});

describe('segera threshold as an instant (inbox filter)', () => {
  it('should give 25 % of 8 hari kerja (900 working minutes = 2 days) for a long standard', () => {
    expect(batasSegera(hk(8), w('2026-11-30 07:30'), kal)).toEqual(w('2026-12-01 16:00'));
  });

  it.each([
    [hk(3), '2026-11-30 10:00', '2026-12-01 10:00'],
        [menit(60), '2026-11-30 08:00', '2026-11-30 08:15'],
    [jam(2), '2026-11-30 15:50', '2026-12-01 07:50'],
  ])('%j at %s → due soon when due ≤ %s', (j, now, batas) => {
    expect(batasSegera(j, w(now), kal)).toEqual(w(batas));
  });

  it('should agree with the badge on both sides of the threshold', () => {
    const j = hk(5); // threshold max(25 % × 2250, 450) = 562.5 working minutes
    expect(ambangSegeraMenit(j)).toBe(562.5);
    const now = w('2026-11-30 10:00');
    const batas = batasSegera(j, now, kal);
    expect(batas.getTime()).toBe(w('2026-12-01 11:52').getTime() + 30_000); // Mon 10:00 + 300 + Tue 07:30 + 262.5
    const sla = (awal: string) => hitungSla({ jangkaWaktu: j, awal: w(awal), slaMulai: w(awal), terpakaiMenit: 0, jedaMulai: null, now, kal });
    // started Tue 24 Nov 11:50 → due Tue 1 Dec 11:50 ≤ batas; started 11:55 → due 11:55 > batas
    expect(sla('2026-11-24 11:50').badge).toBe('segera');
    expect(sla('2026-11-24 11:55').badge).toBe('aman');
  });
});

describe('helpers', () => {
  it.each([
    [0, 'kurang dari 1 menit'],
    [0.9, 'kurang dari 1 menit'],
    [1, '1 menit'],
    [59, '59 menit'],
    [60, '1 jam'],
    [125, '2 jam 5 menit'],
    [449, '7 jam 29 menit'],
    [450, '1 hari kerja'],
    [450 + 119, '1 hari kerja 1 jam'],
    [1350, '3 hari kerja'],
    [-90, '1 jam 30 menit'],
  ])('teksDurasiKerja(%d) → %s', (m, teks) => {
    expect(teksDurasiKerja(m)).toBe(teks);
  });

  it('should take a working day as the longest weekday of the schedule', () => {
    expect(menitSehari(kal)).toBe(450);
    expect(menitSehari({ libur: new Set(), jadwal: { '1': [{ mulai: '08:00', selesai: '12:00' }] } })).toBe(240);
    expect(menitSehari({ libur: new Set(), jadwal: {} })).toBe(450);
  });

  it('should compute the budget of hari kerja from the start (a Friday start differs)', () => {
    expect(anggaranMenit(hk(3), w('2026-11-30 10:00'), kal)).toBe(1350);
    expect(anggaranMenit(hk(3), w('2026-12-04 14:00'), kal)).toBe(150 + 450 + 450 + 330);
    expect(anggaranMenit(jam(3), w('2026-12-04 14:00'), kal)).toBe(180);
  });

  it.each([
    ['2026-12-03 10:00', '2026-12-03 10:00', true],
    ['2026-12-03 10:01', '2026-12-03 10:00', false],
  ])('tepatWaktu(%s, due %s) → %s', (selesai, due, hasil) => {
    expect(tepatWaktu(w(selesai), w(due))).toBe(hasil);
    expect(tepatWaktu(w(selesai), null)).toBe(true);
  });

  it('should ask the calendar from the day before the start to well after the due date', () => {
    expect(rentangKalender(hk(3), w('2026-11-30 10:00'), w('2026-11-30 10:00'))).toEqual({ dari: '2026-11-29', sampai: '2027-02-07' });
    expect(rentangKalender(menit(60), w('2026-11-30 10:00'), w('2026-12-10 10:00'))).toEqual({ dari: '2026-11-29', sampai: '2027-02-11' });
  });
});
