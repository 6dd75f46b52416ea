import { describe, expect, it } from 'vitest';
import { PengaduanDataSchema } from '../../../../contracts/pengaduan.ts';
import { badgeBatas } from './batas.ts';
import { kenaliFoto, MAKS_FOTO_BYTE, saringFoto } from './foto.ts';
import { formatKoordinat, formatUkuran, formatWaktu, tautanPeta } from './format.ts';
import { ISIAN_KOSONG, keData, periksaIsian, petakanGalatServer, type Isian } from './isian.ts';
import { bacaLacak, dariState, hapusLacak, rapikanNomor, simpanLacak } from './lacak-sesi.ts';

const bytes = (...b: number[]) => new Uint8Array(b);

describe(kenaliFoto.name, () => {
  it.each([
    ['jpeg', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), 'jpeg'],
    ['png', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0), 'png'],
    ['pdf renamed .jpg', bytes(0x25, 0x50, 0x44, 0x46, 0x2d), null],
    ['png header cut short', bytes(0x89, 0x50, 0x4e, 0x47), null],
    ['empty file', bytes(), null],
    ['two jpeg bytes only', bytes(0xff, 0xd8), null],
  ])('should recognise %s', (_, awal, jenis) => {
    expect(kenaliFoto(awal)).toBe(jenis);
  });
});

describe(saringFoto.name, () => {
  const f = (nama: string, ukuran = 1000, jenis: 'jpeg' | 'png' | null = 'jpeg') => ({ nama, ukuran, jenis });

  it('should accept up to three photos and refuse the rest in the order chosen', () => {
    const r = saringFoto(1, [f('a'), f('b'), f('c')]);
    expect(r.diterima).toEqual([0, 1]);
    expect(r.galat).toEqual([{ nama: 'c', alasan: 'jumlah' }]);
  });

  it('should refuse a file that is not JPEG/PNG by content, or too large, without using a place', () => {
    const r = saringFoto(0, [f('dok.jpg', 10, null), f('besar.png', MAKS_FOTO_BYTE + 1, 'png'), f('pas.png', MAKS_FOTO_BYTE, 'png')]);
    expect(r.diterima).toEqual([2]);
    expect(r.galat).toEqual([{ nama: 'dok.jpg', alasan: 'jenis' }, { nama: 'besar.png', alasan: 'ukuran' }]);
  });

  it('should honour limits given by the caller', () => {
    expect(saringFoto(0, [f('a', 200), f('b', 50)], { maksByte: 100, maksJumlah: 1 })).toEqual({
      diterima: [1], galat: [{ nama: 'a', alasan: 'ukuran' }],
    });
  });
});

describe(formatUkuran.name, () => {
  it.each([
    [512, 'id', '512 B'],
    [2048, 'id', '2 KB'],
    [5 * 1024 * 1024, 'id', '5 MB'],
    [1.5 * 1024 * 1024, 'id', '1,5 MB'],
    [1.5 * 1024 * 1024, 'en', '1.5 MB'],
  ])('should print %d bytes in %s as %s', (b, lang, teks) => {
    expect(formatUkuran(b, lang)).toBe(teks);
  });
});

describe(formatWaktu.name, () => {
  it('should show the instant in WIB whatever the zone of the machine', () => {
    expect(formatWaktu('2026-11-30T00:50:00.000Z', 'id')).toBe('30 Nov 2026 07.50 WIB');
    expect(formatWaktu('2026-11-30T17:05:00.000Z', 'id')).toBe('1 Des 2026 00.05 WIB');
  });
});

describe(formatKoordinat.name, () => {
  it('should round to 5 decimals and link to the same point on OpenStreetMap', () => {
    expect(formatKoordinat(2.9661234, 99.8004)).toBe('2.96612, 99.80040');
    expect(tautanPeta(2.96612, 99.8004)).toBe('https://www.openstreetmap.org/?mlat=2.966120&mlon=99.800400#map=18/2.966120/99.800400');
  });
});

describe('lacak-sesi', () => {
  const penyimpan = () => {
    const m = new Map<string, string>();
    return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k), m };
  };

  it('should keep the pair for the tab and forget it on request', () => {
    const s = penyimpan();
    expect(bacaLacak(s)).toBeNull();
    simpanLacak({ nomor: 'PG-2026-000045', kodeAkses: 'K7PQ-M2XD' }, s);
    expect(bacaLacak(s)).toEqual({ nomor: 'PG-2026-000045', kodeAkses: 'K7PQ-M2XD' });
    hapusLacak(s);
    expect(bacaLacak(s)).toBeNull();
  });

  it('should treat a damaged stored value as none', () => {
    const s = penyimpan();
    s.setItem('sikap.pengaduan.lacak', '{"nomor":1');
    expect(bacaLacak(s)).toBeNull();
    s.setItem('sikap.pengaduan.lacak', '{"nomor":"PG-1"}');
    expect(bacaLacak(s)).toBeNull();
  });

  it('should work without any storage (server, privacy mode)', () => {
    expect(bacaLacak(null)).toBeNull();
    expect(() => simpanLacak({ nomor: 'x', kodeAkses: 'y' }, null)).not.toThrow();
  });

  it.each([
    [{ nomor: 'PG-2026-000001', kodeAkses: 'ABCD-EFGH' }, { nomor: 'PG-2026-000001', kodeAkses: 'ABCD-EFGH' }],
    [{ nomor: 'PG-2026-000001', kode: 'ABCD-EFGH' }, { nomor: 'PG-2026-000001', kodeAkses: 'ABCD-EFGH' }],
    [{ nomor: 'PG-2026-000001' }, null],
    [null, null],
    ['PG-2026-000001', null],
  ])('should read router state %j', (state, pasangan) => {
    expect(dariState(state)).toEqual(pasangan);
  });

  it.each([
    [' pg-2026-000045 ', 'PG-2026-000045'],
  ])('should tidy the number %j', (v, hasil) => expect(rapikanNomor(v)).toBe(hasil));

});

