import { describe, expect, it } from 'vitest';
import { agregatTahunan, bandingkanTarget, cariMetrik, jumlahBulan, KODE_METRIK, lingkupSah, METRIK, targetPeriode } from './metrik.ts';

describe('metric catalogue (issue #5 objective service indicators)', () => {
  it('should list every code exactly once, each with a scope, a unit, both labels and a definition', () => {
    expect(METRIK.map((m) => m.kode)).toEqual([...KODE_METRIK]);
    for (const m of METRIK) {
      expect(m.lingkup.length).toBeGreaterThan(0);
      expect(m.satuan).not.toBe('');
      expect(m.label.id).not.toBe('');
      expect(m.label.en).not.toBe('');
      expect(m.definisi.length).toBeGreaterThan(20);
    }
  });

  it('should follow the plan: sources, scopes and directions', () => {
    expect(cariMetrik('antrian.tiket_dilayani')).toMatchObject({ lingkup: ['pegawai'], arah: 'naik', aspek: 'kuantitas', agregasiTahunan: 'jumlah', jenisRekaman: 'tiket' });
    expect(cariMetrik('antrian.tunggu_median_menit')).toMatchObject({ lingkup: ['lokasi'], arah: 'turun', satuan: 'menit' });
    expect(cariMetrik('permohonan.selesai')).toMatchObject({ lingkup: ['pegawai', 'unit'], sumber: 'layanan', agregasiTahunan: 'jumlah' });
    expect(cariMetrik('pengaduan.persen_tindak_lanjut_tepat')).toMatchObject({ lingkup: ['unit'], satuan: '%', jenisRekaman: 'pengaduan' });
    expect(cariMetrik('skm.ikm')).toMatchObject({ lingkup: ['unit'], sumber: 'skm', jenisRekaman: 'skm_survei', agregasiTahunan: 'rata_tertimbang' });
    // every count is summed over the year, every share/median/index is weighted
    for (const m of METRIK) expect(m.agregasiTahunan).toBe(m.aspek === 'kuantitas' ? 'jumlah' : 'rata_tertimbang');
  });

  it('should know unknown codes and scopes', () => {
    expect(cariMetrik('antrian.tidak_ada')).toBeUndefined();
    expect(cariMetrik(null)).toBeUndefined();
    expect(lingkupSah('antrian.layanan_median_menit', 'lokasi')).toBe(true);
    expect(lingkupSah('antrian.tiket_dilayani', 'unit')).toBe(false);
    expect(lingkupSah('skm.ikm', null)).toBe(false);
    expect(lingkupSah('x', 'unit')).toBe(false);
  });
});

describe(bandingkanTarget.name, () => {
  it.each([
    // naik, target 100, margin 10 %
    [99.99, 100, 'naik', 'di_bawah'],
    [100, 100, 'naik', 'sesuai'],
    [109.99, 100, 'naik', 'sesuai'],
    [110, 100, 'naik', 'di_atas'],
    // turun (minutes), target 10
    [10.01, 10, 'turun', 'di_bawah'],
    [10, 10, 'turun', 'sesuai'],
    [9.01, 10, 'turun', 'sesuai'],
    [9, 10, 'turun', 'di_atas'],
    [0, 10, 'turun', 'di_atas'],
  ] as const)('nilai %s vs target %s (%s) → %s', (nilai, target, arah, harus) => {
    expect(bandingkanTarget(nilai, target, arah)).toBe(harus);
  });

  it('should give no hint without a figure or a meaningful target', () => {
    expect(bandingkanTarget(null, 10, 'naik')).toBeNull();
    expect(bandingkanTarget(5, null, 'naik')).toBeNull();
    expect(bandingkanTarget(5, 0, 'naik')).toBeNull();
    expect(bandingkanTarget(5, -1, 'turun')).toBeNull();
    expect(bandingkanTarget(Number.NaN, 10, 'naik')).toBeNull();
  });

  it('should honour another margin', () => {
    expect(bandingkanTarget(101, 100, 'naik', 0)).toBe('di_atas');
    expect(bandingkanTarget(100, 100, 'naik', 0)).toBe('di_atas');
    expect(bandingkanTarget(119, 100, 'naik', 0.2)).toBe('sesuai');
  });
});

describe(agregatTahunan.name, () => {
  it('should sum counts over the periods that have a figure', () => {
    expect(agregatTahunan('jumlah', [{ angka: 10, bobot: 10 }, { angka: null, bobot: 0 }, { angka: 5, bobot: 5 }])).toBe(15);
  });

  it('should weight shares by their records, which gives the share over the whole year exactly', () => {
    // 8 of 10 on time, then 1 of 2 → 9 of 12 = 75 %
    expect(agregatTahunan('rata_tertimbang', [{ angka: 80, bobot: 10 }, { angka: 50, bobot: 2 }])).toBe(75);
  });

  it('should leave out periods without records and give null when nothing is left', () => {
    expect(agregatTahunan('rata_tertimbang', [{ angka: 90, bobot: 0 }, { angka: 60, bobot: 3 }])).toBe(60);
    expect(agregatTahunan('rata_tertimbang', [{ angka: 90, bobot: 0 }])).toBeNull();
    expect(agregatTahunan('jumlah', [])).toBeNull();
    expect(agregatTahunan('jumlah', [{ angka: null, bobot: 3 }])).toBeNull();
  });
});

describe('targetPeriode — a period is compared with its share of an annual count target', () => {
  // Regression (newcomer review): 601 tickets in November were hinted "di bawah" against the YEAR's 1,200.
  it.each([
    [1200, 'jumlah', 1, 12, 100],
    [1200, 'jumlah', 3, 12, 300],
    [1200, 'jumlah', 6, 12, 600],
    [1200, 'jumlah', 12, 12, 1200],
    [1000, 'jumlah', 1, 12, 83.33],
    [600, 'jumlah', 1, 6, 100], // an SKP of 6 months after a mutasi
    [95, 'rata_tertimbang', 1, 12, 95], // a percentage holds every month
    [null, 'jumlah', 1, 12, null],
  ] as const)('target %s (%s) over %i of %i months → %s', (target, cara, bulan, bulanSkp, hasil) => {
    expect(targetPeriode(target, cara, bulan, bulanSkp)).toBe(hasil);
  });

  it('should turn the November hint of 601 tickets against 1,200 a year from di_bawah into di_atas', () => {
    expect(bandingkanTarget(601, 1200, 'naik')).toBe('di_bawah');
    expect(bandingkanTarget(601, targetPeriode(1200, 'jumlah', jumlahBulan('2026-11-01', '2026-11-30')), 'naik')).toBe('di_atas');
    expect(bandingkanTarget(95, targetPeriode(1200, 'jumlah', 1), 'naik')).toBe('di_bawah');
  });

  it('should count the months of a range inclusively', () => {
    expect(jumlahBulan('2026-11-01', '2026-11-30')).toBe(1);
    expect(jumlahBulan('2026-01-01', '2026-03-31')).toBe(3);
    expect(jumlahBulan('2026-01-01', '2026-12-31')).toBe(12);
    expect(jumlahBulan('2026-12-01', '2027-01-31')).toBe(2);
  });
});
