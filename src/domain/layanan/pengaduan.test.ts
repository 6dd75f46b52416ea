import { describe, expect, it } from 'vitest';
import { JAM_KERJA_ASN, waktuWib, type Kalender } from '../shared/hari-kerja.ts';
import {
  AKSI_STAF_PENGADUAN, BATAS_BAWAAN, STATUS_PENGADUAN, aksiStafTersedia, batasAktif, batasHariKerja, catatanStatusOpen311,
  dalamWilayahKota, formatKodeAkses, formatNomorPengaduan, isoWib, masihBisaDibuka, normalisasiKodeAkses, statusOpen311,
  teksWaktuWib, tindakLanjutTepatWaktu, transisiPengaduan, type AksiPengaduan, type StatusPengaduan,
} from './pengaduan.ts';

/** A slice of the 2026 SKB 3 Menteri calendar. */
const kal: Kalender = {
  libur: new Set(['2026-08-17', '2026-12-24', '2026-12-25']),
  jadwal: JAM_KERJA_ASN,
};
const wib = (t: string, j: string) => waktuWib(t, j);

describe(transisiPengaduan.name, () => {
  // Every (status, aksi) pair: the expected status after it, or null when refused.
  const TABEL: Array<[StatusPengaduan, AksiPengaduan, StatusPengaduan | null]> = [
    ['baru', 'verifikasi', 'diverifikasi'],
    ['baru', 'teruskan', 'diteruskan'],
    ['baru', 'tolak', 'ditolak'],
    ['baru', 'tanggapi', 'baru'],
    ['baru', 'tindak_lanjut', null],
    ['baru', 'tutup', 'ditutup'],
    ['baru', 'balas', 'baru'],
    ['baru', 'konfirmasi_tuntas', null],
    ['baru', 'konfirmasi_belum', null],
    ['baru', 'tutup_otomatis', null],
    ['diverifikasi', 'verifikasi', null],
    ['diverifikasi', 'teruskan', 'diteruskan'],
    ['diverifikasi', 'tolak', 'ditolak'],
    ['diverifikasi', 'tindak_lanjut', null],
    ['diverifikasi', 'tutup', 'ditutup'],
    ['diteruskan', 'verifikasi', null],
    ['diteruskan', 'teruskan', 'diteruskan'], // re-disposition to another OPD
    ['diteruskan', 'tolak', null], // once forwarded, the OPD answers or the coordinator closes
    ['diteruskan', 'tanggapi', 'diteruskan'],
    ['diteruskan', 'tindak_lanjut', 'ditindaklanjuti'],
    ['diteruskan', 'balas', 'diteruskan'],
    ['diteruskan', 'konfirmasi_tuntas', null],
    ['ditindaklanjuti', 'teruskan', null],
    ['ditindaklanjuti', 'tindak_lanjut', null],
    ['ditindaklanjuti', 'tanggapi', 'ditindaklanjuti'],
    ['ditindaklanjuti', 'tutup', 'ditutup'],
    ['ditindaklanjuti', 'balas', 'diteruskan'], // reopened: the OPD must answer again
    ['ditindaklanjuti', 'konfirmasi_tuntas', 'selesai'],
    ['ditindaklanjuti', 'konfirmasi_belum', 'diteruskan'],
    ['ditindaklanjuti', 'tutup_otomatis', 'selesai'],
    ['selesai', 'balas', 'diteruskan'],
    ['selesai', 'konfirmasi_belum', 'diteruskan'],
    ['selesai', 'konfirmasi_tuntas', 'selesai'],
    ['selesai', 'tutup', null],
    ['selesai', 'tanggapi', null],
    ['selesai', 'tutup_otomatis', null], // idempotent job: an already closed case is not closed again
    ['ditutup', 'balas', null],
    ['ditutup', 'konfirmasi_belum', null],
    ['ditutup', 'teruskan', null],
    ['ditolak', 'balas', null],
    ['ditolak', 'verifikasi', null],
    ['ditolak', 'tutup', null],
  ];
  it.each(TABEL)('should take %s through %s to %s', (dari, aksi, ke) => {
    const h = transisiPengaduan(dari, aksi);
    if (ke === null) expect(h.ok).toBe(false);
    else expect(h).toEqual({ ok: true, ke });
  });

  it('should refuse in Indonesian naming the case, its status and the action', () => {
    const h = transisiPengaduan('selesai', 'tolak', 'PG-2026-000045');
    expect(h).toEqual({ ok: false, pesan: 'Laporan PG-2026-000045 berstatus "Selesai": tindakan "Laporan ditolak" tidak dapat dilakukan.' });
  });

  it('should never leave a closed case through a staff action', () => {
    for (const s of ['ditutup', 'ditolak'] as const) expect(aksiStafTersedia(s)).toEqual([]);
    expect(aksiStafTersedia('selesai')).toEqual([]);
  });

  it('should offer the coordinator every staff action on a new case except the follow-up', () => {
    expect(aksiStafTersedia('baru')).toEqual(AKSI_STAF_PENGADUAN.filter((a) => a !== 'tindak_lanjut'));
    expect(aksiStafTersedia('diteruskan')).toEqual(['teruskan', 'tanggapi', 'tindak_lanjut', 'tutup']);
  });

  it('should know every status', () => {
    for (const s of STATUS_PENGADUAN) expect(() => transisiPengaduan(s, 'balas')).not.toThrow();
  });
});

