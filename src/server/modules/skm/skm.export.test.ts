import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { IkmHasil } from '../../../contracts/skm.ts';
import { computeIkm, type IkmResponse } from '../../../domain/skm/ikm.ts';
import { UNSUR_KODE, type UnsurKode } from '../../../domain/skm/unsur.ts';
import { buildSkmPdf, buildSkmXlsx, formatAngkaId, formatTanggalId, formatWaktuWib, type SkmLaporanData } from './skm.export.ts';

type Jawaban = Record<UnsurKode, number | null>;
const j = (...v: Array<number | null>): Jawaban =>
  Object.fromEntries(UNSUR_KODE.map((k, i) => [k, v[i] ?? null])) as Jawaban;

// Five respondents; respondent 3 left U4 blank, respondent 5 left U8 blank.
const JAWABAN: Jawaban[] = [
  j(4, 3, 3, 4, 3, 4, 4, 3, 3),
  j(3, 3, 2, 4, 3, 3, 4, 2, 3),
  j(4, 4, 3, null, 4, 4, 4, 3, 2),
  j(3, 2, 2, 4, 3, 3, 3, 2, 3),
  j(4, 3, 2, 4, 4, 4, 4, null, 3),
];

function hasilDari(responses: IkmResponse[], bobot: SkmLaporanData['survei']['bobot']): IkmHasil {
  const r = computeIkm({ responses, bobot });
  const terlemah = [...r.perUnsur].sort((a, b) => a.nrr - b.nrr)[0]!;
  return {
    responden: r.responden,
    ikm: r.ikm,
    mutu: r.mutu,
    kinerja: r.kinerja,
    bobot,
    perUnsur: r.perUnsur.map((u) => ({ kode: u.kode, nama: u.nama, nrr: u.nrr, nilaiKonversi: u.nilaiKonversi, mutu: u.mutu, jumlahJawaban: u.jumlahJawaban })),
    unsurTerlemah: terlemah.kode,
  };
}

function fixture(bobot: SkmLaporanData['survei']['bobot'] = 'exact', jawaban: Jawaban[] = JAWABAN): SkmLaporanData {
  return {
    survei: {
      id: 7, kode: 'ab12cd34', unitId: 3, unitNama: 'Dinas Kependudukan dan Pencatatan Sipil', layanan: 'Akta Kelahiran',
      judul: 'SKM Disdukcapil Triwulan I 2026', jenisPeriode: 'triwulan', tahun: 2026, ke: 1, periodeLabel: 'Triwulan I 2026',
      mulai: '2026-01-01', selesai: '2026-03-31', populasi: 20, bobot, status: 'ditutup', demografi: true,
      responden: jawaban.length, ikm: null, mutu: null, tautan: '/survei/ab12cd34', responTertunda: 0, ambangAnonim: 10,
    },
    hasil: hasilDari(jawaban, bobot),
    progres: { populasi: 20, target: 19, responden: jawaban.length, persen: 26.3, tercapai: false },
    responden: jawaban.map((jw, i) => ({
      no: i + 1,
      tanggal: `2026-02-0${i + 1}`,
      kanal: i % 2 === 0 ? 'web' : 'kertas',
      jawaban: { ...jw },
      jenisKelamin: i === 4 ? null : i % 2 === 0 ? 'L' : 'P',
      usia: i === 4 ? null : '30-39',
      pendidikan: i === 4 ? null : 'SMA',
      pekerjaan: i === 4 ? null : 'Wiraswasta',
    })),
    saran: ['Ruang tunggu perlu kipas angin.', 'Antrian lebih cepat — terima kasih 🙏', '=HYPERLINK("http://x")'],
    dibuatPada: '2026-04-02T03:04:00.000Z',
  };
}

/** The value of a cell: the cached result for formula cells. */
function nilai(cell: ExcelJS.Cell): unknown {
  const v = cell.value;
  if (v !== null && typeof v === 'object' && 'formula' in v) return v.result;
  return v;
}
function rumus(cell: ExcelJS.Cell): string | undefined {
  const v = cell.value;
  return v !== null && typeof v === 'object' && 'formula' in v ? v.formula : undefined;
}

