import { describe, expect, it } from 'vitest';
import { TEMPLAT_NOTIFIKASI } from './notifikasi.service.ts';
import { DataPribadiDalamPesanError, formatTanggalPanjang, periksaTanpaNik, renderPesan } from './notifikasi.templat.ts';

const LENGKAP = {
  nomor: 'A-007', layanan: 'KTP-el', lokasi: 'Disdukcapil Kota Tanjungbalai', tanggal: '2026-12-14', sesi: '08:00–10:00',
  checkInBuka: '07:30', checkInTutup: '08:15', tautan: '/antrian/tiket/K7Q2M9', tautanSurvei: '/survei/SKM1?undangan=ABCD', sisa: 3,
  alasan: 'Kantor tutup karena banjir',
};
const URL = 'https://sikap.tanjungbalaikota.go.id';

describe('renderPesan', () => {
  it.each([
    ['antrian.konfirmasi', ['Nomor: A-007', 'Layanan: KTP-el', 'Senin, 14 Desember 2026, sesi 08:00–10:00', '07:30–08:15 WIB', `${URL}/antrian/tiket/K7Q2M9`]],
    ['antrian.pengingat', ['pengingat antrian A-007', 'KTP-el', 'Senin, 14 Desember 2026', 'check-in pukul 07:30–08:15 WIB', `${URL}/antrian/tiket/K7Q2M9`]],
    ['antrian.sisa', ['Nomor A-007: 3 orang lagi sebelum giliran Anda di Disdukcapil Kota Tanjungbalai.']],
    ['antrian.survei', ['terima kasih', 'KTP-el', `${URL}/survei/SKM1?undangan=ABCD`]],
    ['antrian.dibatalkan', ['A-007', 'telah dibatalkan', 'Keterangan: Kantor tutup karena banjir']],
    ['antrian.jadwal_ulang', ['telah diubah', 'Nomor: A-007', 'Jadwal baru: Senin, 14 Desember 2026, sesi 08:00–10:00']],
  ] as const)('should render %s with every field given', (templat, harus) => {
    const teks = renderPesan(templat, LENGKAP, { publicUrl: `${URL}/` });
    for (const h of harus) expect(teks).toContain(h);
  });

  it.each(TEMPLAT_NOTIFIKASI.map((t) => [t]))('should render %s from empty data without "undefined", "null" or NaN', (templat) => {
    for (const data of [{}, { nomor: null, layanan: '', sisa: Number.NaN, tanggal: undefined }]) {
      const teks = renderPesan(templat, data);
      expect(teks.length).toBeGreaterThan(20);
      expect(teks).not.toMatch(/undefined|null|NaN|\[object/);
    }
  });

  it('should say the turn is near when nobody is left ahead', () => {
    expect(renderPesan('antrian.sisa', { nomor: 'B-012', sisa: 0, lokasi: 'MPP' })).toContain('Nomor B-012: Giliran Anda segera tiba di MPP.');
  });

  it('should keep absolute links and leave paths alone without a public URL', () => {
    expect(renderPesan('antrian.konfirmasi', { tautan: 'https://x.id/t/1' }, { publicUrl: URL })).toContain('Lihat tiket: https://x.id/t/1');
    expect(renderPesan('antrian.konfirmasi', { tautan: '/antrian/tiket/Z' })).toContain('Lihat tiket: /antrian/tiket/Z');
  });

  it('should drop the link line when no link is given', () => {
    expect(renderPesan('antrian.survei', { layanan: 'KIA' })).not.toContain('survei kepuasan');
    expect(renderPesan('antrian.konfirmasi', { nomor: 'A-001' })).not.toContain('Lihat tiket');
  });

  it('should build the session from sesiMulai and sesiSelesai', () => {
    expect(renderPesan('antrian.pengingat', { sesiMulai: '13:30', sesiSelesai: '15:30' })).toContain('sesi 13:30–15:30');
  });

  it('should refuse an unknown template', () => {
    expect(() => renderPesan('antrian.lain', LENGKAP)).toThrow(/tidak dikenal/);
  });
});

describe('periksaTanpaNik (pelayanan.md §5.2: never a NIK in a notification)', () => {
  it.each([
    [{ nama: 'Budi 1274010101010001' }],
    [{ catatan: '1274 0101 0101 0001' }],
    [{ catatan: '1274.0101.0101.0001' }],
    [{ angka: 1274010101010001 }],
    [{ nik: 'disamarkan' }],
    [{ NIK: '' }],
    [{ no_kk: 'x' }],
  ])('should refuse %j', (data) => {
    expect(() => periksaTanpaNik(data)).toThrow(DataPribadiDalamPesanError);
    expect(() => renderPesan('antrian.konfirmasi', data)).toThrow(DataPribadiDalamPesanError);
  });

  it.each([
    [LENGKAP],
    [{ telepon: '+62 812 3456 7890' }],
    [{ nikSamaran: '1274********0001' }],
    [{ kode: '123456789012345' }],
  ])('should accept %j', (data) => {
    expect(() => periksaTanpaNik(data)).not.toThrow();
  });
});

describe('formatTanggalPanjang', () => {
  it.each([
    ['2026-12-14', 'Senin, 14 Desember 2026'],
    ['2027-01-01', 'Jumat, 1 Januari 2027'],
    ['2028-02-29', 'Selasa, 29 Februari 2028'],
    ['2026-02-30', '2026-02-30'],
    ['besok', 'besok'],
  ])('%s → %s', (masuk, keluar) => {
    expect(formatTanggalPanjang(masuk)).toBe(keluar);
  });
});
