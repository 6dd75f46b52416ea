import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bentukMultipart } from '../../lib/unggahan.testing.ts';
import { createTestApp, loginAs } from '../../testing/test-app.ts';
import { dataLaporan, seedPengaduanUji } from './layanan.pengaduan.testing.ts';
import { pengaduan } from './layanan.table.ts';

/**
 * Drives /open311/v2 the way existing GeoReport v2 clients do (FixMyStreet, SeeClickFix-style apps):
 * discovery → services.json → POST requests.json form-encoded with api_key → GET requests.json by
 * service_request_id / status / dates → requests/{id}.json; errors as `[{code, description}]`.
 */
describe('Open311 GeoReport v2', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: Record<string, string>;
  let apiKey: string;

  beforeAll(async () => {
    t = await createTestApp();
    await seedPengaduanUji(t.db, t.fixture);
    admin = await loginAs(t.app, 'admin');
    apiKey = (await t.app.inject({ method: 'POST', url: '/api/v1/admin/open311/klien', headers: admin, payload: { nama: 'Aplikasi Uji' } })).json().apiKey;
  });
  afterAll(async () => { await t?.close(); });

  /** POST requests.json as an HTML form / most clients do (application/x-www-form-urlencoded). */
  const postForm = (fields: Record<string, string>) => t.app.inject({
    method: 'POST', url: '/open311/v2/requests.json',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(fields).toString(),
  });
  const get = (url: string) => t.app.inject({ method: 'GET', url: `/open311/v2/${url}` });
  const jumlahPengaduan = async () => Number((await t.db.select({ n: count() }).from(pengaduan))[0]!.n);
  const laporan = {
    service_code: 'jalan-rusak', lat: '2.9671', long: '99.7989', address_string: 'Jl. Sudirman dekat Pasar Baru',
    description: 'Lubang besar di tengah jalan, sudah dua motor jatuh minggu ini.',
    first_name: 'Budi', last_name: 'Santoso', email: 'budi@example.id', phone: '081298765432', device_id: 'abc', media_url: 'https://contoh.id/a.jpg',
  };

  it('should describe itself and list categories as services', async () => {
    const disc = await get('discovery.json');
    expect(disc.statusCode).toBe(200);
    expect(disc.json().endpoints[0]).toMatchObject({ specification: 'http://wiki.open311.org/GeoReport_v2', formats: ['application/json'] });
    const res = await get('services.json');
    expect(res.statusCode).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    const jalan = res.json().find((s: { service_code: string }) => s.service_code === 'jalan-rusak');
    expect(jalan).toEqual({
      service_code: 'jalan-rusak', service_name: 'Jalan rusak', description: 'Jalan berlubang atau rusak', metadata: false,
      type: 'realtime', keywords: 'jalan,lubang', group: 'Infrastruktur',
    });
    expect(res.json().map((s: { service_code: string }) => s.service_code)).not.toContain('lama');
    const def = await get('services/jalan-rusak.json');
    expect(def.json()).toEqual({ service_code: 'jalan-rusak', attributes: [] });
    const asing = await get('services/ufo.json');
    expect(asing.statusCode).toBe(404);
    expect(asing.json()).toEqual([{ code: 404, description: expect.stringContaining('ufo') }]);
    expect((await get('services/jalan-rusak.xml')).statusCode).toBe(404);
    expect((await get('services.json?jurisdiction_id=medan.go.id')).json()[0].code).toBe(404);
    expect((await get('services.json?jurisdiction_id=tanjungbalaikota.go.id')).statusCode).toBe(200);
  });

  it('should create a complaint from a form-encoded POST with an api_key and show it by service_request_id, without the reporter', async () => {
    const res = await postForm({ api_key: apiKey, ...laporan });
    expect(res.statusCode).toBe(201);
    const [hasil] = res.json();
    expect(hasil.service_request_id).toMatch(/^PG-\d{4}-\d{6}$/);
    expect(hasil.account_id).toBeNull();
    expect(hasil.service_notice).toMatch(/diverifikasi paling lambat .* WIB\. Kode akses untuk melacak di \/pengaduan\/lacak: [2-9A-Z]{4}-[2-9A-Z]{4}$/);
    const id = hasil.service_request_id;

    const cari = await get(`requests.json?service_request_id=${id}`);
    expect(cari.statusCode).toBe(200);
    const [req] = cari.json();
    expect(req).toMatchObject({
      service_request_id: id, status: 'open', status_notes: 'Laporan diterima, menunggu verifikasi.',
      service_code: 'jalan-rusak', service_name: 'Jalan rusak', description: laporan.description, agency_responsible: null,
      address: laporan.address_string, lat: 2.9671, long: 99.7989, media_url: null,
    });
    expect(req.requested_datetime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
    expect(req.expected_datetime).toMatch(/\+07:00$/);
    expect(cari.body).not.toMatch(/Budi|Santoso|budi@|98765432|6281298765432/);
    const satu = await get(`requests/${id}.json`);
    expect(satu.json()).toEqual(cari.json());
    expect((await get('requests/PG-2026-999999.json')).json()).toEqual([{ code: 404, description: expect.any(String) }]);

    // The complaint is a normal case of the workflow: the coordinator sees the reporter, sumber open311.
    const list = await t.app.inject({ method: 'GET', url: `/api/v1/pengaduan?q=${id}`, headers: admin });
    const d = await t.app.inject({ method: 'GET', url: `/api/v1/pengaduan/${list.json().items[0].id}`, headers: admin });
    expect(d.json()).toMatchObject({ sumber: 'open311', pelapor: { nama: 'Budi Santoso', teleponSamar: '****5432' }, judul: expect.stringMatching(/^Lubang besar/) });
    // The klien's last use is recorded.
    const klien = await t.app.inject({ method: 'GET', url: '/api/v1/admin/open311/klien', headers: admin });
    expect(klien.json()[0].terakhirDipakai).not.toBeNull();
  });

  it('should accept a JSON POST and a multipart POST, with an anonymous reporter', async () => {
    const json = await t.app.inject({ method: 'POST', url: '/open311/v2/requests.json', payload: { api_key: apiKey, service_code: 'sampah', lat: 2.96, long: 99.81 } });
    expect(json.statusCode).toBe(201);
    const [{ service_request_id: id }] = json.json();
    const [req] = (await get(`requests.json?service_request_id=${id}`)).json();
    expect(req.description).toMatch(/tanpa uraian/);
    const { payload, headers } = bentukMultipart({ api_key: apiKey, service_code: 'sampah', address_id: '12.74.04.1005', description: 'Tumpukan sampah di pinggir sungai' });
    const mp = await t.app.inject({ method: 'POST', url: '/open311/v2/requests.json', payload, headers });
    expect(mp.statusCode).toBe(201);
    const [req2] = (await get(`requests.json?service_request_id=${mp.json()[0].service_request_id}`)).json();
    expect(req2).toMatchObject({ address_id: '12.74.04.1005', address: 'Beting Kuala Kapias', lat: null });
  });

  it.each([
    ['no api_key', { ...laporan }, 403],
    ['an unknown api_key', { api_key: 'o311_salah', ...laporan }, 403],
    ['no service_code', { api_key: '*', ...laporan, service_code: '' }, 400],
    ['an unknown service_code', { api_key: '*', ...laporan, service_code: 'ufo' }, 400],
    ['an inactive service_code', { api_key: '*', ...laporan, service_code: 'lama' }, 400],
    ['no location', { api_key: '*', service_code: 'jalan-rusak', description: 'x' }, 400],
    ['lat without long', { api_key: '*', service_code: 'jalan-rusak', lat: '2.96' }, 400],
    ['coordinates outside the city', { api_key: '*', ...laporan, lat: '-6.2', long: '106.8' }, 400],
    ['a malformed lat', { api_key: '*', ...laporan, lat: '2,96' }, 400],
    ['a bad phone', { api_key: '*', ...laporan, phone: '12345' }, 400],
    ['a bad email', { api_key: '*', ...laporan, email: 'bukan-email' }, 400],
    ['another jurisdiction', { api_key: '*', ...laporan, jurisdiction_id: 'medan.go.id' }, 404],
  ])('should answer %s with the spec error format and store nothing', async (_n, fields, status) => {
    const sebelum = await jumlahPengaduan();
    const isi = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, k === 'api_key' && v === '*' ? apiKey : v])) as Record<string, string>;
    const res = await postForm(isi);
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toContain('application/json');
    expect(res.json()).toEqual([{ code: status, description: expect.any(String) }]);
    expect(await jumlahPengaduan()).toBe(sebelum);
  });

  it('should refuse a revoked key with 403', async () => {
    const baru = (await t.app.inject({ method: 'POST', url: '/api/v1/admin/open311/klien', headers: admin, payload: { nama: 'Sementara' } })).json();
    expect((await postForm({ api_key: baru.apiKey, ...laporan })).statusCode).toBe(201);
    await t.app.inject({ method: 'POST', url: `/api/v1/admin/open311/klien/${baru.klien.id}/cabut`, headers: admin });
    const res = await postForm({ api_key: baru.apiKey, ...laporan });
    expect(res.statusCode).toBe(403);
    expect(res.json()[0].code).toBe(403);
  });

  it('should filter by status open/closed as the case moves through the workflow, and by service_code', async () => {
    const [{ service_request_id: id }] = (await postForm({ api_key: apiKey, ...laporan, service_code: 'sampah', description: 'Sampah menumpuk di Jl. Veteran' })).json();
    const cari = async (q: string) => (await get(`requests.json?${q}`)).json().map((r: { service_request_id: string }) => r.service_request_id);
    expect(await cari('status=open')).toContain(id);
    expect(await cari('status=closed')).not.toContain(id);
    expect(await cari('service_code=sampah')).toContain(id);
    expect(await cari('service_code=jalan-rusak')).not.toContain(id);
    expect(await cari('service_code=sampah,jalan-rusak&status=open,closed')).toContain(id);

    const { id: pid } = (await t.app.inject({ method: 'GET', url: `/api/v1/pengaduan?q=${id}`, headers: admin })).json().items[0];
    const f = await t.app.inject({ method: 'POST', url: `/api/v1/pengaduan/${pid}/aksi`, headers: admin, payload: { aksi: 'teruskan', revisi: 0 } });
    let [req] = (await get(`requests/${id}.json`)).json();
    expect(req).toMatchObject({ status: 'open', agency_responsible: 'Dinas Uji B', status_notes: 'Diteruskan ke Dinas Uji B, menunggu tindak lanjut.' });
    const petugasB = await loginAs(t.app, 'petugas_b');
    await t.app.inject({
      method: 'POST', url: `/api/v1/pengaduan/${pid}/aksi`, headers: petugasB,
      payload: { aksi: 'tindak_lanjut', revisi: f.json().revisi, isi: 'Sampah sudah diangkut truk DLH.', hasil: 'tuntas' },
    });
    [req] = (await get(`requests/${id}.json`)).json();
    expect(req.status_notes).toBe('Ditindaklanjuti Dinas Uji B (Tuntas): Sampah sudah diangkut truk DLH.');
    expect(req.status).toBe('open');
    await t.app.inject({ method: 'POST', url: `/api/v1/pengaduan/${pid}/aksi`, headers: admin, payload: { aksi: 'tutup', revisi: f.json().revisi + 1 } });
    [req] = (await get(`requests/${id}.json`)).json();
    expect(req.status).toBe('closed');
    expect(await cari('status=closed')).toContain(id);
    expect(await cari('status=open')).not.toContain(id);
  });

  it('should filter by start_date / end_date (ISO 8601, also bare dates) and refuse malformed ones', async () => {
    const [{ service_request_id: id }] = (await postForm({ api_key: apiKey, ...laporan })).json();
    const cari = async (q: string) => {
      const res = await get(`requests.json?${q}`);
      expect(res.statusCode, q).toBe(200);
      return res.json().map((r: { service_request_id: string }) => r.service_request_id);
    };
    const kemarin = new Date(Date.now() - 86_400_000).toISOString();
    const besok = new Date(Date.now() + 86_400_000).toISOString();
    expect(await cari(`start_date=${encodeURIComponent(kemarin)}`)).toContain(id);
    expect(await cari(`start_date=${encodeURIComponent(besok)}`)).not.toContain(id);
    expect(await cari(`end_date=${encodeURIComponent(kemarin)}`)).not.toContain(id);
    expect(await cari(`start_date=${kemarin.slice(0, 10)}&end_date=${besok.slice(0, 10)}`)).toContain(id);
    expect(await cari('start_date=2020-01-01T00:00:00%2B07:00&end_date=2020-12-31T23:59:59%2B07:00')).toEqual([]);
    expect(await cari('')).toContain(id); // default: the last 90 days
    for (const q of ['start_date=kemarin', 'end_date=2026-13-45', 'start_date=2026-02-30T00:00:00Z', 'status=pending', 'page_size=5000', 'page=0', 'start_date=2026-12-02&end_date=2026-12-01']) {
      const res = await get(`requests.json?${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json()).toEqual([{ code: 400, description: expect.any(String) }]);
    }
    expect((await get('requests.json?service_code=ufo')).json()).toEqual([{ code: 400, description: expect.stringContaining('ufo') }]);
  });

  it('should page with page/page_size, newest first', async () => {
    for (let i = 0; i < 3; i++) await postForm({ api_key: apiKey, ...laporan, description: `Laporan halaman ${i}` });
    const p1 = (await get('requests.json?page_size=2&page=1')).json();
    const p2 = (await get('requests.json?page_size=2&page=2')).json();
    expect(p1).toHaveLength(2);
    expect(p1[0].description).toBe('Laporan halaman 2');
    expect(p2[0].service_request_id).not.toBe(p1[1].service_request_id);
    expect(p1[0].requested_datetime >= p1[1].requested_datetime).toBe(true);
  });

  it('should show a complaint filed on the portal, withholding the place of a confidential one', async () => {
    const kirim = async (rahasia: boolean) => {
      const { payload, headers } = bentukMultipart({ data: JSON.stringify(dataLaporan({ rahasia, judul: 'Dari portal' })) });
      return (await t.app.inject({ method: 'POST', url: '/api/v1/pengaduan', payload, headers, remoteAddress: `10.3.3.${rahasia ? 1 : 2}` })).json().nomor as string;
    };
    const biasa = await kirim(false);
    const rahasia = await kirim(true);
    const res = (await get(`requests.json?service_request_id=${biasa},${rahasia}`)).json();
    const a = res.find((r: { service_request_id: string }) => r.service_request_id === biasa);
    const b = res.find((r: { service_request_id: string }) => r.service_request_id === rahasia);
    expect(a).toMatchObject({ description: expect.stringMatching(/^Dari portal\n\nAda lubang/), address: 'Jl. Sudirman No. 10', address_id: '12.74.04.1005', lat: 2.9667 });
    expect(b).toMatchObject({ address: null, address_id: null, lat: null, long: null });
    expect(JSON.stringify(res)).not.toMatch(/Siti|siti@|3456/);
  });

  it('should answer unknown paths and bad JSON in the spec format', async () => {
    const res = await get('tidak-ada.json');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual([{ code: 404, description: expect.any(String) }]);
    const rusak = await t.app.inject({ method: 'POST', url: '/open311/v2/requests.json', headers: { 'content-type': 'application/json' }, payload: '{"api_key":' });
    expect(rusak.statusCode).toBe(400);
    expect(rusak.json()[0].code).toBe(400);
  });

  it('should not require a CSRF token (no session): a POST with a stray session cookie still works', async () => {
    const res = await t.app.inject({
      method: 'POST', url: '/open311/v2/requests.json', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: admin.cookie! },
      payload: new URLSearchParams({ api_key: apiKey, ...laporan }).toString(),
    });
    expect(res.statusCode).toBe(201);
  });

  it('should be documented in the OpenAPI document next to the pengaduan API', async () => {
    const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
    expect(doc.paths['/open311/v2/requests.json'].post).toBeDefined();
    expect(doc.paths['/open311/v2/requests.json'].get).toBeDefined();
    expect(doc.paths['/api/v1/pengaduan/{id}/aksi'].post.requestBody).toBeDefined();
  });
});
