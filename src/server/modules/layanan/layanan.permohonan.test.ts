import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PermohonanDetail, PermohonanDiterima } from '../../../contracts/permohonan.ts';
import { waktuWib } from '../../../domain/shared/hari-kerja.ts';
import { queryRows } from '../../db/client.ts';
import { bentukMultipart, contohJpeg, contohPdf, contohPng } from '../../lib/unggahan.testing.ts';
import { createTestApp, loginAs } from '../../testing/test-app.ts';
import { createLayananPermohonanService } from './layanan.permohonan.service.ts';
import { daftarFile, hitungSimpanan, nikUji, permohonanUji, seedPermohonanUji } from './layanan.permohonan.testing.ts';

type H = Record<string, string>;
type T = Awaited<ReturnType<typeof createTestApp>>;
const w = (s: string) => waktuWib(s.slice(0, 10), s.slice(11, 16));

describe('createLayananPermohonanService', () => {
  let t: T;
  let u: Awaited<ReturnType<typeof seedPermohonanUji>>;
  let admin: H;
  let petugas: H;
  let petugasB: H;
  let atasan: H;
  let ipKe = 0;
  /** Each public POST from its own address, so the per-IP limits do not interfere between tests. */
  const kirim = (body: { payload: Buffer; headers: H }, extra: H = {}, url = '/api/v1/permohonan') =>
    t.app.inject({ method: 'POST', url, payload: body.payload, headers: { ...body.headers, ...extra }, remoteAddress: `10.0.${Math.floor(++ipKe / 250)}.${ipKe % 250}` });
  const post = (url: string, payload: unknown, headers: H = {}) => t.app.inject({ method: 'POST', url: `/api/v1${url}`, payload: payload as object, headers });
  const get = (url: string, headers: H = {}) => t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers });
  const svc = () => t.app.services.layanan.permohonan;
  const pelaku = (akun: 'petugas' | 'admin' | 'atasan' | 'admin_opd', pegawaiId: number | null, opdId: number | null) =>
    ({ akunId: t.fixture.accounts[akun]!, roles: [akun] as ['petugas'], opdId, pegawaiId });

  beforeAll(async () => {
    t = await createTestApp({ config: { LAYANAN_MAKS_BERKAS_MB: '1', LAYANAN_MAKS_JUMLAH_BERKAS: '4' } });
    u = await seedPermohonanUji(t.db, t.fixture);
    [admin, petugas, petugasB, atasan] = await Promise.all([loginAs(t.app, 'admin'), loginAs(t.app, 'petugas'), loginAs(t.app, 'petugasb'), loginAs(t.app, 'atasan')]);
  });
  afterAll(async () => { await t?.close(); });

  describe('submission', () => {
    it('should accept a complete application: number, access code once, due date, files on disk, notification, round-robin assignee', async () => {
      const res = await kirim(permohonanUji());
      expect(res.statusCode, res.body).toBe(201);
      const d = res.json() as PermohonanDiterima;
      expect(d.nomor).toMatch(/^PM-\d{4}-000001$/);
      expect(d.kodeAkses).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
      expect(d).toMatchObject({ status: 'diajukan', statusLabel: 'Diajukan', layanan: { kode: 'uji-ktp' }, jangkaWaktu: { nilai: 3, satuan: 'hari_kerja', teks: '3 hari kerja' } });
      expect(d.jatuhTempoTeks).toMatch(/pukul \d{2}\.\d{2} WIB$/);
      expect(res.body).not.toContain(nikUji(1));
      expect(daftarFile(t.config.uploadsDir).filter((f) => f.startsWith('permohonan/'))).toHaveLength(2);
      const [row] = await queryRows<{ petugas_id: number; kode_akses_hash: string; nik_akhir: string; isian: unknown }>(t.db, sql`SELECT petugas_id, kode_akses_hash, nik_akhir, isian FROM permohonan WHERE nomor = ${d.nomor}`);
      expect(row).toMatchObject({ petugas_id: u.petugas1.id, nik_akhir: '0001', isian: { 'nama-ibu': 'Siti Aminah' } });
      expect(row!.kode_akses_hash).toMatch(/^[0-9a-f]{64}$/);
      const outbox = await queryRows<{ templat: string; data: Record<string, unknown>; tujuan_akhir: string }>(t.db, sql`SELECT templat, data, tujuan_akhir FROM notifikasi_outbox WHERE kunci LIKE 'permohonan:diterima:%'`);
      expect(outbox).toHaveLength(1);
      expect(outbox[0]!.data).toMatchObject({ nomor: d.nomor, layanan: 'Layanan uji-ktp', tautan: '/lacak' });
      expect(JSON.stringify(outbox[0]!.data)).not.toContain(d.kodeAkses);
      // round-robin: the next two go to Petugas Dua, then back to Petugas Satu
      for (const [i, harap] of [[2, u.petugas2.id], [3, u.petugas1.id]] as const) {
        const r2 = await kirim(permohonanUji({ nik: nikUji(i) }));
        expect(r2.statusCode, r2.body).toBe(201);
        const [x] = await queryRows<{ petugas_id: number }>(t.db, sql`SELECT petugas_id FROM permohonan WHERE nomor = ${r2.json().nomor}`);
        expect(x!.petugas_id).toBe(harap);
      }
    });

    it('should return the same case and code for a repeated Idempotency-Key (200), storing nothing more', async () => {
      const body = permohonanUji({ nik: nikUji(10) });
      const a = await kirim(body, { 'idempotency-key': 'uji-idem-000001' });
      expect(a.statusCode, a.body).toBe(201);
      const sebelum = await hitungSimpanan(t.db);
      const b = await kirim(body, { 'idempotency-key': 'uji-idem-000001' });
      expect(b.statusCode, b.body).toBe(200);
      expect(b.json()).toMatchObject({ nomor: a.json().nomor, kodeAkses: a.json().kodeAkses });
      expect(await hitungSimpanan(t.db)).toEqual(sebelum);
      // another NIK with the same key is another application
      const c = await kirim(permohonanUji({ nik: nikUji(11) }), { 'idempotency-key': 'uji-idem-000001' });
      expect(c.statusCode).toBe(201);
      expect(c.json().nomor).not.toBe(a.json().nomor);
    });

    describe('bad input: a 4xx naming the field, and nothing stored (rows, counter, files)', () => {
      const kasus: Array<[string, () => ReturnType<typeof permohonanUji>, number, string, RegExp]> = ([
        ['unknown layanan', () => permohonanUji({ data: { layananKode: 'tidak-ada' } }), 404, 'layananKode', /tidak ditemukan/],
        ['layanan not online', () => permohonanUji({ data: { layananKode: 'uji-luring' } }), 400, 'layananKode', /online/],
        ['missing required document', () => permohonanUji({ tanpa: ['berkas.kk'] }), 400, 'berkas.kk', /Kartu Keluarga/],
        ['content not what the extension says', () => permohonanUji({ files: [
          { field: 'berkas.ktp-lama', namaFile: 'ktp.jpg', isi: contohJpeg() },
          { field: 'berkas.kk', namaFile: 'kk.pdf', isi: Buffer.from('<html>bukan pdf</html>') },
        ] }), 400, 'berkas.kk', /bukan PDF\/JPEG\/PNG/],
        ['a PNG named .pdf', () => permohonanUji({ files: [
          { field: 'berkas.ktp-lama', namaFile: 'ktp.jpg', isi: contohJpeg() },
          { field: 'berkas.kk', namaFile: 'kk.pdf', isi: contohPng() },
        ] }), 400, 'berkas.kk', /tidak sesuai ekstensi \.pdf/],
        ['oversized file', () => permohonanUji({ files: [
          { field: 'berkas.ktp-lama', namaFile: 'ktp.jpg', isi: contohJpeg(1024 * 1024 + 1) },
          { field: 'berkas.kk', namaFile: 'kk.pdf', isi: contohPdf() },
        ] }), 413, 'berkas.ktp-lama', /melebihi batas 1 MB/],
        ['invalid NIK', () => permohonanUji({ nik: '2074010101900001' }), 400, 'pemohon.nik', /provinsi/],
        ['NIK of 15 digits', () => permohonanUji({ nik: '317101010190001' }), 400, 'pemohon.nik', /16 angka/],
        ['invalid KK', () => permohonanUji({ data: { pemohon: { nama: 'Budi', nik: nikUji(20), kk: '3171014512150003' } } }), 400, 'pemohon.kk', /Tanggal/],
        ['invalid phone', () => permohonanUji({ data: { pemohon: { nama: 'Budi', nik: nikUji(21), telepon: '12345' } } }), 400, 'pemohon.telepon', /HP/],
        ['no consent', () => permohonanUji({ data: { persetujuan: false as unknown as true } }), 400, 'persetujuan', /menyetujui/],
        ['missing isian', () => permohonanUji({ data: { isian: {} } }), 400, 'isian.nama-ibu', /wajib/],
        ['a NIK typed into an isian', () => permohonanUji({ data: { isian: { 'nama-ibu': 'Siti 3171 0101 0190 0001' } } }), 400, 'isian.nama-ibu', /NIK/],
        ['unknown file field', () => permohonanUji({ files: [
          { field: 'berkas.ktp-lama', namaFile: 'ktp.jpg', isi: contohJpeg() },
          { field: 'berkas.kk', namaFile: 'kk.pdf', isi: contohPdf() },
          { field: 'berkas.paspor', namaFile: 'p.pdf', isi: contohPdf() },
        ] }), 400, 'berkas.paspor', /tidak termasuk/],
        ['too many files', () => permohonanUji({ files: [1, 2, 3, 4, 5].map((i) => ({ field: 'berkas.kk', namaFile: `${i}.pdf`, isi: contohPdf() })) }), 400, 'berkas', /Paling banyak 4/],
        ['data not JSON', () => bentukMultipart({ data: '{rusak' }, []), 400, 'data', /JSON/],
        ['no data field', () => bentukMultipart({}, [{ field: 'berkas.kk', namaFile: 'kk.pdf', isi: contohPdf() }]), 400, 'data', /wajib/],
      ] as const).map(([n, body, status, field, pesan]) => [n, body, status, field, pesan]);
      it.each(kasus.map(([n, body, status, field, pesan]) => ({ n, body, status, field, pesan })))('$n → $status ($field)', async ({ body, status, field, pesan }) => {
        const sebelum = await hitungSimpanan(t.db);
        const file = daftarFile(t.config.uploadsDir).length;
        const res = await kirim(body());
        expect(res.statusCode, res.body).toBe(status);
        expect(res.headers['content-type']).toContain('application/problem+json');
        const e = (res.json().errors as Array<{ field: string; message: string }>).find((x) => x.field === field);
        expect(e, `field ${field} in ${res.body}`).toBeDefined();
        expect(e!.message).toMatch(pesan);
        expect(await hitungSimpanan(t.db)).toEqual(sebelum);
        expect(daftarFile(t.config.uploadsDir)).toHaveLength(file);
      });

      it('should refuse a JSON body (not multipart) with 400', async () => {
        const res = await post('/permohonan', { layananKode: 'uji-ktp' });
        expect(res.statusCode).toBe(400);
        expect(res.json().code).toBe('UNGGAHAN_BUKAN_MULTIPART');
      });
    });

    it('should remove the written files when the transaction fails', async () => {
      const s = t.app.services;
      const gagal = createLayananPermohonanService({
        db: t.db, org: s.org, kalender: s.kalender, bus: s.bus, dataPribadi: s.dataPribadi, secret: 'x'.repeat(32),
        notifikasi: { ...s.notifikasi, antrikan: async () => { throw new Error('outbox rusak'); } },
        uploadsDir: t.config.uploadsDir, maksBerkasByte: 1024 * 1024, maksJumlahBerkas: 4,
      });
      const sebelum = await hitungSimpanan(t.db);
      const file = daftarFile(t.config.uploadsDir).length;
      const isi = (field: string, namaFile: string, b: Buffer) => ({ field, namaFile, isi: b, jenis: b[0] === 0x25 ? 'pdf' as const : 'jpeg' as const, mime: b[0] === 0x25 ? 'application/pdf' : 'image/jpeg' });
      await expect(gagal.ajukan({
        fields: { data: JSON.stringify({ layananKode: 'uji-ktp', pemohon: { nama: 'Gagal', nik: nikUji(30) }, isian: { 'nama-ibu': 'Ibu' }, persetujuan: true }) },
        files: [isi('berkas.ktp-lama', 'ktp.jpg', contohJpeg()), isi('berkas.kk', 'kk.pdf', contohPdf())],
      })).rejects.toThrow('outbox rusak');
      expect(await hitungSimpanan(t.db)).toEqual(sebelum);
      expect(daftarFile(t.config.uploadsDir)).toHaveLength(file);
    });
  });

  describe('tracking', () => {
    let d: PermohonanDiterima;
    beforeAll(async () => {
      const res = await kirim(permohonanUji({ nik: nikUji(40) }));
      d = res.json();
    });

    it('should show the case to the holder of number + code, however the code is typed', async () => {
      for (const kode of [d.kodeAkses, d.kodeAkses.toLowerCase().replace('-', ' '), d.kodeAkses.replace('-', '')]) {
        const res = await post('/permohonan/lacak', { nomor: ` ${d.nomor.toLowerCase()} `, kodeAkses: kode });
        expect(res.statusCode, res.body).toBe(200);
        expect(res.headers['cache-control']).toBe('no-store');
      }
      const v = (await post('/permohonan/lacak', { nomor: d.nomor, kodeAkses: d.kodeAkses })).json();
      expect(v).toMatchObject({
        nomor: d.nomor, status: 'diajukan', layanan: { kode: 'uji-ktp' }, unit: { nama: 'Dinas Uji A' },
        pemohon: { nama: 'Rahmawati Siregar', nikSamar: '3171********0040' }, sla: { badge: expect.stringMatching(/aman|segera|terlambat/) },
        perbaikan: null, dokumenHasil: null, tautanSurvei: null, isian: { 'nama-ibu': 'Siti Aminah' },
      });
      expect(v.riwayat.map((r: { aksi: string }) => r.aksi)).toEqual(['diajukan']);
      expect(v.berkas.map((b: { persyaratanKode: string; berlaku: boolean }) => [b.persyaratanKode, b.berlaku])).toEqual([['ktp-lama', true], ['kk', true]]);
      expect(v.persyaratan).toHaveLength(4);
      expect(JSON.stringify(v)).not.toContain(nikUji(40));
    });

    it('should answer a wrong code and a wrong number with the same 404', async () => {
      const a = await post('/permohonan/lacak', { nomor: d.nomor, kodeAkses: 'AAAA-AAAA' });
      const b = await post('/permohonan/lacak', { nomor: 'PM-2026-999999', kodeAkses: d.kodeAkses });
      expect(a.statusCode).toBe(404);
      expect(b.statusCode).toBe(404);
      expect(a.json().detail).toBe(b.json().detail);
      expect(a.json().code).toBe('LACAK_TIDAK_COCOK');
    });

    it('should let the applicant download their own upload, and nothing of another case', async () => {
      const v = (await post('/permohonan/lacak', { nomor: d.nomor, kodeAkses: d.kodeAkses })).json();
      const kk = v.berkas.find((b: { persyaratanKode: string }) => b.persyaratanKode === 'kk');
      const res = await post('/permohonan/lacak/berkas', { nomor: d.nomor, kodeAkses: d.kodeAkses, berkasId: kk.id });
      expect(res.statusCode).toBe(200);
      expect(res.rawPayload).toEqual(contohPdf('kk'));
      expect(res.headers).toMatchObject({
        'content-type': 'application/pdf', 'x-content-type-options': 'nosniff', 'cache-control': 'private, no-store',
        'content-disposition': expect.stringMatching(/^attachment; filename="kk\.pdf"/),
      });
      const [lain] = await queryRows<{ id: number }>(t.db, sql`SELECT b.id FROM permohonan_berkas b JOIN permohonan p ON p.id = b.permohonan_id WHERE p.nomor <> ${d.nomor} LIMIT 1`);
      const x = await post('/permohonan/lacak/berkas', { nomor: d.nomor, kodeAkses: d.kodeAkses, berkasId: Number(lain!.id) });
      expect(x.statusCode).toBe(404);
      expect((await post('/permohonan/lacak/berkas', { nomor: d.nomor, kodeAkses: 'SALAH-KODE', berkasId: kk.id })).statusCode).toBe(404);
    });
  });

  describe('SLA clock with the shared calendar (explicit instants)', () => {
    it('should pause while waiting for the applicant and move the due date by the paused working time', async () => {
      await t.app.services.kalender.create({ akunId: t.fixture.accounts.admin! }, { tanggal: '2026-12-02', nama: 'Libur uji (pilkada)', jenis: 'libur_lokal' });
      const isi = (field: string, namaFile: string, b: Buffer, jenis: 'pdf' | 'jpeg') => ({ field, namaFile, isi: b, jenis, mime: jenis === 'pdf' ? 'application/pdf' : 'image/jpeg' });
      const { hasil } = await svc().ajukan({
        fields: { data: JSON.stringify({ layananKode: 'uji-ktp', pemohon: { nama: 'Jam Uji', nik: nikUji(50), telepon: '081234567001' }, isian: { 'nama-ibu': 'Ibu' }, persetujuan: true }) },
        files: [isi('berkas.ktp-lama', 'ktp.jpg', contohJpeg(), 'jpeg'), isi('berkas.kk', 'kk.pdf', contohPdf(), 'pdf')],
      }, {}, w('2026-11-30 10:00'));
      // 3 hari kerja from Monday 10:00 with Wednesday closed → Friday 10:00
      expect(hasil.jatuhTempo).toBe(w('2026-12-04 10:00').toISOString());
      const [{ id }] = await queryRows<{ id: number }>(t.db, sql`SELECT id FROM permohonan WHERE nomor = ${hasil.nomor}`) as [{ id: number }];
      const p = pelaku('petugas', u.petugas1.id, t.fixture.opdA.id);
      const jeda = await svc().aksi(p, Number(id), { aksi: 'minta_perbaikan', revisi: 0, perbaikan: [{ persyaratanKode: 'kk', catatan: 'Foto KK buram' }] }, w('2026-12-01 10:00'));
      expect(jeda).toMatchObject({ status: 'perlu_perbaikan', sla: { badge: 'jeda', jatuhTempo: null, sisaMenitKerja: 900 } });
      expect(jeda.perbaikan).toEqual([{ persyaratanKode: 'kk', persyaratanNama: 'Kartu Keluarga', catatan: 'Foto KK buram' }]);

      // the applicant must send a new KK: without it → 400
      const data = JSON.stringify({ nomor: hasil.nomor, kodeAkses: hasil.kodeAkses, catatan: 'Sudah saya foto ulang' });
      await expect(svc().kirimPerbaikan({ fields: { data }, files: [] }, w('2026-12-07 10:00'))).rejects.toMatchObject({ code: 'DATA_TIDAK_VALID', errors: [{ field: 'berkas.kk' }] });
      const v = await svc().kirimPerbaikan({ fields: { data }, files: [isi('berkas.kk', 'kk-baru.pdf', contohPdf('baru'), 'pdf')] }, w('2026-12-07 10:00'));
      // 900 working minutes left from Monday 7 Dec 10:00 → Wednesday 9 Dec 10:00
      expect(v).toMatchObject({ status: 'diajukan', jatuhTempo: w('2026-12-09 10:00').toISOString(), perbaikan: null });
      expect(v.berkas.filter((b) => b.persyaratanKode === 'kk').map((b) => [b.namaFile, b.putaran, b.berlaku])).toEqual([['kk.pdf', 1, false], ['kk-baru.pdf', 2, true]]);
      expect(v.riwayat.map((r) => r.aksi)).toEqual(['diajukan', 'minta_perbaikan', 'ajukan_ulang']);
      await expect(svc().kirimPerbaikan({ fields: { data }, files: [] }, w('2026-12-07 11:00'))).rejects.toMatchObject({ code: 'TIDAK_MENUNGGU_PERBAIKAN' });
      const outbox = await queryRows<{ templat: string }>(t.db, sql`SELECT templat FROM notifikasi_outbox WHERE data->>'nomor' = ${hasil.nomor} ORDER BY id`);
      expect(outbox.map((o) => o.templat)).toEqual(['permohonan.diterima', 'permohonan.perbaikan', 'permohonan.status']);
    });
  });

  describe('staff', () => {
    let kasus: { id: number; nomor: string; kodeAkses: string };
    const baru = async (nik: number, layananKode = 'uji-ktp', pengambilan: 'ambil' | 'unduh' = 'ambil') => {
      const res = await kirim(permohonanUji({ nik: nikUji(nik), data: { layananKode, pengambilan } }));
      expect(res.statusCode, res.body).toBe(201);
      const [r] = await queryRows<{ id: number }>(t.db, sql`SELECT id FROM permohonan WHERE nomor = ${res.json().nomor}`);
      return { id: Number(r!.id), nomor: res.json().nomor as string, kodeAkses: res.json().kodeAkses as string };
    };
    beforeAll(async () => { kasus = await baru(60); });

    it('should show the detail with masked personal data and the possible actions', async () => {
      const res = await get(`/permohonan/${kasus.id}`, petugas);
      expect(res.statusCode, res.body).toBe(200);
      const d = res.json() as PermohonanDetail;
      expect(d).toMatchObject({
        status: 'diajukan', revisi: 0, aksi: ['verifikasi', 'minta_perbaikan', 'tolak'],
        pemohon: { nikSamar: '3171********0060', kkSamar: '************0003', teleponSamar: '••••7788', adaEmail: false },
        unit: { id: t.fixture.opdA.id }, standarVersi: 1,
      });
      expect(res.body).not.toContain(nikUji(60));
      expect(d.riwayat[0]).toMatchObject({ aksi: 'diajukan', aktor: 'pemohon' });
    });

    it('should refuse another OPD (404 for detail, action, files, NIK) and keep it out of their inbox', async () => {
      expect((await get(`/permohonan/${kasus.id}`, petugasB)).statusCode).toBe(404);
      expect((await post(`/permohonan/${kasus.id}/aksi`, { aksi: 'verifikasi', revisi: 0 }, petugasB)).statusCode).toBe(404);
      expect((await post(`/permohonan/${kasus.id}/nik`, {}, petugasB)).statusCode).toBe(404);
      const berkas = (await get(`/permohonan/${kasus.id}`, petugas)).json().berkas[0];
      expect((await get(`/permohonan/${kasus.id}/berkas/${berkas.id}`, petugasB)).statusCode).toBe(404);
      const inbox = (await get('/permohonan', petugasB)).json();
      expect(inbox.items.map((i: { nomor: string }) => i.nomor)).not.toContain(kasus.nomor);
      expect((await get('/permohonan', admin)).json().items.map((i: { nomor: string }) => i.nomor)).toContain(kasus.nomor);
    });

    it('should refuse impossible transitions and stale revisions with 409, and demand a reason / a list', async () => {
      const a = await post(`/permohonan/${kasus.id}/aksi`, { aksi: 'selesaikan', revisi: 0 }, petugas);
      expect(a.statusCode).toBe(409);
      expect(a.json()).toMatchObject({ code: 'TRANSISI_TIDAK_BOLEH', detail: 'Permohonan harus diproses dulu sebelum diselesaikan (status sekarang: Diajukan).' });
      const b = await post(`/permohonan/${kasus.id}/aksi`, { aksi: 'minta_perbaikan', revisi: 0, perbaikan: [] }, petugas);
      expect(b.statusCode).toBe(400);
      expect(b.json().errors[0].field).toBe('body.perbaikan');
      const c = await post(`/permohonan/${kasus.id}/aksi`, { aksi: 'tolak', revisi: 0 }, petugas);
      expect(c.statusCode).toBe(400);
      expect(c.json().errors[0].field).toBe('body.alasan');
      const nikDiCatatan = await post(`/permohonan/${kasus.id}/aksi`, { aksi: 'tolak', revisi: 0, alasan: `NIK ${nikUji(60)} tidak cocok` }, petugas);
      expect(nikDiCatatan.statusCode).toBe(400);
      expect(nikDiCatatan.json().errors[0].field).toBe('body.alasan');
      const ok = await post(`/permohonan/${kasus.id}/aksi`, { aksi: 'verifikasi', revisi: 0, catatan: 'Berkas lengkap' }, petugas);
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json()).toMatchObject({ status: 'diverifikasi', revisi: 1, aksi: ['proses', 'minta_perbaikan', 'tolak'] });
      const basi = await post(`/permohonan/${kasus.id}/aksi`, { aksi: 'proses', revisi: 0 }, petugas);
      expect(basi.statusCode).toBe(409);
      expect(basi.json().code).toBe('PERMOHONAN_BERUBAH');
      const audit = await queryRows<{ aksi: string }>(t.db, sql`SELECT aksi FROM audit_log WHERE entitas = 'permohonan' AND entitas_id = ${String(kasus.id)}`);
      expect(audit.map((x) => x.aksi)).toEqual(['permohonan.verifikasi']);
    });

    it('should assign manually, unassign, and refuse a petugas of another OPD', async () => {
      const d0 = (await get(`/permohonan/${kasus.id}`, petugas)).json();
      const salah = await post(`/permohonan/${kasus.id}/tugaskan`, { petugasId: u.petugasB.id, revisi: d0.revisi }, admin);
      expect(salah.statusCode).toBe(400);
      expect(salah.json().errors[0].field).toBe('body.petugasId');
      const a = await post(`/permohonan/${kasus.id}/tugaskan`, { petugasId: u.petugas2.id, revisi: d0.revisi }, admin);
      expect(a.statusCode, a.body).toBe(200);
      expect(a.json().petugas).toEqual({ id: u.petugas2.id, nama: 'Petugas Dua' });
      const b = await post(`/permohonan/${kasus.id}/tugaskan`, { petugasId: null, revisi: a.json().revisi }, admin);
      expect(b.json().petugas).toBeNull();
      const petugasList = (await get('/permohonan/petugas', petugas)).json();
      expect(petugasList.map((x: { nama: string }) => x.nama)).toEqual(['Petugas Satu', 'Petugas Dua']);
    });

    it('should run bulk actions per id: one failure does not undo the others', async () => {
      const k1 = await baru(61);
      const k2 = await baru(62);
      const kB = await kirim(permohonanUji({ nik: nikUji(63), data: { layananKode: 'uji-b' } }));
      const [rb] = await queryRows<{ id: number }>(t.db, sql`SELECT id FROM permohonan WHERE nomor = ${kB.json().nomor}`);
      const res = await post('/permohonan/massal', { ids: [k1.id, kasus.id, Number(rb!.id), k2.id], aksi: 'verifikasi' }, petugas);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().hasil).toEqual([
        { id: k1.id, ok: true, pesan: null },
        { id: kasus.id, ok: false, pesan: expect.stringContaining('Diajukan') },
        { id: Number(rb!.id), ok: false, pesan: 'Permohonan tidak ditemukan.' },
        { id: k2.id, ok: true, pesan: null },
      ]);
      const t2 = await post('/permohonan/massal', { ids: [k1.id, k2.id], aksi: 'tugaskan', petugasId: u.petugas1.id }, petugas);
      expect(t2.json().hasil.every((h: { ok: boolean }) => h.ok)).toBe(true);
      const saya = (await get('/permohonan?tugas=saya&status=diverifikasi', petugas)).json();
      expect(saya.items.map((i: { id: number }) => i.id).sort()).toEqual([k1.id, k2.id].sort());
    });

    it('should show the whole NIK only through the audited endpoint', async () => {
      const res = await post(`/permohonan/${kasus.id}/nik`, {}, petugas);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ nik: nikUji(60), kk: '3171010512150003' });
      const audit = await queryRows<{ data: unknown }>(t.db, sql`SELECT data FROM audit_log WHERE aksi = 'permohonan.lihat_nik' AND entitas_id = ${String(kasus.id)}`);
      expect(audit).toHaveLength(1);
      expect(JSON.stringify(audit[0]!.data)).not.toContain(nikUji(60));
    });

    it('should serve files to staff with safe headers (images inline)', async () => {
      const d = (await get(`/permohonan/${kasus.id}`, petugas)).json() as PermohonanDetail;
      const foto = d.berkas.find((b) => b.persyaratanKode === 'ktp-lama')!;
      const res = await get(`/permohonan/${kasus.id}/berkas/${foto.id}`, petugas);
      expect(res.statusCode).toBe(200);
      expect(res.headers).toMatchObject({ 'content-type': 'image/jpeg', 'x-content-type-options': 'nosniff', 'cache-control': 'private, no-store' });
      expect(res.headers['content-disposition']).toMatch(/^inline; filename="ktp\.jpg"/);
      expect((await get(`/permohonan/${kasus.id}/berkas/999999`, petugas)).statusCode).toBe(404);
    });

    it('should finish a download case only with its product, then verify the product by its token', async () => {
      const k = await baru(70, 'uji-ktp', 'unduh');
      const p = pelaku('petugas', u.petugas1.id, t.fixture.opdA.id);
      await svc().aksi(p, k.id, { aksi: 'verifikasi', revisi: 0 });
      await svc().aksi(p, k.id, { aksi: 'proses', revisi: 1 });
      const tanpa = await post(`/permohonan/${k.id}/aksi`, { aksi: 'selesaikan', revisi: 2 }, petugas);
      expect(tanpa.statusCode).toBe(409);
      expect(tanpa.json().code).toBe('HASIL_BELUM_DIUNGGAH');
      const bukanPdf = bentukMultipart({}, [{ field: 'berkas', namaFile: 'hasil.png', isi: contohPng() }]);
      const r0 = await t.app.inject({ method: 'POST', url: `/api/v1/permohonan/${k.id}/hasil`, payload: bukanPdf.payload, headers: { ...petugas, ...bukanPdf.headers } });
      expect(r0.statusCode).toBe(400);
      const pdf = bentukMultipart({}, [{ field: 'berkas', namaFile: 'KTP-el Rahmawati.pdf', isi: contohPdf('produk') }]);
      const r1 = await t.app.inject({ method: 'POST', url: `/api/v1/permohonan/${k.id}/hasil`, payload: pdf.payload, headers: { ...petugas, ...pdf.headers } });
      expect(r1.statusCode, r1.body).toBe(200);
      const dok = r1.json().dokumenHasil;
      expect(dok.tautanVerifikasi).toMatch(/^\/verifikasi\/v1\.[0-9a-z]+\.[A-Za-z0-9_-]{22}$/);
      // before selesai the token does not verify yet, and the applicant cannot download the product
      const token = dok.tautanVerifikasi.split('/').pop();
      expect((await get(`/verifikasi/${token}`)).json().sah).toBe(false);
      expect((await post('/permohonan/lacak/berkas', { nomor: k.nomor, kodeAkses: k.kodeAkses, berkasId: dok.berkasId })).statusCode).toBe(404);
      const selesai = await post(`/permohonan/${k.id}/aksi`, { aksi: 'selesaikan', revisi: r1.json().revisi }, petugas);
      expect(selesai.statusCode, selesai.body).toBe(200);
      const v = await get(`/verifikasi/${token}`);
      expect(v.json()).toMatchObject({ sah: true, nomor: k.nomor, layanan: 'Layanan uji-ktp', pemohonNama: 'Rahmawati Siregar', nikSamar: '3171********0070', namaFile: 'KTP-el Rahmawati.pdf' });
      expect(v.json().sha256).toMatch(/^[0-9a-f]{64}$/);
      expect((await get(`/verifikasi/${token.slice(0, -2)}xx`)).json().sah).toBe(false);
      expect((await get(`/verifikasi/v1.zz.${'A'.repeat(22)}`)).json().sah).toBe(false);
      const lacak = (await post('/permohonan/lacak', { nomor: k.nomor, kodeAkses: k.kodeAkses })).json();
      expect(lacak.dokumenHasil).toEqual({ tersedia: true, berkasId: dok.berkasId, tautanVerifikasi: dok.tautanVerifikasi });
      const unduh = await post('/permohonan/lacak/berkas', { nomor: k.nomor, kodeAkses: k.kodeAkses, berkasId: dok.berkasId });
      expect(unduh.statusCode).toBe(200);
      expect(unduh.rawPayload).toEqual(contohPdf('produk'));
    });

    it('should list with filters, due-date order and counts over the scope', async () => {
      const res = await get('/permohonan?status=aktif&urut=jatuhTempo&perHalaman=5', petugas);
      expect(res.statusCode, res.body).toBe(200);
      const b = res.json();
      expect(b.items.length).toBeLessThanOrEqual(5);
      const tempo = b.items.map((i: { jatuhTempo: string | null }) => i.jatuhTempo).filter(Boolean);
      expect([...tempo].sort()).toEqual(tempo);
      expect(b.ringkasan.perStatus.diajukan).toBeGreaterThan(0);
      expect(b.items[0]).toMatchObject({ nikSamar: expect.stringMatching(/^3171\*{8}\d{4}$/), badge: expect.any(String), sisaTeks: expect.any(String) });
      const cari = (await get(`/permohonan?q=${kasus.nomor.slice(-6)}`, petugas)).json();
      expect(cari.items.map((i: { nomor: string }) => i.nomor)).toEqual([kasus.nomor]);
      const belum = (await get('/permohonan?tugas=belum', petugas)).json();
      expect(belum.items.every((i: { petugas: unknown }) => i.petugas === null)).toBe(true);
      expect(belum.total).toBe(belum.ringkasan.belumDitugaskan);
      expect((await get('/permohonan?status=bukan', petugas)).statusCode).toBe(400);
    });
  });

  describe('escalation and facts', () => {
    it('should escalate an overdue case once to the assignee\'s atasan, shown in their inbox', async () => {
      const isi = (field: string, b: Buffer, jenis: 'pdf' | 'jpeg') => ({ field, namaFile: `a.${jenis}`, isi: b, jenis, mime: jenis === 'pdf' ? 'application/pdf' : 'image/jpeg' });
      const { hasil } = await svc().ajukan({
        fields: { data: JSON.stringify({ layananKode: 'uji-cepat', pemohon: { nama: 'Telat', nik: nikUji(80) }, isian: { 'nama-ibu': 'Ibu' }, persetujuan: true }) },
        files: [isi('berkas.ktp-lama', contohJpeg(), 'jpeg'), isi('berkas.kk', contohPdf(), 'pdf')],
      }, {}, w('2026-11-02 08:00'));
      const [row] = await queryRows<{ id: number; petugas_id: number }>(t.db, sql`SELECT id, petugas_id FROM permohonan WHERE nomor = ${hasil.nomor}`);
      expect([u.petugas1.id, u.petugas2.id]).toContain(row!.petugas_id);
      const now = w('2026-11-03 08:00');
      const r1 = await svc().eskalasiTerlambat(now);
      expect(r1.dieskalasi).toBeGreaterThanOrEqual(1);
      expect((await svc().eskalasiTerlambat(now)).dieskalasi).toBe(0);
      const [e] = await queryRows<{ eskalasi_ke: number; n: number }>(t.db, sql`
        SELECT p.eskalasi_ke, (SELECT count(*) FROM permohonan_peristiwa x WHERE x.permohonan_id = p.id AND x.aksi = 'eskalasi')::int AS n
        FROM permohonan p WHERE p.id = ${row!.id}`);
      expect(e).toMatchObject({ eskalasi_ke: t.fixture.pKepala.id, n: 1 });
      const inbox = (await get('/permohonan?tugas=eskalasi', atasan)).json();
      expect(inbox.items.map((i: { nomor: string }) => i.nomor)).toContain(hasil.nomor);
      expect(inbox.items.find((i: { nomor: string }) => i.nomor === hasil.nomor)).toMatchObject({ eskalasi: true, badge: 'terlambat' });
      expect(inbox.ringkasan.eskalasiSaya).toBeGreaterThanOrEqual(1);
    });

    it('should count finished cases per assignee and unit for kinerja, with on-time share', async () => {
      const p = pelaku('petugas', u.petugas1.id, t.fixture.opdA.id);
      const isi = (field: string, b: Buffer, jenis: 'pdf' | 'jpeg') => ({ field, namaFile: `a.${jenis}`, isi: b, jenis, mime: jenis === 'pdf' ? 'application/pdf' : 'image/jpeg' });
      const ids: number[] = [];
      for (const [i, selesai] of [[90, '2026-10-06 09:00'], [91, '2026-10-12 09:00']] as const) {
        const { hasil } = await svc().ajukan({
          fields: { data: JSON.stringify({ layananKode: 'uji-ktp', pemohon: { nama: 'Fakta', nik: nikUji(i) }, isian: { 'nama-ibu': 'Ibu' }, persetujuan: true }) },
          files: [isi('berkas.ktp-lama', contohJpeg(), 'jpeg'), isi('berkas.kk', contohPdf(), 'pdf')],
        }, {}, w('2026-10-05 09:00'));
        const [r] = await queryRows<{ id: number }>(t.db, sql`SELECT id FROM permohonan WHERE nomor = ${hasil.nomor}`);
        const id = Number(r!.id);
        ids.push(id);
        await t.db.execute(sql`UPDATE permohonan SET petugas_id = ${u.petugas1.id} WHERE id = ${id}`);
        await svc().aksi(p, id, { aksi: 'verifikasi', revisi: 0 }, w('2026-10-05 10:00'));
        await svc().aksi(p, id, { aksi: 'proses', revisi: 1 }, w('2026-10-05 11:00'));
        await svc().aksi(p, id, { aksi: 'selesaikan', revisi: 2 }, w(selesai));
      }
      const f = await svc().faktaPermohonanPegawai({ pegawaiId: u.petugas1.id, dari: '2026-10-01', sampai: '2026-10-31' });
      expect(f).toMatchObject({ selesai: 2, tepatWaktu: 1, persenTepatWaktu: 50, permohonanIds: ids });
      expect(f.medianHariKerja).toBeCloseTo((1 + 5) / 2, 1);
      const g = await svc().faktaPermohonanUnit({ unitId: t.fixture.opdA.id, dari: '2026-10-01', sampai: '2026-10-31' });
      expect(g.permohonanIds).toEqual(ids);
      expect((await svc().faktaPermohonanUnit({ unitId: t.fixture.opdB.id, dari: '2026-10-01', sampai: '2026-10-31' })).selesai).toBe(0);
      expect((await svc().faktaPermohonanPegawai({ pegawaiId: u.petugas1.id, dari: '2026-09-01', sampai: '2026-09-30' })).persenTepatWaktu).toBeNull();
    });
  });
});
