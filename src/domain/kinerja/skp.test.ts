import { describe, expect, it } from 'vitest';
import {
  AKSI_SKP, izinSkp, periksaMetrikIndikator, periksaSkpUntukDiajukan, rentangSkpBaru, STATUS_SKP, transisiSkp,
  type AksiSkp, type IndikatorRencana, type PelakuSkp, type RencanaSkp, type RhkRencana, type StatusSkp,
} from './skp.ts';

// ------------------------------------------------------------------------------------ state machine

describe('transisiSkp (kinerja.md §7.5 workflow)', () => {
  // [status, aksi, pelaku, expected ('pelaku' | 'status' | next status)]
  const kasus: Array<[StatusSkp, AksiSkp, PelakuSkp | null, string]> = [];
  const harap: Record<AksiSkp, { oleh: PelakuSkp; dari: Partial<Record<StatusSkp, StatusSkp>> }> = {
    ubah: { oleh: 'pemilik', dari: { draft: 'draft', dikembalikan: 'dikembalikan' } },
    ajukan: { oleh: 'pemilik', dari: { draft: 'diajukan', dikembalikan: 'diajukan' } },
    setujui: { oleh: 'penilai', dari: { diajukan: 'disetujui' } },
    kembalikan: { oleh: 'penilai', dari: { diajukan: 'dikembalikan' } },
  };
  for (const aksi of AKSI_SKP) {
    for (const status of STATUS_SKP) {
      for (const pelaku of ['pemilik', 'penilai', null] as const) {
        const h = harap[aksi];
        kasus.push([status, aksi, pelaku, pelaku !== h.oleh ? 'pelaku' : h.dari[status] ?? 'status']);
      }
    }
  }
  it.each(kasus)('%s + %s by %s → %s', (status, aksi, pelaku, hasil) => {
    const r = transisiSkp(status, aksi, pelaku);
    if (hasil === 'pelaku' || hasil === 'status') {
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.alasan).toBe(hasil);
        expect(r.pesan.length).toBeGreaterThan(10);
      }
    } else {
      expect(r).toEqual({ ok: true, ke: hasil });
    }
  });
});

describe('izinSkp (buttons = what the service allows)', () => {
  type Kasus = [string | null, StatusSkp, boolean, boolean, string];
  // relasi, status, terkunci, adaPenilai → the true flags
  const kasus: Kasus[] = [
    ['pemilik', 'draft', false, true, 'ubah,ajukan'],
    ['pemilik', 'draft', false, false, 'ubah'],
    ['pemilik', 'dikembalikan', false, true, 'ubah,ajukan'],
    ['pemilik', 'diajukan', false, true, ''],
    ['pemilik', 'disetujui', false, true, 'realisasi'],
    ['pemilik', 'disetujui', true, true, ''],
    ['penilai', 'draft', false, true, 'ekspektasi'],
    ['penilai', 'diajukan', false, true, 'putuskan,ekspektasi'],
    ['penilai', 'dikembalikan', false, true, 'ekspektasi'],
    ['penilai', 'disetujui', false, true, 'ekspektasi,nilai'],
    ['penilai', 'disetujui', true, true, ''],
    ['atasan_penilai', 'diajukan', false, true, ''],
    ['atasan_atas', 'disetujui', false, true, ''],
    ['admin_opd', 'draft', false, true, ''],
    ['admin', 'diajukan', false, true, ''],
    [null, 'draft', false, true, ''],
  ];
  it.each(kasus)('%s on %s (terkunci %s, penilai %s) → [%s]', (relasi, status, terkunci, adaPenilai, benar) => {
    const izin = izinSkp({ relasi, status, terkunci, adaPenilai });
    expect(Object.entries(izin).filter(([, v]) => v).map(([k]) => k).join(',')).toBe(benar);
  });
});

// ------------------------------------------------------------------------------------ submit rules

