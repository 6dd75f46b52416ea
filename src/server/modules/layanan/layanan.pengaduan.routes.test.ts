import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PengaduanDataInput } from '../../../contracts/pengaduan.ts';
import { bentukMultipart, contohJpeg, contohPdf, contohPng, type BagianBerkas } from '../../lib/unggahan.testing.ts';
import { createTestApp, loginAs } from '../../testing/test-app.ts';
import { berkasDi, dataLaporan, seedPengaduanUji } from './layanan.pengaduan.testing.ts';
import { pengaduan, pengaduanLampiran } from './layanan.table.ts';

describe('layanan.pengaduan routes', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: Record<string, string>;
  let petugasA: Record<string, string>;
  let petugasB: Record<string, string>;
  let ip = 0;

  beforeAll(async () => {
    // 1 MB photos at most, to test the size cap cheaply.
    t = await createTestApp({ config: { LAYANAN_MAKS_BERKAS_MB: '1' } });
    await seedPengaduanUji(t.db, t.fixture);
    admin = await loginAs(t.app, 'admin');
    petugasA = await loginAs(t.app, 'petugas');
    petugasB = await loginAs(t.app, 'petugas_b');
  });
  afterAll(async () => { await t?.close(); });

  /** POST /pengaduan as a browser's FormData sends it; each call from its own address (the per-IP limit). */
  function kirim(data: Partial<PengaduanDataInput> | string = {}, files: BagianBerkas[] = []) {
    const { payload, headers } = bentukMultipart({ data: typeof data === 'string' ? data : JSON.stringify(dataLaporan(data)) }, files);
    return t.app.inject({ method: 'POST', url: '/api/v1/pengaduan', payload, headers, remoteAddress: `10.1.0.${++ip % 250}` });
  }
  const jumlah = async () => ({
    pengaduan: Number((await t.db.select({ n: count() }).from(pengaduan))[0]!.n),
    lampiran: Number((await t.db.select({ n: count() }).from(pengaduanLampiran))[0]!.n),
    berkas: berkasDi(t.config.uploadsDir).length,
  });
  const foto = (namaFile = 'lubang.jpg', isi = contohJpeg(300)): BagianBerkas => ({ field: 'foto', namaFile, isi, tipe: 'image/jpeg' });

  it('should list the active categories publicly with their default unit', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/pengaduan/kategori' });
    expect(res.statusCode).toBe(200);
    const kode = res.json().map((k: { kode: string }) => k.kode);
    expect(kode).toEqual(expect.arrayContaining(['jalan-rusak', 'sampah', 'lainnya']));
    expect(kode).not.toContain('lama');
  });

  it('should accept a report with two photos, then let the handling OPD open them inline and no one else', async () => {
    const res = await kirim({}, [foto(), { field: 'foto', namaFile: 'dekat.png', isi: contohPng(200), tipe: 'image/png' }]);
    expect(res.statusCode).toBe(201);
    const { nomor, kodeAkses } = res.json();
    expect(nomor).toMatch(/^PG-\d{4}-\d{6}$/);
    const list = await t.app.inject({ method: 'GET', url: `/api/v1/pengaduan?q=${nomor}`, headers: admin });
    const { id, revisi } = list.json().items[0];
    const f = await t.app.inject({ method: 'POST', url: `/api/v1/pengaduan/${id}/aksi`, headers: admin, payload: { aksi: 'teruskan', revisi } });
    expect(f.statusCode).toBe(200);
    const d = await t.app.inject({ method: 'GET', url: `/api/v1/pengaduan/${id}`, headers: petugasA });
    expect(d.statusCode).toBe(200);
    expect(d.headers['cache-control']).toBe('private, no-store');
    const [l1, l2] = d.json().lampiran;
    expect([l1.namaFile, l2.namaFile, l2.mime]).toEqual(['lubang.jpg', 'dekat.png', 'image/png']);
    const unduh = await t.app.inject({ method: 'GET', url: `/api/v1/pengaduan/${id}/lampiran/${l1.id}`, headers: petugasA });
    expect(unduh.statusCode).toBe(200);
    expect(unduh.headers['content-type']).toBe('image/jpeg');
    expect(unduh.headers['content-disposition']).toMatch(/^inline; filename="lubang.jpg"/);
    expect(unduh.headers['x-content-type-options']).toBe('nosniff');
    expect(unduh.headers['cache-control']).toBe('private, no-store');
    expect(unduh.rawPayload.equals(contohJpeg(300))).toBe(true);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/pengaduan/${id}/lampiran/${l1.id}`, headers: petugasB })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/pengaduan/${id}/lampiran/${l1.id}` })).statusCode).toBe(401);
    // The reporter tracks it with the code in the body, never in the URL.
    const lacak = await t.app.inject({ method: 'POST', url: '/api/v1/pengaduan/lacak', payload: { nomor: nomor.toLowerCase(), kodeAkses } });
    expect(lacak.statusCode).toBe(200);
    expect(lacak.headers['cache-control']).toBe('no-store');
    expect(lacak.json()).toMatchObject({ nomor, status: 'diteruskan', jumlahFoto: 2, bisaBalas: true, bisaKonfirmasi: false });
  });

  it.each([
    ['a text file named .jpg', [foto('foto.jpg', Buffer.from('bukan gambar sama sekali'))], 400, 'foto'],
    ['a PDF', [{ field: 'foto', namaFile: 'surat.pdf', isi: contohPdf() }], 400, 'foto'],
    ['a PNG named .jpg', [foto('foto.jpg', contohPng())], 400, 'foto'],
    ['a photo over 1 MB', [foto('besar.jpg', contohJpeg(1024 * 1024 + 10))], 413, 'foto'],
    ['four photos', [foto('1.jpg'), foto('2.jpg'), foto('3.jpg'), foto('4.jpg')], 400, 'foto'],
    ['a file under another field', [{ field: 'ktp', namaFile: 'ktp.jpg', isi: contohJpeg() }], 400, 'ktp'],
  ])('should refuse %s with %s naming the field, and store nothing', async (_n, files, status, field) => {
    const sebelum = await jumlah();
    const res = await kirim({}, files as BagianBerkas[]);
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(await jumlah()).toEqual(sebelum);
  });

  it.each([
    ['coordinates outside the city', { lat: -6.2, lng: 106.8 }, 'lat'],
    ['an unknown category', { kategoriKode: 'ufo' }, 'kategoriKode'],
    ['a missing title', { judul: '' }, 'judul'],
  ])('should refuse %s with 400 naming the field, and store nothing (photos included)', async (_n, over, field) => {
    const sebelum = await jumlah();
    const res = await kirim(over, [foto()]);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(await jumlah()).toEqual(sebelum);
  });

  it('should refuse a request that is not multipart and a data field that is not JSON', async () => {
    const json = await t.app.inject({ method: 'POST', url: '/api/v1/pengaduan', payload: dataLaporan(), remoteAddress: '10.9.9.9' });
    expect(json.statusCode).toBe(400);
    const rusak = await kirim('{"judul":');
    expect(rusak.statusCode).toBe(400);
    expect(rusak.json().errors).toEqual([{ field: 'data', message: expect.any(String) }]);
  });

  it('should let the reporter reply and answer "was it resolved?" with the code, and refuse a wrong code with 404', async () => {
    const { nomor, kodeAkses } = (await kirim()).json();
    const salah = await t.app.inject({ method: 'POST', url: '/api/v1/pengaduan/lacak', payload: { nomor, kodeAkses: 'ZZZZ-ZZZZ' } });
    expect(salah.statusCode).toBe(404);
    const list = await t.app.inject({ method: 'GET', url: `/api/v1/pengaduan?q=${nomor}`, headers: admin });
    const { id } = list.json().items[0];
    let d = (await t.app.inject({ method: 'POST', url: `/api/v1/pengaduan/${id}/aksi`, headers: admin, payload: { aksi: 'teruskan', revisi: 0 } })).json();
    const tl = await t.app.inject({
      method: 'POST', url: `/api/v1/pengaduan/${id}/aksi`, headers: petugasA,
      payload: { aksi: 'tindak_lanjut', revisi: d.revisi, isi: 'Sudah ditambal.', hasil: 'tuntas' },
    });
    expect(tl.statusCode).toBe(200);
    d = tl.json();
    const stale = await t.app.inject({ method: 'POST', url: `/api/v1/pengaduan/${id}/aksi`, headers: petugasA, payload: { aksi: 'tanggapi', revisi: 0, isi: 'x' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('REVISI_USANG');
    const ok = await t.app.inject({ method: 'POST', url: '/api/v1/pengaduan/lacak/konfirmasi', payload: { nomor, kodeAkses, tuntas: true } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'selesai', puas: true });
    const balas = await t.app.inject({ method: 'POST', url: '/api/v1/pengaduan/lacak/balas', payload: { nomor, kodeAkses, isi: 'Terima kasih!' } });
    expect(balas.statusCode).toBe(200);
    expect(balas.json().status).toBe('diteruskan'); // a reply within the window reopens, as LAPOR! does
  });

  it('should keep OPD staff to their own OPD and coordinator actions to the coordinator', async () => {
    const { nomor } = (await kirim({ judul: 'Uji rute lingkup' })).json();
    const listB = await t.app.inject({ method: 'GET', url: `/api/v1/pengaduan?q=${nomor}`, headers: petugasB });
    expect(listB.statusCode).toBe(200);
    expect(listB.json().items).toEqual([]);
    const { id } = (await t.app.inject({ method: 'GET', url: `/api/v1/pengaduan?q=${nomor}`, headers: admin })).json().items[0];
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/pengaduan/${id}`, headers: petugasB })).statusCode).toBe(404);
    const verif = await t.app.inject({ method: 'POST', url: `/api/v1/pengaduan/${id}/aksi`, headers: petugasA, payload: { aksi: 'verifikasi', revisi: 0 } });
    expect(verif.statusCode).toBe(404); // not forwarded to OPD A yet: outside its scope
    const pegawai = await loginAs(t.app, 'pegawai');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/pengaduan', headers: pegawai })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/pengaduan' })).statusCode).toBe(401);
    const tanpaCsrf = await t.app.inject({
      method: 'POST', url: `/api/v1/pengaduan/${id}/aksi`, headers: { cookie: admin.cookie! }, payload: { aksi: 'verifikasi', revisi: 0 },
    });
    expect(tanpaCsrf.statusCode).toBe(403);
    expect(tanpaCsrf.json().code).toBe('CSRF');
  });

  it('should let the admin manage categories and limits, with 409 for a duplicate kode, and refuse OPD staff', async () => {
    const buat = await t.app.inject({
      method: 'POST', url: '/api/v1/admin/pengaduan/kategori', headers: admin,
      payload: { kode: 'lampu-jalan', nama: 'Lampu jalan padam', unitId: t.fixture.opdA.id },
    });
    expect(buat.statusCode).toBe(201);
    expect(buat.json()).toMatchObject({ kode: 'lampu-jalan', aktif: true, unit: { id: t.fixture.opdA.id }, jumlahPengaduan: 0 });
    const ganda = await t.app.inject({ method: 'POST', url: '/api/v1/admin/pengaduan/kategori', headers: admin, payload: { kode: 'lampu-jalan', nama: 'X lagi' } });
    expect(ganda.statusCode).toBe(409);
    expect(ganda.json().errors[0].field).toBe('body.kode');
    const kodeSalah = await t.app.inject({ method: 'POST', url: '/api/v1/admin/pengaduan/kategori', headers: admin, payload: { kode: 'Lampu Jalan', nama: 'X' } });
    expect(kodeSalah.statusCode).toBe(400);
    const ubah = await t.app.inject({ method: 'PATCH', url: `/api/v1/admin/pengaduan/kategori/${buat.json().id}`, headers: admin, payload: { aktif: false, grup: 'Penerangan' } });
    expect(ubah.json()).toMatchObject({ aktif: false, grup: 'Penerangan', kode: 'lampu-jalan' });
    const unitAsing = await t.app.inject({ method: 'PATCH', url: `/api/v1/admin/pengaduan/kategori/${buat.json().id}`, headers: admin, payload: { unitId: 999999 } });
    expect(unitAsing.statusCode).toBe(400);
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/admin/pengaduan/kategori', headers: admin });
    expect(list.json().find((k: { kode: string }) => k.kode === 'jalan-rusak').jumlahPengaduan).toBeGreaterThan(0);

    expect((await t.app.inject({ method: 'GET', url: '/api/v1/admin/pengaduan/pengaturan', headers: admin })).json())
      .toEqual({ hariVerifikasi: 3, hariTindakLanjut: 5, hariTutupOtomatis: 10 });
    const nol = await t.app.inject({ method: 'PUT', url: '/api/v1/admin/pengaduan/pengaturan', headers: admin, payload: { hariVerifikasi: 0, hariTindakLanjut: 5, hariTutupOtomatis: 10 } });
    expect(nol.statusCode).toBe(400);
    expect(nol.json().errors[0].field).toBe('body.hariVerifikasi');
    const simpan = await t.app.inject({ method: 'PUT', url: '/api/v1/admin/pengaduan/pengaturan', headers: admin, payload: { hariVerifikasi: 2, hariTindakLanjut: 5, hariTutupOtomatis: 10 } });
    expect(simpan.json().hariVerifikasi).toBe(2);
    await t.app.inject({ method: 'PUT', url: '/api/v1/admin/pengaduan/pengaturan', headers: admin, payload: { hariVerifikasi: 3, hariTindakLanjut: 5, hariTutupOtomatis: 10 } });

    const adminOpd = await loginAs(t.app, 'admin_opd');
    for (const [method, url] of [['GET', '/api/v1/admin/pengaduan/kategori'], ['GET', '/api/v1/admin/open311/klien'], ['PUT', '/api/v1/admin/pengaduan/pengaturan']] as const) {
      const res = await t.app.inject({ method, url, headers: adminOpd, payload: method === 'PUT' ? { hariVerifikasi: 1, hariTindakLanjut: 1, hariTutupOtomatis: 1 } : undefined });
      expect(res.statusCode, url).toBe(403);
    }
  });

  it('should show an Open311 api key once and revoke it', async () => {
    const buat = await t.app.inject({ method: 'POST', url: '/api/v1/admin/open311/klien', headers: admin, payload: { nama: 'Aplikasi Warga' } });
    expect(buat.statusCode).toBe(201);
    const { klien, apiKey } = buat.json();
    expect(apiKey).toMatch(/^o311_[A-Za-z0-9_-]{32}$/);
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/admin/open311/klien', headers: admin });
    expect(list.body).not.toContain(apiKey);
    expect(list.json().find((k: { id: number }) => k.id === klien.id)).toMatchObject({ nama: 'Aplikasi Warga', aktif: true, terakhirDipakai: null });
    const cabut = await t.app.inject({ method: 'POST', url: `/api/v1/admin/open311/klien/${klien.id}/cabut`, headers: admin });
    expect(cabut.json().aktif).toBe(false);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/admin/open311/klien/999999/cabut', headers: admin })).statusCode).toBe(404);
  });

  it('should rate-limit tracking look-ups per address (guessing access codes)', async () => {
    const kode: number[] = [];
    for (let i = 0; i < 31; i++) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/pengaduan/lacak', payload: { nomor: 'PG-2026-999999', kodeAkses: 'AAAA-AAAA' }, remoteAddress: '10.7.7.7' });
      kode.push(res.statusCode);
    }
    expect(kode.slice(0, 30).every((k) => k === 404)).toBe(true);
    expect(kode[30]).toBe(429);
  });
});
