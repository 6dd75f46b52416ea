import { describe, expect, it } from 'vitest';
import {
  KOLOM_IMPOR_PEGAWAI,
  buildTemplatCsv,
  normalizeGolonganImpor,
  parseTanggalImpor,
  validatePegawaiRow,
  validatePegawaiRows,
  type KonteksValidasi,
  type SelImpor,
} from './pegawai-row.ts';

const HEADER = KOLOM_IMPOR_PEGAWAI.map((k) => k.nama);

/** A valid PNS row keyed by the template header (NIP 19860926 201505 1 001: born 1986-09-26, TMT 2015-05, male). */
function barisPns(over: Record<string, SelImpor> = {}): Record<string, SelImpor> {
  return {
    NIP: '19860926 201505 1 001',
    Nama: 'Ahmad  Fauzi',
    'Gelar Depan': null,
    'Gelar Belakang': 'S.Kom.',
    'Jenis ASN': 'PNS',
    'Jenis Kelamin': 'L',
    'Tanggal Lahir': '1986-09-26',
    Golongan: 'III/b',
    'TMT CPNS': null,
    'Kode Unit': 'T-A',
    Jabatan: 'Pranata Komputer Ahli Pertama',
    'Jenis Jabatan': 'FUNGSIONAL',
    Jenjang: 'Ahli Pertama',
    'NIP Atasan': null,
    Email: 'ahmad@tanjungbalaikota.go.id',
    Telepon: '0812-3456-7890',
    ...over,
  };
}

/** A valid PPPK row (the 18-digit NI PPPK is not a NIP: its "date" part would be invalid). */
function barisPppk(over: Record<string, SelImpor> = {}): Record<string, SelImpor> {
  return barisPns({
    NIP: '199913312022212001',
    Nama: 'Siti Aminah',
    'Jenis ASN': 'PPPK',
    'Jenis Kelamin': 'P',
    'Tanggal Lahir': '12/03/1995',
    Golongan: 'IX',
    Jabatan: 'Guru Ahli Pertama',
    ...over,
  });
}

const HARI_INI = '2026-11-29';
const konteks: KonteksValidasi = {
  hariIni: HARI_INI,
  cariUnit: (v) => (v === 'T-A' || v === 'T-B' ? { kunci: v } : { pesan: `Kode unit "${v}" tidak terdaftar` }),
  cekJabatan: ({ jabatan, jenis }) => (jabatan === 'Kepala Dinas Uji A' && jenis !== 'JPT' ? 'Jabatan sudah terdaftar sebagai JPT PRATAMA' : null),
  nipTerdaftar: (nip) => nip === '197501012000031001',
};

const periksa = (rows: Record<string, SelImpor>[], header: string[] = HEADER, k: KonteksValidasi = konteks) =>
  validatePegawaiRows({ rows, firstDataRow: 2, header }, k);

describe('parseTanggalImpor', () => {
  it.each([
    ['1986-09-26', '1986-09-26'],
    ['1986-9-6', '1986-09-06'],
    ['26/09/1986', '1986-09-26'],
    ['6/9/1986', '1986-09-06'],
    ['26-09-1986', '1986-09-26'],
    ['26.09.1986', '1986-09-26'],
    ['29/02/2000', '2000-02-29'],
    ['1986-09-26T00:00:00.000Z', '1986-09-26'],
    // an Excel date written from UTC+7 local midnight is stored as 17:00 UTC the day before
    ['1986-09-25T17:00:00.000Z', '1986-09-26'],
    [31681, '1986-09-26'],
    ['31681', '1986-09-26'],
  ] as const)('should read %s as %s', (input, expected) => {
    expect(parseTanggalImpor(input)).toBe(expected);
  });

  it.each([
    ['31/02/1990'], ['29/02/1900'], ['1986-13-01'], ['09/26/1986x'], ['1899-12-31'], ['kemarin'], ['1986'], [''], [null], [1],
  ] as const)('should reject %s', (input) => {
    expect(parseTanggalImpor(input)).toBeNull();
  });
});