const ind = (x: Partial<IndikatorRencana> = {}): IndikatorRencana => ({
  aspek: 'kuantitas', uraian: 'Jumlah dokumen', targetAngka: 2, targetSatuan: 'dokumen', ...x,
});
const rhk = (x: Partial<RhkRencana> = {}): RhkRencana => ({ jenis: 'utama', uraian: 'Tersusunnya laporan', parentRhkId: 10, indikator: [ind()], ...x });
const rencana = (x: Partial<RencanaSkp> = {}): RencanaSkp => ({ jenisJabatan: 'PELAKSANA', pendekatan: 'kuantitatif', rhk: [rhk()], ...x });
const fields = (r: RencanaSkp, atasan: number[] = [10, 11]) => periksaSkpUntukDiajukan(r, atasan).map((g) => g.field);

describe('periksaSkpUntukDiajukan (plan "Submit rules"; kinerja.md §1.2)', () => {
  it('should accept a complete non-JPT kuantitatif plan', () => {
    expect(periksaSkpUntukDiajukan(rencana(), [10])).toEqual([]);
  });

  it.each<[string, RencanaSkp, string[]]>([
    ['no RHK at all', rencana({ rhk: [] }), ['rhk']],
    ['only tambahan RHK', rencana({ rhk: [rhk({ jenis: 'tambahan', parentRhkId: null })] }), ['rhk']],
    ['utama + tambahan without parent (tambahan may have none)', rencana({ rhk: [rhk(), rhk({ jenis: 'tambahan', parentRhkId: null })] }), []],
    ['blank RHK uraian', rencana({ rhk: [rhk({ uraian: '   ' })] }), ['rhk[0].uraian']],
    ['RHK without indikator', rencana({ rhk: [rhk(), rhk({ indikator: [] })] }), ['rhk[1].indikator']],
    ['non-JPT utama without parent', rencana({ rhk: [rhk(), rhk({ parentRhkId: null })] }), ['rhk[1].parentRhkId']],
    ['non-JPT parent not an RHK of the penilai', rencana({ rhk: [rhk({ parentRhkId: 99 })] }), ['rhk[0].parentRhkId']],
    ['tambahan with a parent not of the penilai', rencana({ rhk: [rhk(), rhk({ jenis: 'tambahan', parentRhkId: 99 })] }), ['rhk[1].parentRhkId']],
    ['second atasan RHK is fine', rencana({ rhk: [rhk({ parentRhkId: 11 })] }), []],
    ['blank indikator uraian', rencana({ rhk: [rhk({ indikator: [ind(), ind({ uraian: '' })] })] }), ['rhk[0].indikator[1].uraian']],
    ['kuantitatif target 0 (boundary)', rencana({ rhk: [rhk({ indikator: [ind({ targetAngka: 0 })] })] }), ['rhk[0].indikator[0].targetAngka']],
    ['kuantitatif target 0.01 (just above)', rencana({ rhk: [rhk({ indikator: [ind({ targetAngka: 0.01 })] })] }), []],
    ['kuantitatif target negative', rencana({ rhk: [rhk({ indikator: [ind({ targetAngka: -1 })] })] }), ['rhk[0].indikator[0].targetAngka']],
    ['kuantitatif target missing', rencana({ rhk: [rhk({ indikator: [ind({ targetAngka: null })] })] }), ['rhk[0].indikator[0].targetAngka']],
    ['kuantitatif target NaN', rencana({ rhk: [rhk({ indikator: [ind({ targetAngka: Number.NaN })] })] }), ['rhk[0].indikator[0].targetAngka']],
    ['kuantitatif satuan missing', rencana({ rhk: [rhk(), rhk({ indikator: [ind(), ind({ targetSatuan: ' ' })] })] }), ['rhk[1].indikator[1].targetSatuan']],
    ['kuantitatif satuan from a bound metric', rencana({ rhk: [rhk({ indikator: [ind({ targetSatuan: null, metrik: 'antrian.tiket_dilayani', metrikLingkup: 'pegawai' })] })] }), []],
    ['bound metric still needs targetAngka > 0', rencana({ rhk: [rhk({ indikator: [ind({ targetAngka: 0, targetSatuan: null, metrik: 'antrian.tiket_dilayani', metrikLingkup: 'pegawai' })] })] }), ['rhk[0].indikator[0].targetAngka']],
    ['unknown metric: satuan needed too', rencana({ rhk: [rhk({ indikator: [ind({ targetSatuan: null, metrik: 'tidak.ada' })] })] }), ['rhk[0].indikator[0].metrik', 'rhk[0].indikator[0].targetSatuan']],
    ['kualitatif needs targetNarasi', rencana({ pendekatan: 'kualitatif', rhk: [rhk({ indikator: [ind({ targetAngka: null, targetSatuan: null })] })] }), ['rhk[0].indikator[0].targetNarasi']],
    ['kualitatif with narasi, no angka', rencana({ pendekatan: 'kualitatif', rhk: [rhk({ indikator: [ind({ targetAngka: null, targetSatuan: null, targetNarasi: 'Laporan diterima pimpinan tanpa revisi' })] })] }), []],
    ['JPT without parent and with perspektif', rencana({ jenisJabatan: 'JPT', rhk: [rhk({ parentRhkId: null, indikator: [ind({ perspektif: 'penerima_layanan' })] })] }), []],
    ['JPT without perspektif', rencana({ jenisJabatan: 'JPT', rhk: [rhk({ parentRhkId: null, indikator: [ind({ perspektif: 'anggaran' }), ind()] })] }), ['rhk[0].indikator[1].perspektif']],
    ['JPT parent given must be the penilai\'s', rencana({ jenisJabatan: 'JPT', rhk: [rhk({ parentRhkId: 5, indikator: [ind({ perspektif: 'anggaran' })] })] }), ['rhk[0].parentRhkId']],
    ['non-JPT perspektif not required', rencana({ jenisJabatan: 'FUNGSIONAL' }), []],
  ])('%s', (_n, r, harap) => {
    expect(fields(r)).toEqual(harap);
  });

  it('should report every violation at once with messages in Bahasa Indonesia', () => {
    const g = periksaSkpUntukDiajukan(rencana({ rhk: [rhk({ parentRhkId: null, indikator: [ind({ targetAngka: null, targetSatuan: null })] })] }), []);
    expect(g.map((x) => x.field)).toEqual(['rhk[0].parentRhkId', 'rhk[0].indikator[0].targetAngka', 'rhk[0].indikator[0].targetSatuan']);
    expect(g[0]!.message).toMatch(/RHK atasan/);
  });

  it('should accept the atasan RHK ids as any iterable (Set)', () => {
    expect(periksaSkpUntukDiajukan(rencana(), new Set([10]))).toEqual([]);
  });
});

