import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PermohonanDiterima, PermohonanLacak } from '../../../contracts/permohonan.ts';
import { tanggalWib } from '../../../domain/shared/tanggal.ts';
import { queryRows } from '../../db/client.ts';
import { bentukMultipart, contohJpeg, contohPdf } from '../../lib/unggahan.testing.ts';
import { createTestApp, loginAs } from '../../testing/test-app.ts';
import { KK_UJI, daftarFile, nikUji, permohonanUji, seedPermohonanUji } from './layanan.permohonan.testing.ts';

/**
 * The application journey of issue #4 at API level, on PGlite and PostgreSQL (ADR 0010 "same steps"):
 * a citizen applies with uploads → the petugas verifies and asks for a correction (the SLA clock pauses) →
 * the citizen sends the corrected KK → the petugas verifies, processes and finishes → the tracking page shows
 * selesai with the pick-up text and the survey link → the citizen answers the survey once. Along the way:
 * every step is a notification for the citizen's phone (encrypted), and the NIK/KK/phone are stored nowhere
 * in clear. Real clock (like the browser journey); the SLA arithmetic itself is tested with fixed instants
 * in layanan.permohonan.test.ts and src/domain/layanan/sla.test.ts.
 */

type H = Record<string, string>;
const NIK = nikUji(123);
const TELEPON_DIGIT = '81234567788';
const J = { U1: 4, U2: 3, U3: 4, U4: 3, U5: 4, U6: 3, U7: 4, U8: 3, U9: 4 };

/** Every row of `tabel` as one text (the row cast to text covers every column, jsonb included). */
async function teksBaris(db: Parameters<typeof queryRows>[0], tabel: string): Promise<string[]> {
  const rows = await queryRows<{ t: string }>(db, sql`SELECT x::text AS t FROM ${sql.identifier(tabel)} x`);
  return rows.map((r) => r.t);
}