describe('normalizeGolonganImpor', () => {
  it.each([
    ['PNS', 'III/b', 'III/b'],
    ['PNS', 'iii-b', 'III/b'],
    ['PNS', 'IVe', 'IV/e'],
    ['PNS', 'IX', null],
    ['PPPK', 'ix', 'IX'],
    ['PPPK', '9', 'IX'],
    ['PPPK', '17', 'XVII'],
    ['PPPK', '18', null],
    ['PPPK', 'III/b', null],
  ] as const)('should normalise %s golongan %s to %s', (jenis, input, expected) => {
    expect(normalizeGolonganImpor(jenis, input)).toBe(expected);
  });
});

describe(validatePegawaiRow.name, () => {
  it('should accept a valid PNS row, normalise it and take TMT CPNS from the NIP', () => {
    const r = validatePegawaiRow(
      { nip: '19860926.201505.1.001', nama: ' Ahmad  Fauzi ', jenisAsn: 'pns', jenisKelamin: 'l', tanggalLahir: '26/09/1986', golongan: 'iii-b', kodeUnit: 'T-A', jabatan: 'Analis  SDM', jenisJabatan: 'fungsional', jenjang: 'ahli-muda' },
      7,
    );
    expect(r).toEqual({
      ok: true,
      data: {
        baris: 7, nip: '198609262015051001', jenisAsn: 'PNS', nama: 'Ahmad Fauzi', gelarDepan: null, gelarBelakang: null,
        jenisKelamin: 'L', tanggalLahir: '1986-09-26', golongan: 'III/b', tmtCpns: '2015-05-01', kodeUnit: 'T-A',
        jabatan: 'Analis SDM', jenisJabatan: 'FUNGSIONAL', jenjang: 'AHLI_MUDA', nipAtasan: null, email: null, telepon: null,
      },
    });
  });

  it('should accept a PPPK number that is not a valid NIP and keep TMT CPNS empty', () => {
    const r = validatePegawaiRow({ nip: '199913312022212001', nama: 'Siti', jenisAsn: 'PPPK', jenisKelamin: 'P', tanggalLahir: '1995-03-12', golongan: '9', kodeUnit: 'T-A', jabatan: 'Guru', jenisJabatan: 'PELAKSANA' }, 3);
    expect(r.ok).toBe(true);
    expect(r.ok && r.data).toMatchObject({ nip: '199913312022212001', golongan: 'IX', tmtCpns: null, jenjang: null });
  });

  it('should report every error of one row, in column order', () => {
    const r = validatePegawaiRow({ nip: '123', jenisAsn: 'ASN', jenisKelamin: 'X', tanggalLahir: 'besok', golongan: 'III/b', kodeUnit: 'T-A', jabatan: 'Staf', jenisJabatan: 'STAF' }, 9);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.map((e) => [e.baris, e.kolom])).toEqual([
      [9, 'Jenis ASN'], [9, 'NIP'], [9, 'Nama'], [9, 'Jenis Kelamin'], [9, 'Tanggal Lahir'], [9, 'Jenis Jabatan'],
    ]);
  });
});

