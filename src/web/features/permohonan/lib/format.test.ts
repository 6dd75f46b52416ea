import { describe, expect, it } from 'vitest';
import { formatTanggalJam, formatUkuran, formatWaktu, jenisNomor, normalisasiKode, normalisasiNomor, samarkan16 } from './format.ts';
import { namaDariDisposition, periksaBerkas } from './berkas.ts';
import { perluKk } from './persyaratan.ts';

describe('permohonan web format', () => {
  it.each([
    ['2026-12-03T03:00:00.000Z', 'id', 'Kamis, 3 Desember 2026 pukul 10.00 WIB'],
    ['2026-12-03T03:00:00.000Z', 'en', 'Thursday, 3 December 2026 at 10:00 WIB'],
    // 23:30 UTC is already the next day in WIB
    ['2026-11-30T23:30:00.000Z', 'id', 'Selasa, 1 Desember 2026 pukul 06.30 WIB'],
  ])('should write %s in plain words (%s) in WIB', (iso, lang, teks) => {
    expect(formatTanggalJam(iso, lang)).toBe(teks);
  });

  it('should show short times in WIB', () => {
    expect(formatWaktu('2026-11-30T00:50:00.000Z', 'id')).toBe('30 Nov 2026, 07.50 WIB');
  });

  it.each([
    [500, '500 B'], [2048, '2 KB'], [1.25 * 1024 * 1024, '1,3 MB'], [5 * 1024 * 1024, '5 MB'],
  ])('should format %d bytes as %s', (n, teks) => {
    expect(formatUkuran(n, 'id')).toBe(teks);
  });

  it.each([
    ['pm-2026-000123', 'PM'], [' PG 2026 000045 ', 'PG'], ['PM-2026-12', 'PM'], ['AB-2026-000001', null], ['PM2026000123', null], ['', null],
  ])('should recognise the kind of %j', (nomor, jenis) => {
    expect(jenisNomor(nomor)).toBe(jenis);
  });

  it('should normalise numbers and access codes as typed on a phone', () => {
    expect(normalisasiNomor(' pm 2026 000123')).toBe('PM-2026-000123');
    expect(normalisasiKode('k7pq m2xd')).toBe('K7PQ-M2XD');
    expect(normalisasiKode('K7PQ-M2XD')).toBe('K7PQ-M2XD');
    expect(normalisasiKode('abc')).toBe('ABC');
  });

  it('should mask a 16-digit number like the server', () => {
    expect(samarkan16('1274015506900001')).toBe('1274********0001');
    expect(samarkan16('12345')).toBe('12345');
  });

  it.each([
    [{ name: 'ktp.pdf', type: 'application/pdf', size: 1000 }, {}, null],
    [{ name: 'foto.JPG', type: '', size: 1000 }, {}, null],
    [{ name: 'foto.png', type: 'image/png', size: 1000 }, { hanyaPdf: true }, 'berkasJenisSalah'],
    [{ name: 'surat.docx', type: 'application/msword', size: 1000 }, {}, 'berkasJenisSalah'],
    [{ name: 'besar.pdf', type: 'application/pdf', size: 5 * 1024 * 1024 + 1 }, {}, 'berkasBesar'],
    [{ name: 'pas.pdf', type: 'application/pdf', size: 5 * 1024 * 1024 }, {}, null],
  ])('should check %j %j before upload → %s', (f, o, hasil) => {
    expect(periksaBerkas(f as File, o)).toBe(hasil);
  });

  it('should read the file name of a Content-Disposition header', () => {
    expect(namaDariDisposition(`attachment; filename="a b.pdf"; filename*=UTF-8''akta%20lahir.pdf`)).toBe('akta lahir.pdf');
    expect(namaDariDisposition('attachment; filename="ktp.pdf"')).toBe('ktp.pdf');
    expect(namaDariDisposition(null)).toBeNull();
  });
});

describe('perluKk', () => {
  it.each([
    [[{ kode: 'kk', nama: 'Kartu Keluarga', wajib: 'wajib' }], true],
    [[{ kode: 'fotokopi-kk', nama: 'Fotokopi KK', wajib: 'wajib' }], true],
    [[{ kode: 'kk-lama', nama: 'KK lama', wajib: 'kondisional' }], false],
    [[{ kode: 'surat-nikah', nama: 'Buku nikah / Kartu Keluarga orang tua', wajib: 'wajib' }], true],
    [[{ kode: 'ktp-el', nama: 'KTP-el', wajib: 'wajib' }, { kode: 'kkn', nama: 'Sertifikat KKN', wajib: 'wajib' }], false],
  ] as const)('should decide from %j → %s', (p, hasil) => {
    expect(perluKk(p)).toBe(hasil);
  });
});
