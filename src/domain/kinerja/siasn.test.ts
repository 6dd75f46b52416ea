import { describe, expect, it } from 'vitest';
import { KOLOM_KINERJA_PERIODIK, KOLOM_SKP22, fieldCsv, keCsv, keKinerjaPeriodik, keSkp22, type PenilaianSiasn } from './siasn.ts';

const dasar: PenilaianSiasn = {
  tahun: 2026, jenisPeriode: 'bulanan', periodeKe: 0, ratingHasilKerja: 'sesuai', ratingPerilaku: 'di_atas', predikat: 'baik',
  nip: '199002022015032002', jenisJabatan: 'FUNGSIONAL', jenjang: 'AHLI_PERTAMA',
  penilai: { nama: 'Dr. Kepala Uji, M.Si.', nip: '197501012000031001', golongan: 'IV/b', jabatan: 'Kepala Dinas Uji A', unor: 'Dinas Uji A' },
};

describe('keSkp22 (kinerja.md §5.6)', () => {
  it('should give exactly the skp22 field names, in the listed order, with Indonesian labels', () => {
    const r = keSkp22(dasar);
    expect(Object.keys(r)).toEqual([
      'tahun', 'hasilKinerjaNilai', 'perilakuKerjaNilai', 'kuadranKinerjaNilai', 'pnsDinilaiOrang', 'penilaiNama',
      'penilaiNipNrp', 'penilaiGolongan', 'penilaiJabatan', 'penilaiUnorNama', 'statusPenilai',
    ]);
    expect(Object.keys(r)).toEqual([...KOLOM_SKP22]);
    expect(r).toEqual({
      tahun: 2026, hasilKinerjaNilai: 'Sesuai Ekspektasi', perilakuKerjaNilai: 'Di Atas Ekspektasi', kuadranKinerjaNilai: 'Baik',
      pnsDinilaiOrang: '199002022015032002', penilaiNama: 'Dr. Kepala Uji, M.Si.', penilaiNipNrp: '197501012000031001',
      penilaiGolongan: 'IV/b', penilaiJabatan: 'Kepala Dinas Uji A', penilaiUnorNama: 'Dinas Uji A', statusPenilai: 'ASN',
    });
  });

  it('should mark a missing penilai NON ASN with empty penilai fields', () => {
    const r = keSkp22({ ...dasar, penilai: null, predikat: 'kurang', ratingPerilaku: 'di_bawah' });
    expect(r.statusPenilai).toBe('NON ASN');
    expect([r.penilaiNama, r.penilaiNipNrp, r.penilaiGolongan, r.penilaiJabatan, r.penilaiUnorNama]).toEqual(['', '', '', '', '']);
    expect(r.kuadranKinerjaNilai).toBe('Kurang/Misconduct');
    expect(r.perilakuKerjaNilai).toBe('Di Bawah Ekspektasi');
  });

  it('should refuse a periodic row', () => {
    expect(() => keSkp22({ ...dasar, periodeKe: 1 })).toThrow(RangeError);
  });
});

