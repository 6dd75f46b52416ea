import { describe, expect, it } from 'vitest';
import type { SkpDetail } from '../../../../contracts/kinerja-skp.ts';
import {
  angkaDariTeks, bodyDariForm, fieldTampil, formDariSkp, hapusRhk, ikatMetrik, indikatorBaru, periksaForm, pindahRhk, rhkBaru,
  tambahRhk, teksDariAngka, type SkpForm,
} from './form.ts';

type RhkApi = SkpDetail['rhk'][number];
const ind = (id: number, o: Partial<RhkApi['indikator'][number]> = {}): RhkApi['indikator'][number] => ({
  id, aspek: 'kuantitas', uraian: `Indikator ${id}`, targetAngka: 12, targetSatuan: 'dokumen', targetNarasi: null,
  perspektif: null, metrik: null, metrikLingkup: null, metrikRefId: null, ...o,
});
const rhk = (id: number, jenis: 'utama' | 'tambahan', o: Partial<RhkApi> = {}): RhkApi => ({
  id, jenis, uraian: `RHK ${id}`, parentRhkId: jenis === 'utama' ? 900 + id : null, parent: null, sumberPk: null, indikator: [ind(id * 10)], ...o,
});

describe('kinerja SKP form mapping', () => {
  it.each([
    ['12', 'id', 12], ['12,5', 'id', 12.5], ['12.5', 'id', 12.5], [' 100 ', 'id', 100], ['1.000', 'id', 1000], ['1.000.000', 'id', 1_000_000],
    ['1.000,5', 'id', 1000.5], ['1 000', 'id', 1000], ['', 'id', null], ['  ', 'id', null],
    ['abc', 'id', Number.NaN], ['12%', 'id', Number.NaN], ['-3', 'id', Number.NaN], ['1,000', 'id', 1], ['12,5,1', 'id', Number.NaN],
    ['1,000', 'en', 1000], ['12.5', 'en', 12.5], ['1,000.5', 'en', 1000.5], ['12,5', 'en', 12.5],
  ])('should read the typed target %j (%s) as %s', (s, lang, n) => {
    expect(angkaDariTeks(s, lang)).toBe(n);
  });

  it('should write numbers back with the decimal comma in Indonesian only', () => {
    expect(teksDariAngka(12.5, 'id')).toBe('12,5');
    expect(teksDariAngka(12.5, 'en')).toBe('12.5');
    expect(teksDariAngka(null, 'id')).toBe('');
  });

  it('should put every utama before every tambahan, keeping the saved order within each group', () => {
    const f = formDariSkp({ pendekatan: 'kuantitatif', rhk: [rhk(1, 'tambahan'), rhk(2, 'utama'), rhk(3, 'tambahan'), rhk(4, 'utama')] });
    expect(f.rhk.map((r) => r.id)).toEqual([2, 4, 1, 3]);
  });

  it('should round-trip a loaded SKP into the same PUT body (ids kept, revisi sent)', () => {
    const d = { pendekatan: 'kuantitatif' as const, rhk: [rhk(1, 'utama'), rhk(2, 'tambahan')] };
    const body = bodyDariForm(formDariSkp(d), 7, 'PELAKSANA');
    expect(body).toEqual({
      revisi: 7, pendekatan: 'kuantitatif',
      rhk: [
        { id: 1, jenis: 'utama', uraian: 'RHK 1', parentRhkId: 901, sumberPk: null, indikator: [{
          id: 10, aspek: 'kuantitas', uraian: 'Indikator 10', targetAngka: 12, targetSatuan: 'dokumen', targetNarasi: null,
          perspektif: null, metrik: null, metrikLingkup: null, metrikRefId: null,
        }] },
        { id: 2, jenis: 'tambahan', uraian: 'RHK 2', parentRhkId: null, sumberPk: null, indikator: [expect.objectContaining({ id: 20 })] },
      ],
    });
  });

  it('should send new rows without an id, trimmed texts and the typed number parsed', () => {
    let f: SkpForm = { pendekatan: 'kuantitatif', rhk: [] };
    f = tambahRhk(f, 'utama');
    f.rhk[0] = { ...f.rhk[0]!, uraian: '  Pelayanan KTP-el  ', indikator: [{ ...f.rhk[0]!.indikator[0]!, uraian: ' Jumlah ', targetAngka: '12,5', targetSatuan: ' % ' }] };
    const b = bodyDariForm(f, 0, 'PELAKSANA');
    expect(b.rhk[0]).not.toHaveProperty('id');
    expect(b.rhk[0]!.indikator[0]).not.toHaveProperty('id');
    expect(b.rhk[0]!.uraian).toBe('Pelayanan KTP-el');
    expect(b.rhk[0]!.indikator[0]).toMatchObject({ uraian: 'Jumlah', targetAngka: 12.5, targetSatuan: '%', targetNarasi: null });
  });

  it('should send only the narrative target for kualitatif and only numbers for kuantitatif', () => {
    const f = formDariSkp({ pendekatan: 'kuantitatif', rhk: [rhk(1, 'utama', { indikator: [ind(5, { targetNarasi: 'Lama' })] })] });
    expect(bodyDariForm(f, 1, 'PELAKSANA').rhk[0]!.indikator[0]).toMatchObject({ targetAngka: 12, targetSatuan: 'dokumen', targetNarasi: null });
    const k = { ...f, pendekatan: 'kualitatif' as const };
    k.rhk[0]!.indikator[0]!.targetNarasi = 'Dokumen lengkap dan tepat waktu';
    expect(bodyDariForm(k, 1, 'PELAKSANA').rhk[0]!.indikator[0]).toMatchObject({ targetAngka: null, targetSatuan: null, targetNarasi: 'Dokumen lengkap dan tepat waktu' });
  });

  it('should send perspektif and sumber PK only for a JPT', () => {
    const d = { pendekatan: 'kuantitatif' as const, rhk: [rhk(1, 'utama', { sumberPk: 'PK 2026', indikator: [ind(5, { perspektif: 'anggaran' })] })] };
    expect(bodyDariForm(formDariSkp(d), 1, 'JPT').rhk[0]).toMatchObject({ sumberPk: 'PK 2026', indikator: [expect.objectContaining({ perspektif: 'anggaran' })] });
    expect(bodyDariForm(formDariSkp(d), 1, 'PENGAWAS').rhk[0]).toMatchObject({ sumberPk: null, indikator: [expect.objectContaining({ perspektif: null })] });
  });

  it('should send an empty or unparseable target as null (periksaForm reports the latter first)', () => {
    const f = formDariSkp({ pendekatan: 'kuantitatif', rhk: [rhk(1, 'utama', { indikator: [ind(1), ind(2)] })] });
    f.rhk[0]!.indikator[0]!.targetAngka = '';
    f.rhk[0]!.indikator[1]!.targetAngka = 'dua belas';
    expect(bodyDariForm(f, 1, 'PELAKSANA').rhk[0]!.indikator.map((x) => x.targetAngka)).toEqual([null, null]);
    expect(periksaForm(f, { angka: 'bukan angka' })).toEqual({ 'rhk[0].indikator[1].targetAngka': 'bukan angka' });
    expect(periksaForm({ ...f, pendekatan: 'kualitatif' }, { angka: 'x' })).toEqual({});
  });

  describe('metric binding ("Isi otomatis dari data layanan")', () => {
    it('should take the aspek and satuan of the metric and preset a single lingkup', () => {
      const x = ikatMetrik({ ...indikatorBaru('kualitas'), targetSatuan: 'dokumen' }, 'antrian.tiket_dilayani');
      expect(x).toMatchObject({ metrik: 'antrian.tiket_dilayani', aspek: 'kuantitas', targetSatuan: 'tiket', metrikLingkup: 'pegawai', metrikRefId: null });
    });

    it('should leave the lingkup open when the metric has several, and keep a still-valid one with its unit', () => {
      expect(ikatMetrik(indikatorBaru(), 'permohonan.selesai').metrikLingkup).toBeNull();
      const unit = { ...indikatorBaru(), metrik: 'permohonan.selesai', metrikLingkup: 'unit' as const, metrikRefId: 4 };
      expect(ikatMetrik(unit, 'permohonan.persen_tepat_waktu')).toMatchObject({ metrikLingkup: 'unit', metrikRefId: 4, targetSatuan: '%' });
      // skm.ikm is unit-only: the unit stays chosen
      expect(ikatMetrik(unit, 'skm.ikm')).toMatchObject({ metrikLingkup: 'unit', metrikRefId: 4 });
      // antrian.tiket_dilayani is pegawai-only: the unit is dropped
      expect(ikatMetrik(unit, 'antrian.tiket_dilayani')).toMatchObject({ metrikLingkup: 'pegawai', metrikRefId: null });
    });

    it('should unbind completely', () => {
      const x = ikatMetrik({ ...indikatorBaru(), metrik: 'skm.ikm', metrikLingkup: 'unit', metrikRefId: 3 }, null);
      expect(x).toMatchObject({ metrik: null, metrikLingkup: null, metrikRefId: null });
    });

    it("should send the metric's satuan and the unit/lokasi id only for lingkup unit/lokasi", () => {
      const f = formDariSkp({ pendekatan: 'kuantitatif', rhk: [rhk(1, 'utama', { indikator: [
        ind(1, { metrik: 'antrian.tiket_dilayani', metrikLingkup: 'pegawai', metrikRefId: 99, targetSatuan: 'dokumen' }),
        ind(2, { metrik: 'antrian.tunggu_median_menit', metrikLingkup: 'lokasi', metrikRefId: 3 }),
        ind(3, { metrik: 'skm.ikm', metrikLingkup: null, metrikRefId: 8 }),
      ] })] });
      const xs = bodyDariForm(f, 1, 'PELAKSANA').rhk[0]!.indikator;
      expect(xs[0]).toMatchObject({ targetSatuan: 'tiket', metrikLingkup: 'pegawai', metrikRefId: null });
      expect(xs[1]).toMatchObject({ targetSatuan: 'menit', metrikLingkup: 'lokasi', metrikRefId: 3 });
      // a single-lingkup metric without a stored lingkup gets it
      expect(xs[2]).toMatchObject({ targetSatuan: 'nilai IKM (25–100)', metrikLingkup: 'unit', metrikRefId: 8 });
    });
  });

  describe('RHK list operations', () => {
    const awal = (): SkpForm => formDariSkp({ pendekatan: 'kuantitatif', rhk: [rhk(1, 'utama'), rhk(2, 'utama'), rhk(3, 'tambahan')] });

    it('should add a new utama after the last utama and a tambahan at the end', () => {
      const u = tambahRhk(awal(), 'utama');
      expect(u.rhk.map((r) => r.id ?? 'baru')).toEqual([1, 2, 'baru', 3]);
      expect(u.rhk[2]).toMatchObject({ jenis: 'utama', uraian: '', indikator: [expect.objectContaining({ aspek: 'kuantitas' })] });
      expect(tambahRhk(awal(), 'tambahan').rhk.map((r) => r.id ?? 'baru')).toEqual([1, 2, 3, 'baru']);
    });

    it('should move within the group and not across the utama/tambahan edge', () => {
      const f = awal();
      expect(pindahRhk(f, 'rhk-2', -1).rhk.map((r) => r.id)).toEqual([2, 1, 3]);
      expect(pindahRhk(f, 'rhk-1', -1)).toBe(f);
      expect(pindahRhk(f, 'rhk-2', 1)).toBe(f);
      expect(pindahRhk(f, 'rhk-3', -1)).toBe(f);
      expect(pindahRhk(f, 'tidak-ada', 1)).toBe(f);
    });

    it('should remove by key', () => {
      expect(hapusRhk(awal(), 'rhk-2').rhk.map((r) => r.id)).toEqual([1, 3]);
    });

    it('should give every new row its own key', () => {
      expect(rhkBaru('utama').kunci).not.toBe(rhkBaru('utama').kunci);
    });
  });

  it('should list the field paths the editor shows, by position', () => {
    const f = formDariSkp({ pendekatan: 'kuantitatif', rhk: [rhk(1, 'utama', { indikator: [ind(1), ind(2)] })] });
    const s = fieldTampil(f);
    expect(s.has('rhk[0].parentRhkId')).toBe(true);
    expect(s.has('rhk[0].indikator[1].targetSatuan')).toBe(true);
    expect(s.has('rhk[0].indikator[2].targetSatuan')).toBe(false);
    expect(s.has('rhk[1].uraian')).toBe(false);
    expect(s.has('rhk')).toBe(false);
  });
});