describe(periksaIsian.name, () => {
  const sah: Isian = {
    ...ISIAN_KOSONG, kategoriKode: 'jalan-rusak', judul: 'Jalan berlubang', isi: 'Lubang besar di depan sekolah sejak dua minggu.',
    nama: 'Rina', setuju: true,
  };

  it('should accept a complete report', () => {
    expect(periksaIsian(sah)).toEqual({});
  });

  it.each<[string, Partial<Isian>, string, string]>([
    ['no category', { kategoriKode: '' }, 'kategoriKode', 'form.kategoriWajib'],
    ['a 4-letter title', { judul: ' abcd ' }, 'judul', 'form.judulWajib'],
    ['a 19-letter description', { isi: 'x'.repeat(19) }, 'isi', 'form.isiWajib'],
    ['a malformed application number', { permohonanNomor: 'PM-26-1' }, 'permohonanNomor', 'form.permohonanNomorSalah'],
    ['no name', { nama: ' ' }, 'nama', 'form.namaWajib'],
    ['a landline', { telepon: '0623 41234' }, 'telepon', 'form.teleponSalah'],
    ['a bad email', { email: 'rina@' }, 'email', 'form.emailSalah'],
    ['no consent', { setuju: false }, 'setuju', 'form.setujuWajib'],
  ])('should refuse %s', (_, ubah, field, kunci) => {
    expect(periksaIsian({ ...sah, ...ubah })).toEqual({ [field]: kunci });
  });

  it('should not ask an anonymous reporter for a name or check contact fields', () => {
    expect(periksaIsian({ ...sah, anonim: true, nama: '', telepon: 'x', email: 'y' })).toEqual({});
  });

  it('should accept a lower-case application number and a mobile number with spaces', () => {
    expect(periksaIsian({ ...sah, permohonanNomor: 'pm-2026-000123', telepon: '0812 3456 7890' })).toEqual({});
  });
});

describe(keData.name, () => {
  const v: Isian = {
    ...ISIAN_KOSONG, kategoriKode: 'k', judul: ' Judul ', isi: ' Isi ', nama: ' Rina ', telepon: '', email: ' r@x.id ',
    permohonanNomor: 'pm-2026-000001', rahasia: true, setuju: true,
  };

  it('should leave out empty optional fields and trim the rest', () => {
    expect(keData(v, { kelurahanKode: '', alamat: ' ', koordinat: null })).toEqual({
      klasifikasi: 'pengaduan', kategoriKode: 'k', layananKode: undefined, permohonanNomor: 'PM-2026-000001', judul: 'Judul', isi: 'Isi',
      anonim: false, rahasia: true, pelapor: { nama: 'Rina', telepon: undefined, email: 'r@x.id' },
      kelurahanKode: undefined, alamat: undefined, lat: undefined, lng: undefined, persetujuan: true,
    });
  });

  it('should send no identity at all for an anonymous report, and never "rahasia"', () => {
    const d = keData({ ...v, anonim: true }, { kelurahanKode: '12.74.04.1004', alamat: 'Jl. Sudirman', koordinat: { lat: 2.96, lng: 99.8 } });
    expect(d.pelapor).toBeUndefined();
    expect(d.rahasia).toBe(false);
    expect(d).toMatchObject({ kelurahanKode: '12.74.04.1004', alamat: 'Jl. Sudirman', lat: 2.96, lng: 99.8 });
  });

  it('should produce data the contract accepts', () => {
    const r = PengaduanDataSchema.safeParse(keData({ ...v, judul: 'Jalan rusak', isi: 'x'.repeat(25) }, { kelurahanKode: '', alamat: '', koordinat: null }));
    expect(r.success).toBe(true);
  });
});

describe(petakanGalatServer.name, () => {
  it('should map server field names onto the form fields', () => {
    expect(petakanGalatServer({
      'data.judul': 'a', 'data.pelapor.nama': 'b', 'foto[1]': 'c', 'data.persetujuan': 'd', 'data.lat': 'e', kategoriKode: 'f',
    })).toEqual({ judul: 'a', nama: 'b', foto: 'c', setuju: 'd', lat: 'e', kategoriKode: 'f' });
  });

  it('should keep the first message of a field', () => {
    expect(petakanGalatServer({ 'foto.0': 'pertama', 'foto.1': 'kedua' })).toEqual({ foto: 'pertama' });
  });
});

describe(badgeBatas.name, () => {
  const now = new Date('2026-12-02T05:00:00Z');
  const b = (batas: string, jenis: 'verifikasi' | 'tindak_lanjut' | 'tutup_otomatis' = 'verifikasi', terlambat = false) => ({ jenis, batas, teks: '', terlambat });

  it.each<[string, ReturnType<typeof b> | null, string | null]>([
    ['past the deadline', b('2026-12-02T04:59:59Z'), 'terlambat'],
    ['flagged late by the server', b('2026-12-09T00:00:00Z', 'tindak_lanjut', true), 'terlambat'],
    ['exactly 24 h left', b('2026-12-03T05:00:00Z'), 'segera'],
    ['just over 24 h left', b('2026-12-03T05:00:01Z', 'tindak_lanjut'), 'aman'],
    ['the automatic close', b('2026-12-01T00:00:00Z', 'tutup_otomatis'), null],
    ['no running deadline', null, null],
  ])('should mark a case %s', (_, batas, badge) => {
    expect(badgeBatas(batas, now)).toBe(badge);
  });
});
