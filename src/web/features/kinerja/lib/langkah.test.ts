import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api.ts';
import { formatTanggal, formatTarget, formatWaktu, pilihanTahun } from './format.ts';
import { galatPerField, galatTanpaTempat, isRevisiUsang, normalisasiPath } from './galat.ts';
import { labelTanpaTahun, langkahBerikut, skpUtama, tindakanTim, urutkanTim, type BarisTim } from './langkah.ts';

const penilai = { id: 2, nama: 'Drs. Budi' };

describe('kinerja next step ("langkah berikutnya")', () => {
  it.each([
    [null, 'susun', {}],
    [{ status: 'draft', catatanKembali: null, penilai }, 'lengkapi', { nama: 'Drs. Budi' }],
    [{ status: 'draft', catatanKembali: null, penilai: null }, 'tanpaPenilai', {}],
    [{ status: 'diajukan', catatanKembali: null, penilai }, 'menunggu', { nama: 'Drs. Budi' }],
    [{ status: 'diajukan', catatanKembali: null, penilai: null }, 'tanpaPenilai', {}],
    [{ status: 'dikembalikan', catatanKembali: ' Tambahkan indikator waktu ', penilai }, 'dikembalikan', { catatan: 'Tambahkan indikator waktu' }],
    [{ status: 'dikembalikan', catatanKembali: null, penilai }, 'dikembalikan', { catatan: '—' }],
    [{ status: 'disetujui', catatanKembali: null, penilai }, 'disetujui', {}],
  ] as const)('should say what to do for %j', (skp, kunci, nilai) => {
    expect(langkahBerikut(skp as Parameters<typeof langkahBerikut>[0])).toEqual({ kunci, nilai });
  });

  it("should fall back to my current atasan's name when the SKP has no penilai snapshot", () => {
    expect(langkahBerikut({ status: 'draft', catatanKembali: null, penilai: null }, { nama: 'Ir. Sari' })).toEqual({ kunci: 'lengkapi', nilai: { nama: 'Ir. Sari' } });
  });

  it('should put the running SKP first (after a mutasi), else the latest', () => {
    expect(skpUtama([{ id: 1, aktif: false }, { id: 2, aktif: true }])?.id).toBe(2);
    expect(skpUtama([{ id: 1, aktif: true }, { id: 2, aktif: false }])?.id).toBe(1);
    expect(skpUtama([{ id: 1, aktif: false }, { id: 2, aktif: false }])?.id).toBe(2);
    expect(skpUtama([])).toBeNull();
  });
});

const baris = (id: number, nama: string, langsung: boolean, perluTindakan: BarisTim['perluTindakan'] = [], periodeBelumDinilai: number[] = []): BarisTim => ({
  pegawai: { id, nama, nip: String(id), jabatan: null, unit: null }, langsung, penilaiSaya: langsung, skp: null,
  perluTindakan, periodeBelumDinilai, periodeTerakhir: null,
});

describe('kinerja team list', () => {
  it('should list direct bawahan first, those needing action first, then by name', () => {
    const urut = urutkanTim([
      baris(1, 'Zainal', false, ['setujui_skp']), baris(2, 'Budi', true), baris(3, 'Yusuf', true, ['nilai_periode'], [10]), baris(4, 'Ani', false),
    ]);
    expect(urut.map((b) => b.pegawai.nama)).toEqual(['Yusuf', 'Budi', 'Zainal', 'Ani']);
  });

  it('should make the badges: SKP waiting, the oldest unrated periods (at most 2) and the rest counted', () => {
    const label = (ke: number) => ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November'][ke - 1]!;
    const r = tindakanTim({ perluTindakan: ['setujui_skp', 'nilai_periode', 'nilai_tahunan'], periodeBelumDinilai: [10, 8, 9] }, label);
    expect(r.lencana).toEqual([
      { kunci: 'setujuiSkp', nilai: {} },
      { kunci: 'nilaiPeriode', nilai: { periode: 'Agustus' }, ke: 8 },
      { kunci: 'nilaiPeriode', nilai: { periode: 'September' }, ke: 9 },
      { kunci: 'nilaiTahunan', nilai: {} },
    ]);
    expect(r.lainnya).toBe(1);
    expect(tindakanTim({ perluTindakan: ['nilai_periode'], periodeBelumDinilai: [10] }, label)).toEqual({ lencana: [{ kunci: 'nilaiPeriode', nilai: { periode: 'Oktober' }, ke: 10 }], lainnya: 0 });
    expect(tindakanTim({ perluTindakan: [], periodeBelumDinilai: [] }, label)).toEqual({ lencana: [], lainnya: 0 });
  });

  it('should drop the year from a period label of the year on screen only', () => {
    expect(labelTanpaTahun('Oktober 2026', 2026)).toBe('Oktober');
    expect(labelTanpaTahun('Triwulan IV 2026', 2026)).toBe('Triwulan IV');
    expect(labelTanpaTahun('Oktober 2025', 2026)).toBe('Oktober 2025');
  });
});

