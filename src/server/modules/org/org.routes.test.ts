import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PegawaiDetail, PegawaiPage, UnitPohon } from '../../../contracts/org.ts';
import { createTestApp, loginAs } from '../../testing/test-app.ts';
import { auditLog } from '../audit/audit.table.ts';
import { pegawai } from './org.table.ts';
import { seedGarisUji } from './org.testing.ts';

type Headers = Awaited<ReturnType<typeof loginAs>>;

describe('orgRoutes', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let g: Awaited<ReturnType<typeof seedGarisUji>>;
  const h: Record<string, Headers> = {};
  const get = (url: string, as?: string) => t.app.inject({ url, headers: as ? { cookie: h[as]!.cookie } : {} });
  const namaDari = (p: PegawaiPage) => p.items.map((i) => i.nama);

  beforeAll(async () => {
    t = await createTestApp();
    g = await seedGarisUji(t.db, t.fixture);
    for (const u of ['admin', 'admin_opd', 'atasan', 'pegawai', 'pimpinan', 'petugas', 'kabid']) h[u] = await loginAs(t.app, u);
  });
  afterAll(async () => { await t?.close(); });

  describe('GET /org/wilayah', () => {
    it('should answer without login with kota → kecamatan → kelurahan and Kemendagri codes', async () => {
      const res = await get('/api/v1/org/wilayah');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({
        provinsi: { kode: '12', nama: 'Sumatera Utara' },
        kota: { kode: '12.74', nama: 'Kota Tanjungbalai' },
        kecamatan: [{
          kode: '12.74.04', nama: 'Teluk Nibung', kodePasti: true,
          kelurahan: [
            { kode: '12.74.04.1001', nama: 'Pematang Pasir', kodePasti: false },
            { kode: '12.74.04.1005', nama: 'Beting Kuala Kapias', kodePasti: true },
          ],
        }],
      });
    });
  });

  describe('GET /org/unit', () => {
    it('should list only active OPDs, publicly', async () => {
      const res = await get('/api/v1/org/unit');
      expect(res.statusCode).toBe(200);
      expect(res.json().map((u: { kode: string }) => u.kode)).toEqual(['T-A', 'T-B']);
      expect(res.json()[0]).toEqual({ id: t.fixture.opdA.id, kode: 'T-A', nama: 'Dinas Uji A', singkatan: null, jenis: 'DINAS' });
    });
  });

  describe('GET /org/unit/pohon', () => {
    it('should return the tree with pegawai counts per unit and per subtree', async () => {
      const res = await get('/api/v1/org/unit/pohon', 'admin_opd');
      expect(res.statusCode).toBe(200);
      const akar = res.json() as UnitPohon[];
      const a = akar.find((u) => u.kode === 'T-A')!;
      expect(a).toMatchObject({ jumlahPegawai: 2, jumlahPegawaiTotal: 6 });
      expect(a.anak).toEqual([expect.objectContaining({ kode: 'T-A-BID', jumlahPegawai: 4, jumlahPegawaiTotal: 4, anak: [] })]);
      expect(akar.find((u) => u.kode === 'T-B')).toMatchObject({ jumlahPegawaiTotal: 2 });
    });

    it.each([
      ['pegawai', 403],
      ['petugas', 403],
      [undefined, 401],
    ])('should refuse %s with %i', async (as, status) => {
      const res = await get('/api/v1/org/unit/pohon', as);
      expect(res.statusCode).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
    });
  });

  describe('GET /org/unit/layanan', () => {
    it('should scope admin_opd to its own OPD and show everything to admin', async () => {
      const own = (await get('/api/v1/org/unit/layanan', 'admin_opd')).json() as Array<{ opdId: number }>;
      expect(own.length).toBe(2);
      expect(own.every((u) => u.opdId === t.fixture.opdA.id)).toBe(true);
      const all = (await get('/api/v1/org/unit/layanan', 'admin')).json() as Array<{ opdId: number; opdNama: string }>;
      expect(all.map((u) => u.opdId).sort()).toEqual([t.fixture.opdA.id, t.fixture.opdA.id, t.fixture.opdB.id].sort());
      expect(all.find((u) => u.opdId === t.fixture.opdB.id)?.opdNama).toBe('Dinas Uji B');
    });

    it('should need a login', async () => {
      expect((await get('/api/v1/org/unit/layanan')).statusCode).toBe(401);
      expect((await get('/api/v1/org/unit/layanan', 'pegawai')).statusCode).toBe(200);
    });
  });

  describe('GET /org/pegawai (scope)', () => {
    it.each([
      ['admin', 8],
      ['pimpinan', 8],
      ['admin_opd', 6],
      ['atasan', 6],
      ['kabid', 4],
    ])('should show %s exactly %i pegawai', async (as, n) => {
      const res = await get('/api/v1/org/pegawai?per_page=200', as);
      expect(res.statusCode).toBe(200);
      expect(res.json().total).toBe(n);
      expect(res.json().items).toHaveLength(n);
    });

    it('should keep admin_opd inside its own OPD', async () => {
      const page = (await get('/api/v1/org/pegawai?per_page=200', 'admin_opd')).json() as PegawaiPage;
      expect(page.items.every((i) => i.opdNama === 'Dinas Uji A')).toBe(true);
      const other = (await get(`/api/v1/org/pegawai?opd_id=${t.fixture.opdB.id}`, 'admin_opd')).json() as PegawaiPage;
      expect(other.total).toBe(0);
    });

    it('should show an atasan only their own reporting line (direct and indirect)', async () => {
      const page = (await get('/api/v1/org/pegawai?per_page=200', 'kabid')).json() as PegawaiPage;
      expect(namaDari(page).sort()).toEqual(['Kabid Uji, S.E.', 'Kasi Uji', 'Pelaksana Dua', 'Pelaksana Satu']);
    });

    it('should refuse a plain pegawai with 403 problem+json', async () => {
      const res = await get('/api/v1/org/pegawai', 'pegawai');
      expect(res.statusCode).toBe(403);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ status: 403 });
    });
  });

  describe('GET /org/pegawai (search, filters, pagination)', () => {
    it('should page through results ordered by name with a stable total', async () => {
      const p1 = (await get('/api/v1/org/pegawai?per_page=3&page=1', 'admin')).json() as PegawaiPage;
      const p3 = (await get('/api/v1/org/pegawai?per_page=3&page=3', 'admin')).json() as PegawaiPage;
      expect(p1).toMatchObject({ total: 8, page: 1, per_page: 3 });
      expect(namaDari(p1)).toEqual(['Kabid Uji, S.E.', 'Kasi Uji', 'Kepala Uji']);
      expect(p3.items).toHaveLength(2);
      const beyond = (await get('/api/v1/org/pegawai?per_page=3&page=9', 'admin')).json() as PegawaiPage;
      expect(beyond).toMatchObject({ total: 8, items: [] });
    });

    it.each([
      ['q=PELAKSANA', ['Pelaksana Dua', 'Pelaksana Satu']],
      ['q=uji%20b', ['Kepala Uji B', 'Staf Uji B']],
      ['q=19900202', ['Staf Uji']],
      ['q=19900202%202015', ['Staf Uji']],
      ['q=1990.0202', ['Staf Uji']],
      ['q=2015', []],
      // regression (newcomer review): names as shown, with gelar and comma, are found
      ['q=Kabid%20Uji%2C%20S.E.', ['Kabid Uji, S.E.']],
      ['q=uji%20s.e', ['Kabid Uji, S.E.']],
      ['q=uji%20kepala', ['Kepala Uji', 'Kepala Uji B']],
      ['jenis_asn=PPPK', ['Pelaksana Dua']],
      ['golongan=III/a', ['Staf Uji', 'Staf Uji B']],
      ['jenis_jabatan=PENGAWAS', ['Kasi Uji']],
      ['jenis_jabatan=JPT&opd_id=__B__', ['Kepala Uji B']],
      ['unit_id=__BID__&jenis_asn=PNS', ['Kabid Uji, S.E.', 'Kasi Uji', 'Pelaksana Satu']],
      ['unit_id=__A__', ['Kabid Uji, S.E.', 'Kasi Uji', 'Kepala Uji', 'Pelaksana Dua', 'Pelaksana Satu', 'Staf Uji']],
    ])('should filter %s', async (qs, expected) => {
      const url = `/api/v1/org/pegawai?${qs}`
        .replace('__B__', String(t.fixture.opdB.id)).replace('__BID__', String(g.bidang.id)).replace('__A__', String(t.fixture.opdA.id));
      const page = (await get(url, 'admin')).json() as PegawaiPage;
      expect(namaDari(page)).toEqual(expected);
    });

    it('should describe each item with formatted NIP, pangkat and effective atasan', async () => {
      const page = (await get('/api/v1/org/pegawai?q=pelaksana', 'admin')).json() as PegawaiPage;
      expect(page.items).toEqual([
        {
          id: g.pPel2.id, nip: '199606062023212006', nipFormat: '19960606 202321 2 006', jenisAsn: 'PPPK', nama: 'Pelaksana Dua',
          jenisKelamin: 'P', golongan: 'VII', pangkat: null, jabatan: 'Operator Layanan Operasional', jenisJabatan: 'PELAKSANA',
          unitNama: 'Bidang Uji A', opdNama: 'Dinas Uji A', atasan: { id: g.pKasi.id, nama: 'Kasi Uji' },
        },
        expect.objectContaining({ nipFormat: '19950505 201903 1 005', pangkat: 'Pengatur', atasan: { id: g.pKasi.id, nama: 'Kasi Uji' } }),
      ]);
    });

    it.each([
      ['golongan=Z', 'querystring.golongan', 'golongan tidak dikenal'],
      ['per_page=500', 'querystring.per_page', 'per_page maksimal 200'],
      ['page=0', 'querystring.page', 'page minimal 1'],
      ['jenis_asn=honorer', 'querystring.jenis_asn', 'jenis ASN harus PNS atau PPPK'],
      ['opd_id=abc', 'querystring.opd_id', 'opd_id harus berupa angka'],
    ])('should refuse %s with 400 naming the field in Indonesian', async (qs, field, message) => {
      const res = await get(`/api/v1/org/pegawai?${qs}`, 'admin');
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, message: expect.stringContaining(message) })]));
    });
  });

  describe('GET /org/pegawai/:id', () => {
    it('should give details with TMT CPNS from the NIP, atasan source and bawahan counts', async () => {
      const res = await get(`/api/v1/org/pegawai/${t.fixture.pKepala.id}`, 'admin');
      expect(res.statusCode).toBe(200);
      const d = res.json() as PegawaiDetail;
      expect(d).toMatchObject({
        nip: '197501012000031001', nipFormat: '19750101 200003 1 001', tanggalLahir: '1975-01-01', tmtCpns: '2000-03',
        pangkat: 'Pembina Tingkat I', atasan: null, atasanSumber: null, jumlahBawahan: 2, jumlahBawahanTotal: 5,
      });
      const staf = (await get(`/api/v1/org/pegawai/${g.pKasi.id}`, 'admin')).json() as PegawaiDetail;
      expect(staf).toMatchObject({
        atasan: { id: g.pKabid.id, nama: 'Kabid Uji, S.E.', nip: '197803032003121003', jabatan: 'Kepala Bidang Uji' },
        atasanSumber: 'jabatan', atasanJabatan: { id: g.pKabid.id }, jumlahBawahan: 2, jumlahBawahanTotal: 2,
      });
    });

    it('should leave TMT CPNS of a PPPK empty (the NI PPPK is not a NIP)', async () => {
      const d = (await get(`/api/v1/org/pegawai/${g.pPel2.id}`, 'admin')).json() as PegawaiDetail;
      expect(d).toMatchObject({ jenisAsn: 'PPPK', tmtCpns: null, tanggalLahir: '1996-06-06' });
    });

    it.each([
      ['admin_opd', () => g.pStafB.id],
      ['kabid', () => t.fixture.pStaf.id],
      ['atasan', () => g.pKepalaB.id],
    ])('should answer 404 to %s outside its scope', async (as, id) => {
      const res = await get(`/api/v1/org/pegawai/${id()}`, as);
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('PEGAWAI_TIDAK_DITEMUKAN');
    });

    it('should answer 400 to a non-numeric id and 404 to an unknown one', async () => {
      expect((await get('/api/v1/org/pegawai/abc', 'admin')).statusCode).toBe(400);
      expect((await get('/api/v1/org/pegawai/999999', 'admin')).statusCode).toBe(404);
    });
  });

  describe('PATCH /org/pegawai/:id/atasan', () => {
    const patch = (id: number, body: unknown, as = 'admin_opd', headers?: Record<string, string>) =>
      t.app.inject({ method: 'PATCH', url: `/api/v1/org/pegawai/${id}/atasan`, payload: body as object, headers: headers ?? h[as] });
    const overrideOf = async (id: number) =>
      (await t.db.select({ o: pegawai.atasanOverrideId }).from(pegawai).where(eq(pegawai.id, id)))[0]!.o;
    const auditCount = async (id: number) =>
      (await t.db.select().from(auditLog).where(and(eq(auditLog.aksi, 'pegawai.atasan'), eq(auditLog.entitasId, String(id))))).length;

    it('should set the override, audit it, and move the pegawai into the new atasan’s line', async () => {
      const res = await patch(t.fixture.pStaf.id, { atasanId: g.pKabid.id });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        atasan: { id: g.pKabid.id }, atasanSumber: 'override', atasanJabatan: { id: t.fixture.pKepala.id },
      });
      expect(await overrideOf(t.fixture.pStaf.id)).toBe(g.pKabid.id);
      const [log] = await t.db.select().from(auditLog).where(and(eq(auditLog.aksi, 'pegawai.atasan'), eq(auditLog.entitasId, String(t.fixture.pStaf.id))));
      expect(log).toMatchObject({ akunId: t.fixture.accounts.admin_opd, data: { sebelum: { atasanOverrideId: null }, sesudah: { atasanOverrideId: g.pKabid.id } } });
      const line = (await get('/api/v1/org/pegawai?per_page=200', 'kabid')).json() as PegawaiPage;
      expect(namaDari(line)).toContain('Staf Uji');
      const kabid = (await get(`/api/v1/org/pegawai/${g.pKabid.id}`, 'admin')).json() as PegawaiDetail;
      expect(kabid.jumlahBawahan).toBe(2);
    });

    it('should clear the override back to the atasan by jabatan', async () => {
      const res = await patch(t.fixture.pStaf.id, { atasanId: null });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ atasan: { id: t.fixture.pKepala.id }, atasanSumber: 'jabatan' });
      expect(await overrideOf(t.fixture.pStaf.id)).toBeNull();
      expect(await auditCount(t.fixture.pStaf.id)).toBe(2);
      const line = (await get('/api/v1/org/pegawai?per_page=200', 'kabid')).json() as PegawaiPage;
      expect(namaDari(line)).not.toContain('Staf Uji');
    });

    it('should refuse the pegawai as their own atasan with 409, changing nothing', async () => {
      const res = await patch(g.pKasi.id, { atasanId: g.pKasi.id });
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'ATASAN_DIRI_SENDIRI', detail: expect.stringContaining('dirinya sendiri') });
      expect(await overrideOf(g.pKasi.id)).toBeNull();
    });

    it.each([
      ['a direct bawahan', () => g.pKasi.id, () => g.pKabid.id, 'Kasi Uji → Kabid Uji'],
      ['an indirect bawahan', () => g.pPel1.id, () => t.fixture.pKepala.id, 'Pelaksana Satu → Kasi Uji → Kabid Uji → Kepala Uji'],
    ])('should refuse %s as atasan (a loop) with 409 and a clear message', async (_k, atasan, target, jalur) => {
      const before = await auditCount(target());
      const res = await patch(target(), { atasanId: atasan() });
      expect(res.statusCode).toBe(409);
      const body = res.json();
      expect(body.code).toBe('ATASAN_SIKLUS');
      expect(body.detail).toContain(jalur);
      expect(body.detail).toContain('tidak boleh melingkar');
      expect(body.errors).toEqual([expect.objectContaining({ field: 'body.atasanId' })]);
      expect(await overrideOf(target())).toBeNull();
      expect(await auditCount(target())).toBe(before);
    });

    it('should refuse a loop that only exists through another override', async () => {
      // Kepala Uji reports (override) to Kasi Uji is a loop already; first make Pelaksana Satu report to Staf Uji,
      // then Staf Uji cannot report to Pelaksana Satu.
      expect((await patch(g.pPel1.id, { atasanId: t.fixture.pStaf.id })).statusCode).toBe(200);
      const res = await patch(t.fixture.pStaf.id, { atasanId: g.pPel1.id });
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe('ATASAN_SIKLUS');
      expect((await patch(g.pPel1.id, { atasanId: null })).statusCode).toBe(200);
    });

    it('should keep admin_opd inside its own OPD (target and atasan)', async () => {
      const outside = await patch(g.pStafB.id, { atasanId: null });
      expect(outside.statusCode).toBe(404);
      const foreignAtasan = await patch(g.pPel1.id, { atasanId: g.pKepalaB.id });
      expect(foreignAtasan.statusCode).toBe(400);
      expect(foreignAtasan.json().errors).toEqual([{ field: 'body.atasanId', message: 'atasan harus pegawai pada OPD Anda sendiri' }]);
      expect(await overrideOf(g.pPel1.id)).toBeNull();
      const admin = await patch(g.pPel1.id, { atasanId: g.pKepalaB.id }, 'admin');
      expect(admin.statusCode).toBe(200);
      expect((await patch(g.pPel1.id, { atasanId: null }, 'admin')).statusCode).toBe(200);
    });

    it.each([
      ['an unknown atasan', { atasanId: 999999 }, 400],
      ['a non-numeric atasan', { atasanId: 'x' }, 400],
      ['a missing atasanId', {}, 400],
    ])('should refuse %s', async (_k, body, status) => {
      const res = await patch(g.pPel1.id, body);
      expect(res.statusCode).toBe(status);
      expect(res.json().errors?.[0]?.field).toBe('body.atasanId');
    });

    it.each([['pimpinan'], ['atasan'], ['pegawai']])('should refuse %s with 403', async (as) => {
      const res = await patch(g.pPel1.id, { atasanId: null }, as);
      expect(res.statusCode).toBe(403);
    });

    it('should refuse a request without the CSRF token', async () => {
      const res = await patch(g.pPel1.id, { atasanId: g.pKabid.id }, 'admin', { cookie: h.admin!.cookie });
      expect(res.statusCode).toBe(403);
      expect(await overrideOf(g.pPel1.id)).toBeNull();
    });
  });

  it('should publish every org route in the OpenAPI document with its permission', async () => {
    const doc = (await get('/api/v1/openapi.json')).json();
    for (const p of ['/api/v1/org/wilayah', '/api/v1/org/unit', '/api/v1/org/unit/pohon', '/api/v1/org/unit/layanan', '/api/v1/org/pegawai', '/api/v1/org/pegawai/{id}']) {
      expect(doc.paths[p]?.get, p).toBeDefined();
    }
    expect(doc.paths['/api/v1/org/pegawai/{id}/atasan'].patch).toBeDefined();
    const perms = Object.fromEntries(t.app.routeCatalog.filter((r) => r.url.startsWith('/api/v1/org/')).map((r) => [`${r.method} ${r.url}`, r.permission]));
    expect(perms).toMatchObject({
      'GET /api/v1/org/wilayah': 'public', 'GET /api/v1/org/unit': 'public', 'GET /api/v1/org/unit/pohon': 'org:lihat',
      'GET /api/v1/org/unit/layanan': 'login', 'GET /api/v1/org/pegawai': 'org:lihat', 'GET /api/v1/org/pegawai/:id': 'org:lihat',
      'PATCH /api/v1/org/pegawai/:id/atasan': 'org:kelola',
    });
  });
});
