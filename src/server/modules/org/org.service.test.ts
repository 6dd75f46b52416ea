import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../testing/test-app.ts';
import { pegawai } from './org.table.ts';
import { lingkupLihat, type OrgService } from './org.service.ts';
import { seedGarisUji } from './org.testing.ts';

describe('OrgService', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let g: Awaited<ReturnType<typeof seedGarisUji>>;
  let sut: OrgService;

  beforeAll(async () => {
    t = await createTestApp();
    g = await seedGarisUji(t.db, t.fixture);
    sut = t.app.services.org;
  });
  afterAll(async () => { await t?.close(); });

  describe('getAtasan', () => {
    it('should return the holder of the jabatan above, with gelar and source', async () => {
      expect(await sut.getAtasan(g.pKasi.id)).toEqual({
        id: g.pKabid.id, nip: '197803032003121003', nama: 'Kabid Uji, S.E.', jabatan: 'Kepala Bidang Uji', sumber: 'jabatan',
      });
    });

    it('should return null at the top of the line and for an unknown pegawai', async () => {
      expect(await sut.getAtasan(t.fixture.pKepala.id)).toBeNull();
      expect(await sut.getAtasan(987654)).toBeNull();
    });

    it('should pick the lowest-id active holder when a jabatan has several, skipping inactive ones', async () => {
      const [kabid2] = await t.db.insert(pegawai).values({
        nip: '198001012005011009', jenisAsn: 'PNS', nama: 'Kabid Kedua', jenisKelamin: 'L', tanggalLahir: '1980-01-01',
        golongan: 'III/d', jabatanId: g.jKabid.id, unitId: g.bidang.id,
      }).returning();
      expect((await sut.getAtasan(g.pKasi.id))?.id).toBe(g.pKabid.id);
      await t.db.update(pegawai).set({ aktif: false }).where(eq(pegawai.id, g.pKabid.id));
      expect((await sut.getAtasan(g.pKasi.id))?.id).toBe(kabid2!.id);
      await t.db.update(pegawai).set({ aktif: true }).where(eq(pegawai.id, g.pKabid.id));
      await t.db.update(pegawai).set({ aktif: false }).where(eq(pegawai.id, kabid2!.id));
    });

    it('should prefer an active override and ignore an inactive one', async () => {
      await t.db.update(pegawai).set({ atasanOverrideId: t.fixture.pKepala.id }).where(eq(pegawai.id, g.pPel1.id));
      expect(await sut.getAtasan(g.pPel1.id)).toMatchObject({ id: t.fixture.pKepala.id, sumber: 'override' });
      await t.db.update(pegawai).set({ aktif: false }).where(eq(pegawai.id, t.fixture.pKepala.id));
      expect(await sut.getAtasan(g.pPel1.id)).toMatchObject({ id: g.pKasi.id, sumber: 'jabatan' });
      await t.db.update(pegawai).set({ aktif: true }).where(eq(pegawai.id, t.fixture.pKepala.id));
      await t.db.update(pegawai).set({ atasanOverrideId: null }).where(eq(pegawai.id, g.pPel1.id));
    });
  });

  describe('listBawahan', () => {
    it('should list direct bawahan by default', async () => {
      const r = await sut.listBawahan(g.pKabid.id);
      expect(r.map((b) => [b.nama, b.langsung])).toEqual([['Kasi Uji', true]]);
    });

    it('should add indirect bawahan on request', async () => {
      const r = await sut.listBawahan(t.fixture.pKepala.id, { tidakLangsung: true });
      expect(r.map((b) => [b.nama, b.langsung])).toEqual([
        ['Kabid Uji, S.E.', true], ['Kasi Uji', false], ['Pelaksana Dua', false], ['Pelaksana Satu', false], ['Staf Uji', true],
      ]);
    });

    it('should return nobody for a pegawai without bawahan', async () => {
      expect(await sut.listBawahan(g.pPel2.id, { tidakLangsung: true })).toEqual([]);
    });
  });

  describe('getPegawai', () => {
    it('should return the detail without any scope, or null', async () => {
      expect(await sut.getPegawai(g.pStafB.id)).toMatchObject({ nama: 'Staf Uji B', opdNama: 'Dinas Uji B', atasan: { id: g.pKepalaB.id } });
      expect(await sut.getPegawai(987654)).toBeNull();
    });
  });

  describe(lingkupLihat.name, () => {
    it.each([
      [{ roles: ['admin'], opdId: 1, pegawaiId: 2 }, { semua: true }],
      [{ roles: ['pimpinan', 'pegawai'], opdId: null, pegawaiId: 2 }, { semua: true }],
      [{ roles: ['admin_opd', 'atasan', 'pegawai'], opdId: 1, pegawaiId: 2 }, { semua: false, opdId: 1, atasanPegawaiId: 2 }],
      [{ roles: ['atasan'], opdId: 1, pegawaiId: 2 }, { semua: false, opdId: null, atasanPegawaiId: 2 }],
      [{ roles: ['pegawai', 'petugas'], opdId: 1, pegawaiId: 2 }, { semua: false, opdId: null, atasanPegawaiId: null }],
    ] as const)('should map %j to %j', (p, expected) => {
      expect(lingkupLihat({ akunId: 1, ...p, roles: [...p.roles] })).toEqual(expected);
    });
  });

  describe('listUnitLayananUntuk', () => {
    it('should give an admin_opd without an OPD nothing rather than everything', async () => {
      expect(await sut.listUnitLayananUntuk({ akunId: 1, roles: ['admin_opd'], opdId: null, pegawaiId: null })).toEqual([]);
      expect((await sut.listUnitLayananUntuk({ akunId: 1, roles: ['petugas'], opdId: null, pegawaiId: null })).length).toBe(3);
    });
  });
});
