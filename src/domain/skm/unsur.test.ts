import { describe, expect, it } from 'vitest';
import { NILAI_JAWABAN, UNSUR, UNSUR_KODE, getUnsur, isNilaiJawaban, isUnsurKode, labelJawaban } from './unsur.ts';

describe('UNSUR', () => {
  it('should list the nine unsur in U1…U9 order, keyed by code', () => {
    expect(UNSUR.map((u) => u.kode)).toEqual([...UNSUR_KODE]);
    expect(UNSUR_KODE).toEqual(['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9']);
  });

  it.each([
    ['U1', 'Persyaratan'],
    ['U2', 'Sistem, Mekanisme, dan Prosedur'],
    ['U3', 'Waktu Penyelesaian'],
    ['U4', 'Biaya/Tarif'],
    ['U5', 'Produk Spesifikasi Jenis Pelayanan'],
    ['U6', 'Kompetensi Pelaksana'],
    ['U7', 'Perilaku Pelaksana'],
    ['U8', 'Penanganan Pengaduan, Saran dan Masukan'],
    ['U9', 'Sarana dan Prasarana'],
  ] as const)('should name %s "%s" as in PermenPANRB 14/2017', (kode, nama) => {
    expect(getUnsur(kode).nama).toBe(nama);
  });

  it.each(UNSUR.map((u) => [u.kode, u] as const))(
    'should give %s a description, a question and four distinct non-empty answer labels',
    (_kode, u) => {
      expect(u.deskripsi.length).toBeGreaterThan(10);
      expect(u.pertanyaan).toMatch(/\?$/);
      expect(u.label).toHaveLength(4);
      expect(new Set(u.label).size).toBe(4);
      for (const l of u.label) expect(l.trim()).not.toBe('');
    },
  );

  it.each([
    ['U1', ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai']],
    ['U3', ['Tidak cepat', 'Kurang cepat', 'Cepat', 'Sangat cepat']],
    ['U4', ['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis']],
  ] as const)('should use the element-specific wording for %s', (kode, labels) => {
    expect(getUnsur(kode).label).toEqual(labels);
  });
});

describe(labelJawaban.name, () => {
  it.each([
    ['U3', 1, 'Tidak cepat'],
    ['U3', 4, 'Sangat cepat'],
    ['U4', 1, 'Sangat mahal'],
    ['U4', 4, 'Gratis'],
    ['U7', 3, 'Sopan dan ramah'],
  ] as const)('should label %s = %i as "%s"', (kode, nilai, label) => {
    expect(labelJawaban(kode, nilai)).toBe(label);
  });

  it.each([0, 5, 2.5, Number.NaN])('should throw a RangeError for nilai %s', (nilai) => {
    expect(() => labelJawaban('U1', nilai)).toThrow(RangeError);
  });
});

describe(isUnsurKode.name, () => {
  it.each([
    ['U1', true],
    ['U9', true],
    ['u1', false],
    ['U0', false],
    ['U10', false],
    ['', false],
    [1, false],
    [null, false],
  ] as const)('should return %s → %s', (value, expected) => {
    expect(isUnsurKode(value)).toBe(expected);
  });
});

describe(isNilaiJawaban.name, () => {
  it.each([
    ...NILAI_JAWABAN.map((n) => [n, true] as const),
    [0, false],
    [5, false],
    [3.5, false],
    ['3', false],
    [null, false],
  ] as const)('should accept only integers 1–4: %s → %s', (value, expected) => {
    expect(isNilaiJawaban(value)).toBe(expected);
  });
});