describe(batasHariKerja.name, () => {
  it.each([
    ['Jumat 10:00 + 3 → Rabu 10:00 (weekend skipped)', wib('2026-12-04', '10:00'), 3, wib('2026-12-09', '10:00')],
    ['Sabtu → counts from Senin 07:30', wib('2026-12-05', '09:00'), 3, wib('2026-12-10', '07:30')],
    ['Senin 17:00 (after hours) → from Selasa 07:30', wib('2026-11-30', '17:00'), 3, wib('2026-12-04', '07:30')],
    ['Senin 06:00 (before hours) → from Senin 07:30', wib('2026-11-30', '06:00'), 5, wib('2026-12-07', '07:30')],
    ['Senin 12:30 (lunch break) → from 13:00', wib('2026-11-30', '12:30'), 1, wib('2026-12-01', '13:00')],
    ['Jumat 11:45 (Friday prayer) → from 13:00', wib('2026-12-04', '11:45'), 1, wib('2026-12-07', '13:00')],
    ['Rabu 23 Des + 3 across cuti bersama and Natal', wib('2026-12-23', '14:00'), 3, wib('2026-12-30', '14:00')],
    ['holiday Monday 17 Agustus → from Selasa', wib('2026-08-17', '09:00'), 3, wib('2026-08-21', '07:30')],
    ['auto-close 10 hari kerja across Natal', wib('2026-12-15', '10:00'), 10, wib('2026-12-31', '10:00')],
    ['n = 0 on a Saturday → the next opening', wib('2026-12-05', '09:00'), 0, wib('2026-12-07', '07:30')],
    ['n = 0 inside working hours → unchanged', wib('2026-12-01', '09:17'), 0, wib('2026-12-01', '09:17')],
    ['00:30 WIB (the previous UTC day) → that WIB day 07:30', new Date('2026-11-29T17:30:00Z'), 1, wib('2026-12-01', '07:30')],
  ])('%s', (_n, mulai, n, harus) => {
    expect(batasHariKerja(mulai, n, kal).toISOString()).toBe(harus.toISOString());
  });

  it('should keep seconds of the start', () => {
    const mulai = new Date(wib('2026-12-01', '09:00').getTime() + 42_500);
    expect(batasHariKerja(mulai, 3, kal).getTime() - wib('2026-12-04', '09:00').getTime()).toBe(42_500);
  });

  it.each([-1, 1.5, Number.NaN])('should refuse n = %s', (n) => expect(() => batasHariKerja(new Date(), n, kal)).toThrow(RangeError));

  it('should use the LAPOR! defaults 3/5/10', () => expect(BATAS_BAWAAN).toEqual({ hariVerifikasi: 3, hariTindakLanjut: 5, hariTutupOtomatis: 10 }));
});

describe(batasAktif.name, () => {
  const p = {
    batasVerifikasi: wib('2026-12-03', '10:00'),
    batasTindakLanjut: wib('2026-12-10', '10:00'),
    tutupOtomatisAt: wib('2026-12-24', '10:00'),
  };
  it.each([
    ['baru', wib('2026-12-03', '10:00'), 'verifikasi', false], // exactly at the deadline: still in time
    ['diverifikasi', wib('2026-12-03', '10:01'), 'verifikasi', true],
    ['diteruskan', wib('2026-12-09', '10:00'), 'tindak_lanjut', false],
    ['diteruskan', wib('2026-12-11', '08:00'), 'tindak_lanjut', true],
    ['ditindaklanjuti', wib('2027-01-30', '08:00'), 'tutup_otomatis', false],
  ] as const)('should give a %s case at %s the %s deadline, late=%s', (status, now, jenis, terlambat) => {
    expect(batasAktif({ ...p, status }, now)).toMatchObject({ jenis, terlambat });
  });

  it.each(['selesai', 'ditutup', 'ditolak'] as const)('should give a %s case no deadline', (status) => {
    expect(batasAktif({ ...p, status }, wib('2026-12-01', '08:00'))).toBeNull();
  });
});