async function baca(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

/** Row number whose column A holds `label` (merged label cells of the processing table). */
function barisLabel(ws: ExcelJS.Worksheet, label: string): number {
  let found = -1;
  ws.eachRow((row, n) => {
    if (typeof row.getCell(1).value === 'string' && (row.getCell(1).value as string).startsWith(label)) found = n;
  });
  if (found < 0) throw new Error(`label tidak ditemukan: ${label}`);
  return found;
}

describe('buildSkmXlsx', () => {
  it('writes one row per respondent with blanks for unanswered unsur', async () => {
    const wb = await baca(await buildSkmXlsx(fixture()));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Responden', 'Per unsur', 'Saran', 'Info']);
    const ws = wb.getWorksheet('Responden')!;
    expect(ws.getRow(1).values).toEqual([
      undefined, 'No', 'Bulan', 'Kanal', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9',
      'Jenis kelamin', 'Usia', 'Pendidikan', 'Pekerjaan',
    ]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getCell('A4').value).toBe(3);
    expect(ws.getCell('G4').value).toBeNull(); // respondent 3, U4 blank
    expect(ws.getCell('K6').value).toBeNull(); // respondent 5, U8 blank
    expect(ws.getCell('D2').value).toBe(4);
    expect(ws.getCell('M2').value).toBe('Laki-laki');
    expect((ws.getCell('B2').value as Date).toISOString().slice(0, 10)).toBe('2026-02-01');
  });

  it('processing table: real formulas whose cached results equal computeIkm', async () => {
    const data = fixture();
    const expected = computeIkm({ responses: JAWABAN });
    const wb = await baca(await buildSkmXlsx(data));
    const ws = wb.getWorksheet('Responden')!;
    const rSum = barisLabel(ws, 'Σ nilai per unsur');
    const rCount = barisLabel(ws, 'Jumlah jawaban');
    const rNrr = barisLabel(ws, 'NRR per unsur');
    const rT = barisLabel(ws, 'NRR tertimbang');
    const rIkm = barisLabel(ws, 'IKM unit pelayanan');
    const rIkm25 = barisLabel(ws, 'IKM konversi');
    expect(rSum).toBe(JAWABAN.length + 3);
    expect(rumus(ws.getCell(`D${rSum}`))).toBe('SUM(D2:D6)');
    expect(rumus(ws.getCell(`G${rCount}`))).toBe('COUNT(G2:G6)');
    expect(rumus(ws.getCell(`D${rNrr}`))).toContain('AVERAGE(D2:D6)');
    expect(rumus(ws.getCell(`D${rT}`))).toBe(`IF(D${rNrr}="","",D${rNrr}/9)`);
    UNSUR_KODE.forEach((k, i) => {
      const col = String.fromCharCode(68 + i);
      const u = expected.perUnsur.find((p) => p.kode === k)!;
      expect(nilai(ws.getCell(`${col}${rSum}`))).toBe(u.jumlahNilai);
      expect(nilai(ws.getCell(`${col}${rCount}`))).toBe(u.jumlahJawaban);
      expect(nilai(ws.getCell(`${col}${rNrr}`))).toBeCloseTo(u.nrr, 12);
      expect(nilai(ws.getCell(`${col}${rT}`))).toBeCloseTo(u.nrrTertimbang, 12);
    });
    expect(nilai(ws.getCell(`G${rCount}`))).toBe(4); // U4 has one blank
    expect(nilai(ws.getCell(`D${rIkm}`))).toBeCloseTo(expected.ikmNilaiInterval, 12);
    expect(nilai(ws.getCell(`D${rIkm25}`))).toBe(expected.ikm);
    expect(rumus(ws.getCell(`D${rIkm25}`))).toBe(`IF(D${rIkm}="","",ROUND(D${rIkm}*25,2))`);
    expect(ws.getCell(`D${rNrr}`).numFmt).toBe('0.0000');
    expect(ws.getCell(`D${rIkm25}`).numFmt).toBe('0.00');

    const pu = wb.getWorksheet('Per unsur')!;
    expect(pu.getRow(1).values).toEqual([undefined, 'Kode', 'Unsur', 'NRR', 'Nilai konversi', 'Mutu', 'Jumlah jawaban']);
    expected.perUnsur.forEach((u, i) => {
      const r = pu.getRow(2 + i);
      expect(r.getCell(1).value).toBe(u.kode);
      expect(r.getCell(2).value).toBe(u.nama);
      expect(rumus(r.getCell(3))).toBe(`Responden!${String.fromCharCode(68 + i)}${rNrr}`);
      expect(nilai(r.getCell(3))).toBeCloseTo(u.nrr, 12);
      expect(nilai(r.getCell(4))).toBe(u.nilaiKonversi);
      expect(nilai(r.getCell(5))).toBe(u.mutu);
      expect(nilai(r.getCell(6))).toBe(u.jumlahJawaban);
    });
    const ringkas = new Map<string, unknown>();
    pu.eachRow((row, n) => {
      if (n > 10 && typeof row.getCell(2).value === 'string') ringkas.set(row.getCell(2).value as string, nilai(row.getCell(3)));
    });
    expect(ringkas.get('IKM unit pelayanan (konversi 25–100)')).toBe(expected.ikm);
    expect(ringkas.get('Mutu pelayanan')).toBe(expected.mutu);
    expect(ringkas.get('Kinerja unit pelayanan')).toBe(expected.kinerja);
    expect(ringkas.get('Jumlah responden')).toBe(5);
    expect(ringkas.get('Target sampel (Krejcie & Morgan)')).toBe(19);
    expect(ringkas.get('Capaian sampel (%)')).toBe(26.3);
  });

  it('applies the printed weight 0.11 in the NRR tertimbang formula and the IKM', async () => {
    const expected = computeIkm({ responses: JAWABAN, bobot: '0.11' });
    const wb = await baca(await buildSkmXlsx(fixture('0.11')));
    const ws = wb.getWorksheet('Responden')!;
    const rT = barisLabel(ws, 'NRR tertimbang');
    expect(rumus(ws.getCell(`E${rT}`))).toMatch(/\*0\.11\)$/);
    expect(nilai(ws.getCell(`E${rT}`))).toBeCloseTo(expected.nrrTertimbang.U2, 12);
    expect(nilai(ws.getCell(`D${barisLabel(ws, 'IKM konversi')}`))).toBe(expected.ikm);
    expect(expected.ikm).not.toBe(computeIkm({ responses: JAWABAN }).ikm);
  });

  it('leaves the IKM blank when an unsur has no answer at all', async () => {
    const tanpaU9 = JAWABAN.map((jw) => ({ ...jw, U9: null }));
    const data = { ...fixture(), responden: fixture().responden.map((r, i) => ({ ...r, jawaban: tanpaU9[i]! })) };
    const wb = await baca(await buildSkmXlsx(data));
    const ws = wb.getWorksheet('Responden')!;
    // exceljs's reader drops a cached 0 or "" (the file holds <v>0</v> / <v></v>), hence `?? …`.
    const count = ws.getCell(`L${barisLabel(ws, 'Jumlah jawaban')}`);
    expect(rumus(count)).toBe('COUNT(L2:L6)');
    expect(nilai(count) ?? 0).toBe(0);
    expect(nilai(ws.getCell(`L${barisLabel(ws, 'NRR per unsur')}`)) ?? '').toBe('');
    expect(nilai(ws.getCell(`K${barisLabel(ws, 'NRR per unsur')}`))).toBeCloseTo(10 / 4, 12);
    expect(nilai(ws.getCell(`D${barisLabel(ws, 'IKM unit pelayanan')}`)) ?? '').toBe('');
    expect(nilai(ws.getCell(`D${barisLabel(ws, 'IKM konversi')}`)) ?? '').toBe('');
    const pu = wb.getWorksheet('Per unsur')!;
    expect(nilai(pu.getCell('E10')) ?? '').toBe('');
    expect(nilai(pu.getCell('E9'))).toBe('D'); // U8: 10 / 4 answers = 2.5 → 62.50 → D
  });

  it('rejects an answer outside 1–4', async () => {
    const data = fixture();
    data.responden[1]!.jawaban.U3 = 5;
    await expect(buildSkmXlsx(data)).rejects.toThrow(/Responden #2 U3/);
  });

  it('keeps suggestions as text and fills the Info sheet', async () => {
    const wb = await baca(await buildSkmXlsx(fixture()));
    const saran = wb.getWorksheet('Saran')!;
    expect(saran.getCell('B4').value).toBe('=HYPERLINK("http://x")'); // a string, never a formula
    const info = new Map<string, unknown>();
    wb.getWorksheet('Info')!.eachRow((row) => info.set(row.getCell(1).value as string, row.getCell(2).value));
    expect(info.get('Unit pelayanan')).toBe('Dinas Kependudukan dan Pencatatan Sipil');
    expect(info.get('Periode')).toBe('Triwulan I 2026');
    expect(info.get('Mulai – selesai')).toBe('1 Januari 2026 – 31 Maret 2026');
    expect(info.get('Dibuat pada')).toBe('2 April 2026 pukul 10.04 WIB');
    expect(String(info.get('Dasar hukum'))).toContain('PermenPANRB) No. 14 Tahun 2017');
    expect(String(info.get('Bobot per unsur'))).toContain('1/9');
  });
});

describe('buildSkmPdf', () => {
  it('produces a PDF with the report', async () => {
    const buf = await buildSkmPdf(fixture());
    expect(buf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(buf.length).toBeGreaterThan(1024);
    expect(buf.subarray(-6).toString('latin1')).toContain('%%EOF');
  });

  it('renders with no responses, many suggestions and no demographics', async () => {
    const data = fixture();
    const kosong: SkmLaporanData = {
      ...data,
      hasil: {
        ...data.hasil, responden: 0, ikm: null, mutu: null, kinerja: null, unsurTerlemah: null,
        perUnsur: data.hasil.perUnsur.map((u) => ({ ...u, nrr: null, nilaiKonversi: null, mutu: null, jumlahJawaban: 0 })),
      },
      progres: { populasi: null, target: null, responden: 0, persen: null, tercapai: false },
      responden: [],
      saran: Array.from({ length: 45 }, (_, i) => `Saran nomor ${i + 1}: ${'layanan '.repeat(20)}`),
    };
    const buf = await buildSkmPdf(kosong);
    expect(buf.subarray(0, 4).toString('latin1')).toBe('%PDF');
  });
});

describe('Indonesian formatting', () => {
  it('formatAngkaId uses a decimal comma and dot thousands', () => {
    expect(formatAngkaId(82.45)).toBe('82,45');
    expect(formatAngkaId(82.445)).toBe('82,45');
    expect(formatAngkaId(76.605)).toBe('76,61');
    expect(formatAngkaId(100)).toBe('100,00');
    expect(formatAngkaId(3.25, 4)).toBe('3,2500');
    expect(formatAngkaId(1234567.5, 1)).toBe('1.234.567,5');
    expect(formatAngkaId(1000, 0)).toBe('1.000');
    expect(formatAngkaId(-0.5, 0)).toBe('-1');
    expect(formatAngkaId(null)).toBe('–');
    expect(formatAngkaId(Number.NaN)).toBe('–');
  });

  it('formats dates in Indonesian and times in WIB regardless of TZ', () => {
    expect(formatTanggalId('2026-03-31')).toBe('31 Maret 2026');
    expect(formatTanggalId('2026-08-01T00:00:00Z')).toBe('1 Agustus 2026');
    expect(formatTanggalId('bukan tanggal')).toBe('bukan tanggal');
    expect(formatWaktuWib('2026-12-31T17:30:00Z')).toBe('1 Januari 2027 pukul 00.30 WIB');
    expect(formatWaktuWib('2026-11-29T07:05:00+00:00')).toBe('29 November 2026 pukul 14.05 WIB');
  });
});