describe('periksaMetrikIndikator', () => {
  it.each<[string, Partial<IndikatorRencana>, string[]]>([
    ['no metric', {}, []],
    ['no metric but a lingkup', { metrikLingkup: 'unit' }, ['x.metrik']],
    ['no metric but a ref id', { metrikRefId: 3 }, ['x.metrik']],
    ['unknown code', { metrik: 'antrian.entah' }, ['x.metrik']],
    ['single-lingkup metric, lingkup omitted', { metrik: 'antrian.tiket_dilayani' }, []],
    ['multi-lingkup metric, lingkup omitted', { metrik: 'antrian.layanan_median_menit' }, ['x.metrikLingkup']],
    ['lingkup the metric does not support', { metrik: 'antrian.tiket_dilayani', metrikLingkup: 'unit', metrikRefId: 1 }, ['x.metrikLingkup']],
    ['unit lingkup without unit id', { metrik: 'skm.ikm', metrikLingkup: 'unit' }, ['x.metrikRefId']],
    ['single unit lingkup without unit id', { metrik: 'skm.ikm' }, ['x.metrikRefId']],
    ['unit lingkup with unit id', { metrik: 'skm.ikm', metrikLingkup: 'unit', metrikRefId: 4 }, []],
    ['lokasi lingkup without id', { metrik: 'antrian.tunggu_median_menit', metrikLingkup: 'lokasi' }, ['x.metrikRefId']],
    ['pegawai lingkup needs no id', { metrik: 'permohonan.selesai', metrikLingkup: 'pegawai' }, []],
  ])('%s', (_n, x, harap) => {
    expect(periksaMetrikIndikator(ind(x), 'x').map((g) => g.field)).toEqual(harap);
  });
});

// ------------------------------------------------------------------------------------ span / mutasi