describe('perjalanan permohonan (API): ajukan → perbaikan → selesai → survei', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let petugas: H;
  let admin: H;
  let survei: { id: number; kode: string };
  let d: PermohonanDiterima;
  let id: number;
  let revisi: number;
  let undanganToken: string;

  const get = (url: string, headers: H = {}) => t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers });
  const post = (url: string, payload: unknown, headers: H = {}) => t.app.inject({ method: 'POST', url: `/api/v1${url}`, payload: payload as object, headers });
  const multipart = (url: string, body: { payload: Buffer; headers: H }) =>
    t.app.inject({ method: 'POST', url: `/api/v1${url}`, payload: body.payload, headers: body.headers });
  const lacak = async () => {
    const res = await post('/permohonan/lacak', { nomor: d.nomor, kodeAkses: d.kodeAkses });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as PermohonanLacak;
  };
  const aksi = async (body: Record<string, unknown>) => {
    const res = await post(`/permohonan/${id}/aksi`, { ...body, revisi }, petugas);
    expect(res.statusCode, res.body).toBe(200);
    revisi = res.json().revisi;
    return res.json();
  };

  beforeAll(async () => {
    t = await createTestApp({ config: { SKM_AMBANG_ANONIM: '1' } });
    await seedPermohonanUji(t.db, t.fixture);
    petugas = await loginAs(t.app, 'petugas');
    admin = await loginAs(t.app, 'admin');
    const res = await post('/skm/survei', { unitId: t.fixture.opdA.id, jenisPeriode: 'tahun', tahun: Number(tanggalWib(new Date()).slice(0, 4)) }, admin);
    expect(res.statusCode, res.body).toBe(201);
    survei = res.json();
  });
  afterAll(async () => { await t?.close(); });

  it('warga mengajukan permohonan KTP-el dengan unggahan dan menerima nomor registrasi serta kode akses', async () => {
    const res = await multipart('/permohonan', permohonanUji({ nik: NIK }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.body).not.toContain(NIK);
    d = res.json();
    expect(d).toMatchObject({ status: 'diajukan', layanan: { kode: 'uji-ktp' } });
    const [r] = await queryRows<{ id: number }>(t.db, sql`SELECT id FROM permohonan WHERE nomor = ${d.nomor}`);
    id = Number(r!.id);
    revisi = 0;
    const v = await lacak();
    expect(v).toMatchObject({ status: 'diajukan', statusLabel: 'Diajukan', pemohon: { nikSamar: `3171********${NIK.slice(-4)}` } });
    expect(v.jatuhTempo).toBe(d.jatuhTempo);
  });

  it('petugas melihatnya di kotak masuk, memverifikasi, lalu meminta perbaikan KK (jam SLA berhenti)', async () => {
    const inbox = (await get('/permohonan?tugas=saya&status=aktif', petugas)).json();
    expect(inbox.items.map((i: { nomor: string }) => i.nomor)).toContain(d.nomor);
    await aksi({ aksi: 'verifikasi', catatan: 'Berkas diterima' });
    const detail = await aksi({ aksi: 'minta_perbaikan', perbaikan: [{ persyaratanKode: 'kk', catatan: 'Foto KK terpotong, unggah ulang halaman penuh' }] });
    expect(detail).toMatchObject({ status: 'perlu_perbaikan', sla: { badge: 'jeda', jatuhTempo: null } });
    const v = await lacak();
    expect(v).toMatchObject({ status: 'perlu_perbaikan', statusLabel: 'Perlu perbaikan', sla: { badge: 'jeda' } });
    expect(v.perbaikan).toEqual([{ persyaratanKode: 'kk', persyaratanNama: 'Kartu Keluarga', catatan: 'Foto KK terpotong, unggah ulang halaman penuh' }]);
  });

  it('warga mengirim KK yang benar; permohonan kembali diajukan dengan jatuh tempo baru', async () => {
    const tanpa = await multipart('/permohonan/lacak/perbaikan', bentukMultipart({ data: JSON.stringify({ nomor: d.nomor, kodeAkses: d.kodeAkses }) }));
    expect(tanpa.statusCode).toBe(400);
    expect(tanpa.json().errors).toEqual([{ field: 'berkas.kk', message: 'Unggah berkas: Kartu Keluarga' }]);
    const res = await multipart('/permohonan/lacak/perbaikan', bentukMultipart(
      { data: JSON.stringify({ nomor: d.nomor, kodeAkses: d.kodeAkses, catatan: 'Sudah saya pindai ulang' }) },
      [{ field: 'berkas.kk', namaFile: 'kk-lengkap.pdf', isi: contohPdf('kk lengkap') }],
    ));
    expect(res.statusCode, res.body).toBe(200);
    const v = res.json() as PermohonanLacak;
    expect(v).toMatchObject({ status: 'diajukan', perbaikan: null });
    expect(v.jatuhTempo).not.toBeNull();
    expect(new Date(v.jatuhTempo!).getTime()).toBeGreaterThanOrEqual(new Date(d.jatuhTempo!).getTime());
    expect(v.riwayat.map((r) => r.aksi)).toEqual(['diajukan', 'verifikasi', 'minta_perbaikan', 'ajukan_ulang']);
    revisi = (await get(`/permohonan/${id}`, petugas)).json().revisi;
  });

  it('petugas memverifikasi, memproses dan menyelesaikan; halaman lacak menunjukkan selesai dan menawarkan survei', async () => {
    await aksi({ aksi: 'verifikasi' });
    await aksi({ aksi: 'proses' });
    const selesai = await aksi({ aksi: 'selesaikan', pengambilanTeks: 'Ambil KTP-el di loket 3 Disdukcapil mulai besok pukul 08.00 WIB.' });
    expect(selesai).toMatchObject({ status: 'selesai', adaUndanganSkm: true, aksi: [] });
    expect(selesai.tepatWaktu).toBe(true);
    const v = await lacak();
    expect(v).toMatchObject({
      status: 'selesai', statusLabel: 'Selesai', tepatWaktu: true, sla: { badge: 'selesai', teks: 'selesai tepat waktu' },
      pengambilan: 'ambil', pengambilanTeks: 'Ambil KTP-el di loket 3 Disdukcapil mulai besok pukul 08.00 WIB.', tautanAntrian: '/antrian',
    });
    expect(v.tautanSurvei).toMatch(/^\/survei\/[a-z0-9]+\?undangan=[A-Za-z0-9_-]{32}$/);
    undanganToken = new URL(v.tautanSurvei!, 'http://x').searchParams.get('undangan')!;
    // a repeated finish is refused; the case has exactly one invitation
    expect((await post(`/permohonan/${id}/aksi`, { aksi: 'selesaikan', revisi }, petugas)).statusCode).toBe(409);
    const undangan = await queryRows<{ sumber: string; sumber_ref: string; konteks: Record<string, unknown> }>(t.db, sql`SELECT sumber, sumber_ref, konteks FROM skm_undangan`);
    expect(undangan).toEqual([{ sumber: 'permohonan', sumber_ref: d.nomor, konteks: { layanan: 'Layanan uji-ktp', petugas: 'Petugas Satu' } }]);
  });

  it('warga mengisi survei sekali lewat undangan; hasil IKM menghitungnya', async () => {
    const kirim = await post(`/skm/publik/undangan/${undanganToken}/respon`, { jawaban: J });
    expect(kirim.statusCode, kirim.body).toBe(201);
    expect((await post(`/skm/publik/undangan/${undanganToken}/respon`, { jawaban: J })).statusCode).toBe(410);
    const hasil = (await get(`/skm/survei/${survei.id}/hasil`, admin)).json();
    expect(hasil.hasil.responden).toBe(1);
  });

  it('setiap langkah mengantrikan pesan ke ponsel warga (nomor terenkripsi, tanpa kode akses)', async () => {
    const rows = await queryRows<{ templat: string; tujuan_enc: string | null; tujuan_akhir: string | null; data: Record<string, unknown> }>(
      t.db, sql`SELECT templat, tujuan_enc, tujuan_akhir, data FROM notifikasi_outbox WHERE data->>'nomor' = ${d.nomor} ORDER BY id`,
    );
    expect(rows.map((r) => r.templat)).toEqual([
      'permohonan.diterima', 'permohonan.status', 'permohonan.perbaikan', 'permohonan.status', 'permohonan.status', 'permohonan.status', 'permohonan.selesai',
    ]);
    for (const r of rows) {
      expect(t.app.services.dataPribadi.dekripsi(r.tujuan_enc!)).toContain(TELEPON_DIGIT);
      expect(r.tujuan_akhir).toBe(TELEPON_DIGIT.slice(-4));
      expect(JSON.stringify(r.data)).not.toContain(d.kodeAkses);
    }
    expect(rows.at(-1)!.data).toMatchObject({ tautanSurvei: expect.stringContaining(undanganToken), pengambilan: expect.stringContaining('loket 3') });
    await t.app.services.notifikasi.kirimSekarang(new Date());
    const status = await queryRows<{ status: string }>(t.db, sql`SELECT status FROM notifikasi_outbox WHERE data->>'nomor' = ${d.nomor}`);
    expect(status.every((s) => s.status === 'terkirim')).toBe(true);
  });

  it('NIK, KK dan nomor HP tidak tersimpan terbuka di tabel mana pun yang disentuh perjalanan', async () => {
    const tabel = ['permohonan', 'permohonan_berkas', 'permohonan_peristiwa', 'notifikasi_outbox', 'audit_log', 'skm_undangan', 'skm_respon', 'layanan_nomor'];
    let baris = 0;
    for (const nama of tabel) {
      for (const teks of await teksBaris(t.db, nama)) {
        baris++;
        expect(teks, `${nama} memuat NIK`).not.toContain(NIK);
        expect(teks, `${nama} memuat KK`).not.toContain(KK_UJI);
        expect(teks, `${nama} memuat nomor HP`).not.toContain(TELEPON_DIGIT);
      }
    }
    expect(baris).toBeGreaterThan(15);
    // the uploads live under DATA_DIR/uploads, named by random ids (no names, no NIK in paths)
    const file = daftarFile(t.config.uploadsDir);
    expect(file).toHaveLength(3);
    for (const f of file) expect(f).toMatch(/^permohonan\/\d{4}\/\d{2}\/[0-9a-f]{32}\.(pdf|jpg)$/);
    void contohJpeg;
  });
});
