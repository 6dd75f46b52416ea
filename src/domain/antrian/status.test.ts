import { describe, expect, it } from 'vitest';
import {
  AKSI_TIKET, STATUS_AKHIR, STATUS_TIKET, TransisiDitolak, bolehTransisi, pesanTransisiDitolak, transisi,
  type AksiTiket, type StatusTiket,
} from './status.ts';

/** Every allowed transition; every other (status, aksi) pair must be refused. */
const BOLEH: Array<[StatusTiket, AksiTiket, StatusTiket]> = [
  ['dipesan', 'check_in', 'menunggu'],
  ['menunggu', 'panggil', 'dipanggil'],
  ['dipanggil', 'panggil_ulang', 'dipanggil'],
  ['dipanggil', 'mulai', 'dilayani'],
  ['dilayani', 'selesai', 'selesai'],
  ['dipanggil', 'tahan', 'ditahan'],
  ['dilayani', 'tahan', 'ditahan'],
  ['ditahan', 'lanjutkan', 'menunggu'],
  ['dipanggil', 'lewati', 'menunggu'],
  ['menunggu', 'alihkan', 'menunggu'],
  ['dipanggil', 'alihkan', 'menunggu'],
  ['dilayani', 'alihkan', 'menunggu'],
  ['ditahan', 'alihkan', 'menunggu'],
  ['dipesan', 'batal', 'dibatalkan'],
  ['menunggu', 'batal', 'dibatalkan'],
  ['dipesan', 'kedaluwarsa', 'kedaluwarsa'],
  ['ditahan', 'kedaluwarsa', 'kedaluwarsa'],
  ['dipanggil', 'tidak_hadir', 'tidak_hadir'],
];

describe(transisi.name, () => {
  it.each(BOLEH)('should move %s --%s--> %s', (dari, aksi, ke) => {
    expect(transisi(dari, aksi)).toBe(ke);
    expect(bolehTransisi(dari, aksi)).toBe(true);
  });

  const ditolak = STATUS_TIKET.flatMap((s) => AKSI_TIKET.map((a) => [s, a] as const)).filter(
    ([s, a]) => !BOLEH.some(([d, x]) => d === s && x === a),
  );
  it.each(ditolak)('should refuse %s --%s-->', (dari, aksi) => {
    expect(bolehTransisi(dari, aksi)).toBe(false);
    expect(() => transisi(dari, aksi)).toThrow(TransisiDitolak);
  });

  it.each(STATUS_AKHIR)('should never leave the final status %s', (s) => {
    expect(AKSI_TIKET.filter((a) => bolehTransisi(s, a))).toEqual([]);
  });

  it('should explain a refusal in Indonesian, naming the ticket', () => {
    expect(() => transisi('selesai', 'panggil_ulang', 'A-007')).toThrow('Tiket A-007 sudah selesai; tidak dapat dipanggil ulang');
    expect(pesanTransisiDitolak('menunggu', 'mulai')).toBe('Tiket menunggu; tidak dapat mulai dilayani');
  });
});
