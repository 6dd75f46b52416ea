import { describe, expect, it } from 'vitest';
import {
  AKSI_PETUGAS, aksiTersedia, aktorAksi, formatNomorPermohonan, kodeAksesDari, LABEL_STATUS_PERMOHONAN, normalisasiKodeAkses,
  normalisasiNomor, pesanTransisiDitolak, POLA_NOMOR_PERMOHONAN, STATUS_PERMOHONAN, transisi, validasiPerbaikan,
  type AksiPermohonan, type StatusPermohonan,
} from './permohonan.ts';

const SEMUA_AKSI: AksiPermohonan[] = [...AKSI_PETUGAS, 'ajukan_ulang'];

/** The whole allowed-transition table (plan decision 4); every other pair must be refused. */
const BOLEH: Array<[StatusPermohonan, AksiPermohonan, StatusPermohonan]> = [
  ['diajukan', 'verifikasi', 'diverifikasi'],
  ['diverifikasi', 'proses', 'diproses'],
  ['diproses', 'selesaikan', 'selesai'],
  ['diajukan', 'minta_perbaikan', 'perlu_perbaikan'],
  ['diverifikasi', 'minta_perbaikan', 'perlu_perbaikan'],
  ['diproses', 'minta_perbaikan', 'perlu_perbaikan'],
  ['diajukan', 'tolak', 'ditolak'],
  ['diverifikasi', 'tolak', 'ditolak'],
  ['diproses', 'tolak', 'ditolak'],
  ['perlu_perbaikan', 'ajukan_ulang', 'diajukan'],
];

describe(transisi.name, () => {
  it.each(BOLEH)('should move %s --%s--> %s', (dari, aksi, ke) => {
    expect(transisi(dari, aksi)).toBe(ke);
  });

  const ditolak = STATUS_PERMOHONAN.flatMap((s) => SEMUA_AKSI.map((a) => [s, a] as const))
    .filter(([s, a]) => !BOLEH.some(([d, x]) => d === s && x === a));
  it.each(ditolak)('should refuse %s --%s--> with an Indonesian message', (s, a) => {
    expect(transisi(s, a)).toBeNull();
    expect(pesanTransisiDitolak(s, a)).toMatch(/permohonan|perbaikan/i);
  });

  it('should refuse every action on a final case with the same message', () => {
    for (const s of ['selesai', 'ditolak'] as const) {
      for (const a of SEMUA_AKSI) expect(pesanTransisiDitolak(s, a)).toBe(`Permohonan berstatus ${LABEL_STATUS_PERMOHONAN[s]} tidak dapat diubah lagi.`);
    }
  });

  it('should explain the order of steps', () => {
    expect(pesanTransisiDitolak('diajukan', 'proses')).toBe('Permohonan harus diverifikasi dulu sebelum diproses (status sekarang: Diajukan).');
    expect(pesanTransisiDitolak('diajukan', 'selesaikan')).toContain('harus diproses dulu');
    expect(pesanTransisiDitolak('perlu_perbaikan', 'minta_perbaikan')).toContain('menunggu pemohon');
  });
});

describe('actors and buttons', () => {
  it('should let only the applicant resubmit', () => {
    expect(aktorAksi('ajukan_ulang')).toBe('pemohon');
    for (const a of AKSI_PETUGAS) expect(aktorAksi(a)).toBe('petugas');
  });
  it.each([
    ['diajukan', ['verifikasi', 'minta_perbaikan', 'tolak']],
    ['diverifikasi', ['proses', 'minta_perbaikan', 'tolak']],
    ['diproses', ['minta_perbaikan', 'selesaikan', 'tolak']],
    ['perlu_perbaikan', []],
    ['selesai', []],
    ['ditolak', []],
  ] as const)('should offer staff in %s: %j', (s, aksi) => {
    expect(aksiTersedia(s)).toEqual(aksi);
  });
});

describe(validasiPerbaikan.name, () => {
  const kode = ['ktp', 'kk', 'surat-pengantar'];
  it('should accept items with notes, with or without a persyaratan', () => {
    expect(validasiPerbaikan([{ persyaratanKode: 'ktp', catatan: 'Foto KTP buram' }, { catatan: 'Nama ibu kandung belum diisi' }], kode)).toEqual([]);
  });
  it.each([
    [undefined, 'perbaikan', 'minimal satu'],
    [[], 'perbaikan', 'minimal satu'],
    [[{ catatan: 'ok' }], 'perbaikan.0.catatan', 'minimal 3'],
    [[{ persyaratanKode: 'paspor', catatan: 'Unggah paspor' }], 'perbaikan.0.persyaratanKode', 'tidak ada'],
    [[{ persyaratanKode: 'kk', catatan: 'Buram' }, { persyaratanKode: 'kk', catatan: 'Terpotong' }], 'perbaikan.1.persyaratanKode', 'dua kali'],
  ])('should refuse %j (%s)', (items, field, pesan) => {
    const m = validasiPerbaikan(items, kode);
    expect(m[0]).toMatchObject({ field, message: expect.stringContaining(pesan) });
  });
});

describe('nomor and kode akses', () => {
  it.each([
    [2026, 1, 'PM-2026-000001'],
    [2026, 123, 'PM-2026-000123'],
    [2027, 999_999, 'PM-2027-999999'],
    [2027, 1_000_000, 'PM-2027-1000000'],
  ])('formatNomorPermohonan(%d, %d) → %s', (t, n, nomor) => {
    expect(formatNomorPermohonan(t, n)).toBe(nomor);
    expect(POLA_NOMOR_PERMOHONAN.test(nomor)).toBe(true);
  });
  it('should normalise typed numbers', () => {
    expect(normalisasiNomor(' pm-2026-000123 ')).toBe('PM-2026-000123');
    expect(POLA_NOMOR_PERMOHONAN.test('PG-2026-000123')).toBe(false);
  });
  it('should make 8-character codes of the unambiguous alphabet in display form', () => {
    const k = kodeAksesDari(new Uint8Array([0, 1, 2, 3, 30, 31, 61, 255]));
    expect(k).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(k).toBe('2345-Z2Z9');
    expect(normalisasiKodeAkses('k7pq m2xd')).toBe('K7PQM2XD');
    expect(() => kodeAksesDari(new Uint8Array(4))).toThrow(RangeError);
  });
});