describe('kinerja API field errors', () => {
  it.each([
    ['rhk[1].indikator[0].targetSatuan', 'rhk[1].indikator[0].targetSatuan'],
    ['body.rhk.1.indikator.0.targetSatuan', 'rhk[1].indikator[0].targetSatuan'],
    ['body.rhk.12.uraian', 'rhk[12].uraian'],
    ['body.catatan', 'catatan'],
    ['body.ekspektasi.adaptif', 'ekspektasi.adaptif'],
    ['query.tahun', 'tahun'],
    ['rhk', 'rhk'],
  ])('should map %s to %s', (dari, ke) => {
    expect(normalisasiPath(dari)).toBe(ke);
  });

  const galat = (status: number, code: string, errors?: { field: string; message: string }[]) =>
    new ApiError(status, { type: 'about:blank', title: 't', status, code, detail: 'd', ...(errors ? { errors } : {}) });

  it('should key messages by field, the first per field winning', () => {
    const e = galat(400, 'VALIDASI', [
      { field: 'body.rhk.0.uraian', message: 'Uraian RHK wajib diisi' },
      { field: 'rhk[0].uraian', message: 'kedua' },
      { field: 'rhk', message: 'Tambahkan minimal satu RHK utama.' },
    ]);
    expect(galatPerField(e)).toEqual({ 'rhk[0].uraian': 'Uraian RHK wajib diisi', rhk: 'Tambahkan minimal satu RHK utama.' });
    expect(galatPerField(new Error('x'))).toEqual({});
  });

  it('should list the messages that have no field on screen', () => {
    expect(galatTanpaTempat({ rhk: 'a', 'rhk[0].uraian': 'b', 'rhk[5].uraian': 'c' }, new Set(['rhk[0].uraian']))).toEqual(['a', 'c']);
  });

  it('should recognise only the stale-revisi conflict', () => {
    expect(isRevisiUsang(galat(409, 'REVISI_USANG'))).toBe(true);
    expect(isRevisiUsang(galat(409, 'RHK_DIPAKAI'))).toBe(false);
    expect(isRevisiUsang(galat(400, 'REVISI_USANG'))).toBe(false);
    expect(isRevisiUsang(new Error('REVISI_USANG'))).toBe(false);
  });
});

describe('kinerja display formats', () => {
  it('should write WIB dates without shifting the day', () => {
    expect(formatTanggal('2026-01-31', 'id')).toBe('31 Januari 2026');
    expect(formatTanggal('2026-12-31', 'en')).toBe('31 December 2026');
    expect(formatTanggal('bukan', 'id')).toBe('bukan');
    expect(formatWaktu('2026-11-30T00:50:00.000Z', 'id')).toBe('30 Nov 2026, 07.50 WIB');
  });

  it.each([
    [{ targetAngka: 12, targetSatuan: 'dokumen', targetNarasi: null }, 'kuantitatif', 'id', '12 dokumen'],
    [{ targetAngka: 92.5, targetSatuan: '%', targetNarasi: null }, 'kuantitatif', 'id', '92,5%'],
    [{ targetAngka: 92.5, targetSatuan: '%', targetNarasi: null }, 'kuantitatif', 'en', '92.5%'],
    [{ targetAngka: 1500, targetSatuan: null, targetNarasi: null }, 'kuantitatif', 'id', '1.500'],
    [{ targetAngka: null, targetSatuan: 'tiket', targetNarasi: null }, 'kuantitatif', 'id', '—'],
    [{ targetAngka: 5, targetSatuan: 'x', targetNarasi: 'Semua berkas lengkap' }, 'kualitatif', 'id', 'Semua berkas lengkap'],
    [{ targetAngka: 5, targetSatuan: 'x', targetNarasi: '  ' }, 'kualitatif', 'id', '—'],
  ] as const)('should write the target %j (%s, %s) as %s', (x, p, lang, teks) => {
    expect(formatTarget(x, p, lang)).toBe(teks);
  });

  it('should offer last, this and next year plus the shown one, newest first', () => {
    expect(pilihanTahun(2026, 2026)).toEqual([2027, 2026, 2025]);
    expect(pilihanTahun(2023, 2026)).toEqual([2027, 2026, 2025, 2023]);
  });
});