describe('keKinerjaPeriodik (kinerja.md §5.6)', () => {
  it('should add the periodic fields after the skp22 ones, exactly named', () => {
    const r = keKinerjaPeriodik({ ...dasar, periodeKe: 11 });
    expect(Object.keys(r)).toEqual([...KOLOM_SKP22, 'PnsDinilaiId', 'KoefisienId', 'BulanMulaiPenilaian', 'BulanSelesaiPenilaian',
      'TahunMulaiPenilaian', 'TahunSelesaiPenilaian', 'PeriodikId']);
    expect(Object.keys(r)).toEqual([...KOLOM_KINERJA_PERIODIK]);
    expect(r).toMatchObject({
      PnsDinilaiId: '199002022015032002', KoefisienId: 'AHLI_PERTAMA', BulanMulaiPenilaian: 11, BulanSelesaiPenilaian: 11,
      TahunMulaiPenilaian: 2026, TahunSelesaiPenilaian: 2026, PeriodikId: 'bulanan-11',
    });
  });

  it.each([
    ['triwulanan', 1, 1, 3], ['triwulanan', 2, 4, 6], ['triwulanan', 4, 10, 12],
    ['semesteran', 1, 1, 6], ['semesteran', 2, 7, 12], ['bulanan', 1, 1, 1], ['bulanan', 12, 12, 12],
  ] as const)('should give %s period %i the months %i–%i', (jenis, ke, mulai, selesai) => {
    const r = keKinerjaPeriodik({ ...dasar, jenisPeriode: jenis, periodeKe: ke });
    expect([r.BulanMulaiPenilaian, r.BulanSelesaiPenilaian]).toEqual([mulai, selesai]);
    expect(r.PeriodikId).toBe(`${jenis}-${ke}`);
  });

  it('should leave KoefisienId empty for a non-JF jabatan or a JF without jenjang', () => {
    expect(keKinerjaPeriodik({ ...dasar, periodeKe: 1, jenisJabatan: 'PELAKSANA' }).KoefisienId).toBe('');
    expect(keKinerjaPeriodik({ ...dasar, periodeKe: 1, jenjang: null }).KoefisienId).toBe('');
  });

  it('should refuse the annual row and a period the kind does not have', () => {
    expect(() => keKinerjaPeriodik(dasar)).toThrow(RangeError);
    expect(() => keKinerjaPeriodik({ ...dasar, jenisPeriode: 'triwulanan', periodeKe: 5 })).toThrow(RangeError);
  });
});

describe('keCsv (RFC 4180)', () => {
  it('should quote commas, quotes, CR and LF and nothing else', () => {
    expect(fieldCsv('biasa saja')).toBe('biasa saja');
    expect(fieldCsv('Dr. A, M.Si.')).toBe('"Dr. A, M.Si."');
    expect(fieldCsv('kata "kunci"')).toBe('"kata ""kunci"""');
    expect(fieldCsv('baris\nbaru')).toBe('"baris\nbaru"');
    expect(fieldCsv('cr\rsaja')).toBe('"cr\rsaja"');
    expect(fieldCsv(null)).toBe('');
    expect(fieldCsv(undefined)).toBe('');
    expect(fieldCsv(2026)).toBe('2026');
    expect(fieldCsv('')).toBe('');
  });

  it('should start with a UTF-8 BOM, end every row with CRLF and keep the field order', () => {
    const recs = [keSkp22(dasar), keSkp22({ ...dasar, nip: '198001012005011001', penilai: { ...dasar.penilai!, nama: 'Kepala "Baru"\nKedua' } })];
    const csv = keCsv(recs, KOLOM_SKP22);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const isi = csv.slice(1);
    const baris = isi.split('\r\n');
    expect(baris[0]).toBe(KOLOM_SKP22.join(','));
    expect(baris[1]).toBe('2026,Sesuai Ekspektasi,Di Atas Ekspektasi,Baik,199002022015032002,"Dr. Kepala Uji, M.Si.",197501012000031001,IV/b,Kepala Dinas Uji A,Dinas Uji A,ASN');
    expect(baris[2]).toBe('2026,Sesuai Ekspektasi,Di Atas Ekspektasi,Baik,198001012005011001,"Kepala ""Baru""\nKedua",197501012000031001,IV/b,Kepala Dinas Uji A,Dinas Uji A,ASN');
    expect(baris).toHaveLength(4); // header, 2 rows, '' after the last CRLF
    expect(/(?<!\r)\n/.test(isi.replace(/"(?:[^"]|"")*"/g, ''))).toBe(false); // no bare LF outside quoted fields
  });

  it('should default to the keys of the first record, and give just the BOM and an empty header for none', () => {
    const r = keKinerjaPeriodik({ ...dasar, jenisPeriode: 'triwulanan', periodeKe: 2 });
    const csv = keCsv([r]);
    expect(csv.slice(1).split('\r\n')[0]).toBe(KOLOM_KINERJA_PERIODIK.join(','));
    expect(csv.slice(1).split('\r\n')[1]!.endsWith(',AHLI_PERTAMA,4,6,2026,2026,triwulanan-2')).toBe(true);
    expect(keCsv([])).toBe('\uFEFF\r\n');
  });
});