describe(masihBisaDibuka.name, () => {
  const selesai = wib('2026-12-15', '10:00'); // + 10 hari kerja = 31 Des 10:00 (Natal skipped)
  it.each([
    [wib('2026-12-31', '10:00'), true],
    [wib('2026-12-31', '10:01'), false],
    [wib('2026-12-24', '10:00'), true],
  ])('at %s → %s', (now, boleh) => expect(masihBisaDibuka(selesai, now, 10, kal)).toBe(boleh));
});

describe(tindakLanjutTepatWaktu.name, () => {
  const batas = wib('2026-12-10', '10:00');
  it.each([
    [wib('2026-12-10', '10:00'), batas, true],
    [wib('2026-12-10', '10:01'), batas, false],
    [null, batas, false],
    [wib('2026-12-01', '10:00'), null, false],
  ])('follow-up %s, deadline %s → %s', (at, b, harus) => expect(tindakLanjutTepatWaktu(at, b)).toBe(harus));
});

describe(dalamWilayahKota.name, () => {
  it.each([
    [2.9667, 99.8, true], // city centre
    [2.99, 99.86, true], // Teluk Nibung, by the Asahan estuary
    [3.1, 99.95, true], // the corner (inclusive)
    [99.8, 2.9667, false], // lat/long swapped
    [0, 0, false],
    [3.5952, 98.6722, false], // Medan
    [2.9667, 99.96, false],
    [Number.NaN, 99.8, false],
  ])('(%s, %s) → %s', (lat, lng, ok) => expect(dalamWilayahKota(lat, lng)).toBe(ok));
});

describe('Open311 mapping', () => {
  it.each([
    ['baru', 'open'], ['diverifikasi', 'open'], ['diteruskan', 'open'], ['ditindaklanjuti', 'open'],
    ['selesai', 'closed'], ['ditutup', 'closed'], ['ditolak', 'closed'],
  ] as const)('should map %s to %s', (s, o) => expect(statusOpen311(s)).toBe(o));

  it.each([
    [{ status: 'baru' }, 'Laporan diterima, menunggu verifikasi.'],
    [{ status: 'diteruskan', unitNama: 'Dinas PUPR' }, 'Diteruskan ke Dinas PUPR, menunggu tindak lanjut.'],
    [{ status: 'ditindaklanjuti', unitNama: 'Dinas PUPR', hasil: 'tuntas', tanggapan: 'Jalan sudah ditambal.' },
      'Ditindaklanjuti Dinas PUPR (Tuntas): Jalan sudah ditambal.'],
    [{ status: 'ditindaklanjuti', unitNama: 'Dinas PUPR', hasil: 'sebagian', tanggapan: 'Separuh ruas.' },
      'Ditindaklanjuti Dinas PUPR (Selesai sebagian): Separuh ruas.'],
    [{ status: 'selesai', unitNama: 'Dinas PUPR', hasil: 'tuntas', tanggapan: null }, 'Selesai (Dinas PUPR) (Tuntas).'],
    [{ status: 'ditolak', tanggapan: 'Bukan kewenangan Pemerintah Kota.' }, 'Ditolak: Bukan kewenangan Pemerintah Kota.'],
    [{ status: 'ditutup' }, 'Ditutup.'],
  ] as const)('should write the status note of %o', (p, teks) => expect(catatanStatusOpen311(p)).toBe(teks));

  it('should shorten a long answer to 300 characters', () => {
    const teks = catatanStatusOpen311({ status: 'ditolak', tanggapan: 'x'.repeat(1000) });
    expect(teks.length).toBeLessThanOrEqual('Ditolak: '.length + 300);
    expect(teks.endsWith('…')).toBe(true);
  });

  it.each([
    [new Date('2026-11-30T00:50:00Z'), '2026-11-30T07:50:00+07:00'],
    [new Date('2026-11-30T17:00:00.999Z'), '2026-12-01T00:00:00+07:00'],
  ])('should write %s as %s', (d, s) => expect(isoWib(d)).toBe(s));
});

describe('numbers, codes and text', () => {
  it('should format the case number', () => expect(formatNomorPengaduan(2026, 45)).toBe('PG-2026-000045'));
  it.each([['k7pq-m2xd', 'K7PQM2XD'], [' K7PQ M2XD ', 'K7PQM2XD'], ['K7PQM2XD', 'K7PQM2XD']])(
    'should normalise the access code %j', (a, b) => expect(normalisasiKodeAkses(a)).toBe(b));
  it('should show the access code in two groups', () => expect(formatKodeAkses('k7pqm2xd')).toBe('K7PQ-M2XD'));
  it.each([
    [new Date('2026-12-03T03:00:00Z'), 'Kamis, 3 Desember 2026 pukul 10.00 WIB'],
    [new Date('2026-11-29T17:05:00Z'), 'Senin, 30 November 2026 pukul 00.05 WIB'],
  ])('should read %s as %s', (d, t) => expect(teksWaktuWib(d)).toBe(t));
});