describe('rentangSkpBaru (kinerja.md §1.2 Timing, §1.3 mutasi)', () => {
  it.each([
    ['2026-01-10', 'bulanan'], ['2026-06-30', 'triwulanan'], ['2026-12-31', 'semesteran'], ['2025-12-20', 'bulanan'],
  ] as const)('first SKP (%s, %s) spans the whole year', (t, j) => {
    expect(rentangSkpBaru(t, j, 2026)).toEqual({ jenis: 'awal', mulai: '2026-01-01', selesai: '2026-12-31' });
    expect(rentangSkpBaru(t, j, 2026, null)).toEqual({ jenis: 'awal', mulai: '2026-01-01', selesai: '2026-12-31' });
  });

  const JAN = { mulai: '2026-01-01' };
  it.each<[string, 'bulanan' | 'triwulanan' | 'semesteran', { mulai: string }, string, string, number]>([
    // tanggal, jenis, running SKP, old ends, new starts, first period of the new one
    ['2026-01-01', 'bulanan', JAN, '2026-01-31', '2026-02-01', 2],
    ['2026-01-31', 'bulanan', JAN, '2026-01-31', '2026-02-01', 2],
    ['2026-02-01', 'bulanan', JAN, '2026-02-28', '2026-03-01', 3],
    ['2026-02-28', 'bulanan', JAN, '2026-02-28', '2026-03-01', 3],
    ['2028-02-29', 'bulanan', { mulai: '2028-01-01' }, '2028-02-29', '2028-03-01', 3],
    ['2026-11-30', 'bulanan', JAN, '2026-11-30', '2026-12-01', 12],
    ['2026-03-31', 'triwulanan', JAN, '2026-03-31', '2026-04-01', 2],
    ['2026-04-01', 'triwulanan', JAN, '2026-06-30', '2026-07-01', 3],
    ['2026-09-30', 'triwulanan', JAN, '2026-09-30', '2026-10-01', 4],
    ['2026-06-30', 'semesteran', JAN, '2026-06-30', '2026-07-01', 2],
    ['2026-01-01', 'semesteran', JAN, '2026-06-30', '2026-07-01', 2],
    // a second move: the running SKP started in May; a move in May still leaves it one period
    ['2026-05-20', 'bulanan', { mulai: '2026-05-01' }, '2026-05-31', '2026-06-01', 6],
  ])('move on %s (%s) → old ends on the period end, new starts the next period', (t, j, berjalan, lama, mulai, ke) => {
    const r = rentangSkpBaru(t, j, Number(t.slice(0, 4)), berjalan);
    expect(r).toEqual({ jenis: 'lanjutan', lamaSelesai: lama, mulai, selesai: `${t.slice(0, 4)}-12-31`, periodeKeMulai: ke });
  });

  it.each<[string, 'bulanan' | 'triwulanan' | 'semesteran', number, { mulai: string }, string]>([
    ['2026-12-01', 'bulanan', 2026, JAN, 'periode_terakhir'],
    ['2026-12-31', 'bulanan', 2026, JAN, 'periode_terakhir'],
    ['2026-10-01', 'triwulanan', 2026, JAN, 'periode_terakhir'],
    ['2026-07-01', 'semesteran', 2026, JAN, 'periode_terakhir'],
    ['2027-01-01', 'bulanan', 2026, JAN, 'tahun_lewat'],
    ['2025-12-31', 'bulanan', 2026, JAN, 'belum_mulai'],
    ['2026-04-20', 'bulanan', 2026, { mulai: '2026-05-01' }, 'belum_mulai'],
  ])('move on %s (%s, SKP %i) → no room (%s)', (t, j, tahun, berjalan, alasan) => {
    const r = rentangSkpBaru(t, j, tahun, berjalan);
    expect(r.jenis).toBe('tidak_bisa');
    if (r.jenis === 'tidak_bisa') {
      expect(r.alasan).toBe(alasan);
      expect(r.pesan.length).toBeGreaterThan(20);
    }
  });

  it('should give the old penilai the period of the move (new SKP starts strictly after it)', () => {
    for (let m = 1; m <= 11; m++) {
      const t = `2026-${String(m).padStart(2, '0')}-15`;
      const r = rentangSkpBaru(t, 'bulanan', 2026, JAN);
      expect(r.jenis).toBe('lanjutan');
      if (r.jenis === 'lanjutan') expect(r.mulai > t && r.lamaSelesai >= t).toBe(true);
    }
  });
});