describe(validatePegawaiRows.name, () => {
  it('should accept a clean file with PNS and PPPK rows', () => {
    const r = periksa([barisPns(), barisPppk({ 'NIP Atasan': '198609262015051001' })]);
    expect(r.errors).toEqual([]);
    expect(r.valid).toBe(true);
    expect(r.jumlahBaris).toBe(2);
    expect(r.rows.map((x) => [x.baris, x.nip, x.nipAtasan])).toEqual([
      [2, '198609262015051001', null],
      [3, '199913312022212001', '198609262015051001'],
    ]);
    expect(r.rows[1]).toMatchObject({ tanggalLahir: '1995-03-12', golongan: 'IX', jenjang: 'AHLI_PERTAMA' });
  });

  type Kasus = [string, Record<string, SelImpor>, string, RegExp];
  it.each<Kasus>([
    ['blank NIP', { NIP: null }, 'NIP', /wajib diisi/],
    ['NIP not 18 digits', { NIP: '19860926201505100' }, 'NIP', /18 digit/],
    ['NIP in scientific notation', { NIP: '1.98609262015051E+17' }, 'NIP', /notasi ilmiah/],
    ['NIP with an impossible birth date', { NIP: '198602302015051001' }, 'NIP', /Tanggal lahir pada NIP/],
    ['NIP with TMT month 13', { NIP: '198609262015131001' }, 'NIP', /Bulan TMT/],
    ['NIP with gender digit 3', { NIP: '198609262015053001' }, 'NIP', /digit ke-15/],
    ['NIP with sequence 000', { NIP: '198609262015051000' }, 'NIP', /000/],
    ['NIP born after today', { NIP: '202701012045051001' }, 'NIP', /melewati hari ini/],
    ['blank Nama', { Nama: '  ' }, 'Nama', /wajib diisi/],
    ['Nama too long', { Nama: 'A'.repeat(201) }, 'Nama', /terlalu panjang/],
    ['Gelar Belakang too long', { 'Gelar Belakang': 'S'.repeat(51) }, 'Gelar Belakang', /terlalu panjang/],
    ['unknown Jenis ASN', { 'Jenis ASN': 'Honorer' }, 'Jenis ASN', /PNS atau PPPK/],
    ['unknown Jenis Kelamin', { 'Jenis Kelamin': 'X' }, 'Jenis Kelamin', /L \(laki-laki\) atau P/],
    ['Jenis Kelamin against the NIP gender digit', { 'Jenis Kelamin': 'L' }, 'Jenis Kelamin', /tidak sesuai NIP \(digit ke-15 = 2, perempuan\)/],
    ['unreadable Tanggal Lahir', { 'Tanggal Lahir': '31/02/1986' }, 'Tanggal Lahir', /tidak valid/],
    ['Tanggal Lahir against the NIP', { 'Tanggal Lahir': '1986-09-27' }, 'Tanggal Lahir', /tidak sesuai NIP \(digit 1–8 = 1990-01-01\)/],
    ['blank Golongan', { Golongan: null }, 'Golongan', /wajib diisi/],
    ['PPPK golongan for a PNS', { Golongan: 'IX' }, 'Golongan', /Golongan PNS harus I\/a/],
    ['TMT CPNS against the NIP', { 'TMT CPNS': '2016-05-01' }, 'TMT CPNS', /tidak sesuai NIP \(digit 9–14 = 2015-03\)/],
    ['unreadable TMT CPNS', { 'TMT CPNS': 'Mei 2015' }, 'TMT CPNS', /tidak valid/],
    ['unknown Kode Unit', { 'Kode Unit': 'X-9' }, 'Kode Unit', /tidak terdaftar/],
    ['blank Jabatan', { Jabatan: null }, 'Jabatan', /wajib diisi/],
    ['unknown Jenis Jabatan', { 'Jenis Jabatan': 'ESELON' }, 'Jenis Jabatan', /JPT, ADMINISTRATOR/],
    ['jabatan already stored with another kind', { Jabatan: 'Kepala Dinas Uji A', 'Jenis Jabatan': 'PELAKSANA', Jenjang: null }, 'Jenis Jabatan', /sudah terdaftar sebagai JPT/],
    ['missing Jenjang for FUNGSIONAL', { Jenjang: null }, 'Jenjang', /wajib diisi untuk jabatan FUNGSIONAL/],
    ['JPT jenjang for FUNGSIONAL', { Jenjang: 'PRATAMA' }, 'Jenjang', /tidak berlaku untuk jabatan FUNGSIONAL/],
    ['a jenjang for PELAKSANA', { 'Jenis Jabatan': 'PELAKSANA', Jenjang: 'AHLI_MUDA' }, 'Jenjang', /dikosongkan/],
    ['malformed NIP Atasan', { 'NIP Atasan': '12345' }, 'NIP Atasan', /18 digit/],
    ['own NIP as NIP Atasan', { 'NIP Atasan': '199001012015032001' }, 'NIP Atasan', /sama dengan NIP pegawai itu sendiri/],
    ['unknown NIP Atasan', { 'NIP Atasan': '198001012005011001' }, 'NIP Atasan', /tidak terdaftar dan tidak ada di berkas/],
    ['invalid Email', { Email: 'ahmad@kantor' }, 'Email', /email tidak valid/],
    ['invalid Telepon', { Telepon: '0812-ABC' }, 'Telepon', /telepon tidak valid/],
    ['too short Telepon', { Telepon: '123' }, 'Telepon', /telepon tidak valid/],
  ])('should report %s', (_nama, over, kolom, pesan) => {
    const r = periksa([barisPns(), barisPns({ NIP: '199001012015032001', 'Jenis Kelamin': 'P', 'Tanggal Lahir': '1990-01-01', ...over })]);
    expect(r.valid).toBe(false);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ baris: 3, kolom });
    expect(r.errors[0]!.pesan).toMatch(pesan);
    // the good row is still parsed; the bad one is not
    expect(r.rows.map((x) => x.baris)).toEqual([2]);
  });

  it.each<[string, Record<string, SelImpor>, string, RegExp]>([
    ['a PNS golongan for a PPPK', { Golongan: 'III/b' }, 'Golongan', /Golongan PPPK harus I … XVII/],
    ['TMT CPNS for a PPPK', { 'TMT CPNS': '2022-01-01' }, 'TMT CPNS', /hanya untuk PNS/],
    ['a PPPK number of 17 digits', { NIP: '19991331202221200' }, 'NIP', /NI PPPK harus terdiri dari 18 digit/],
  ])('should report %s', (_nama, over, kolom, pesan) => {
    const r = periksa([barisPppk(over)]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ baris: 2, kolom });
    expect(r.errors[0]!.pesan).toMatch(pesan);
  });

  it('should report a duplicate NIP on the later row with the first row number', () => {
    const r = periksa([barisPns(), barisPppk(), barisPns({ NIP: '198609262015051001', Nama: 'Orang Lain' })]);
    expect(r.errors).toEqual([{ baris: 4, kolom: 'NIP', nilai: '198609262015051001', pesan: 'NIP ganda: sudah dipakai di baris 2' }]);
  });

  it('should accept a NIP Atasan that is registered or appears later in the file', () => {
    const r = periksa([
      barisPppk({ 'NIP Atasan': '198609262015051001' }),
      barisPns({ 'NIP Atasan': '197501012000031001' }),
    ]);
    expect(r.errors).toEqual([]);
  });

  it('should report a cycle of atasan overrides once, on its last row', () => {
    const r = periksa([
      barisPns({ 'NIP Atasan': '199913312022212001' }),
      barisPppk({ 'NIP Atasan': '198609262015051001' }),
    ]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ baris: 3, kolom: 'NIP Atasan' });
    expect(r.errors[0]!.pesan).toMatch(/melingkar \(baris 2, 3\)/);
  });

  it('should require one jenis/jenjang per jabatan within a unit across the file', () => {
    const r = periksa([barisPns(), barisPppk({ Jabatan: 'pranata komputer ahli pertama', Jenjang: 'AHLI_MUDA' })]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ baris: 3, kolom: 'Jenis Jabatan' });
    expect(r.errors[0]!.pesan).toMatch(/baris 2 sebagai FUNGSIONAL AHLI_PERTAMA/);
    // the same name in another unit is another jabatan
    expect(periksa([barisPns(), barisPppk({ 'Kode Unit': 'T-B', Jabatan: 'Pranata Komputer Ahli Pertama', Jenjang: 'AHLI_MUDA' })]).errors).toEqual([]);
  });

  it('should report every bad row of a file, in row order', () => {
    const r = periksa([
      barisPns({ Golongan: 'V/a' }),
      barisPppk(),
      barisPns({ NIP: '199001012015032001', 'Jenis Kelamin': 'L', 'Tanggal Lahir': '1990-01-01', Email: 'x' }),
    ]);
    expect(r.errors.map((e) => `${e.baris}:${e.kolom}`)).toEqual(['2:Golongan', '4:Jenis Kelamin', '4:Email']);
    expect(r.valid).toBe(false);
  });

  it('should report missing required columns on the header row and skip row checks', () => {
    const header = HEADER.filter((h) => h !== 'NIP' && h !== 'Golongan');
    const r = periksa([barisPns({ NIP: undefined, Golongan: undefined })], header);
    expect(r.errors).toEqual([
      { baris: 1, kolom: 'NIP', nilai: null, pesan: 'Kolom wajib "NIP" tidak ada di baris judul' },
      { baris: 1, kolom: 'Golongan', nilai: null, pesan: 'Kolom wajib "Golongan" tidak ada di baris judul' },
    ]);
    expect(r.jumlahBaris).toBe(1);
  });

  it('should match headers case-insensitively, report a repeated column and ignore unknown ones', () => {
    const row = barisPns();
    const lower: Record<string, SelImpor> = Object.fromEntries(Object.entries(row).map(([k, v]) => [k.toUpperCase().replace(/ /g, '_'), v]));
    const header = HEADER.map((h) => h.toUpperCase().replace(/ /g, '_'));
    const ok = periksa([{ ...lower, Keterangan: 'x' }], [...header, 'Keterangan']);
    expect(ok.errors).toEqual([]);
    expect(ok.kolomDiabaikan).toEqual(['Keterangan']);

    const dup = periksa([row], [...HEADER, 'nip']);
    expect(dup.errors).toEqual([{ baris: 1, kolom: 'nip', nilai: null, pesan: 'Kolom NIP muncul dua kali ("NIP" dan "nip")' }]);
  });

  it('should accept a file without the optional columns and say which columns it has', () => {
    const wajib = KOLOM_IMPOR_PEGAWAI.filter((k) => k.wajib).map((k) => k.nama);
    const row = Object.fromEntries(wajib.map((h) => [h, barisPns({ Jabatan: 'Pengadministrasi Umum', 'Jenis Jabatan': 'PELAKSANA' })[h]]));
    const r = periksa([row], wajib);
    expect(r.errors).toEqual([]);
    expect(r.kolomAda.has('nipAtasan')).toBe(false);
    expect(r.kolomAda.has('nip')).toBe(true);
    expect(r.rows[0]).toMatchObject({ tmtCpns: '2015-05-01', email: null });
  });

  it('should skip blank rows and report a file with no data', () => {
    const kosong = Object.fromEntries(HEADER.map((h) => [h, null]));
    const r = periksa([barisPns(), kosong, barisPppk()]);
    expect(r.errors).toEqual([]);
    expect(r.barisKosong).toEqual([3]);
    expect(r.rows.map((x) => x.baris)).toEqual([2, 4]);

    const none = periksa([]);
    expect(none.valid).toBe(false);
    expect(none.errors[0]!.pesan).toMatch(/tidak berisi data/);
  });

  it('should skip database checks when no lookups are given', () => {
    const r = validatePegawaiRows({ rows: [barisPns({ 'Kode Unit': 'X-9', 'NIP Atasan': '198001012005011001' })], firstDataRow: 2, header: HEADER });
    expect(r.errors).toEqual([]);
  });
});

describe(buildTemplatCsv.name, () => {
  it('should write the header and one example row that is itself valid', () => {
    const csv = buildTemplatCsv({ kodeUnit: 'T-A' });
    expect(csv.startsWith('\uFEFFNIP,Nama,Gelar Depan,')).toBe(true);
    const [h, b] = csv.slice(1).trim().split('\r\n');
    const cells = b!.split(',');
    const row = Object.fromEntries(h!.split(',').map((k, i) => [k, cells[i] === '' ? null : cells[i]!]));
    expect(periksa([row]).errors).toEqual([]);
  });
});
