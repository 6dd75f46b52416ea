import { randomBytes } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PengaduanDataInput } from '../../../contracts/pengaduan.ts';
import { waktuWib } from '../../../domain/shared/hari-kerja.ts';
import { createJobRunner } from '../../lib/jobs.ts';
import type { BerkasMasuk } from '../../lib/unggahan.ts';
import { contohJpeg } from '../../lib/unggahan.testing.ts';
import { createTestApp } from '../../testing/test-app.ts';
import { auditLog } from '../audit/audit.table.ts';
import { notifikasiOutbox } from '../notifikasi/notifikasi.table.ts';
import { berkasDi, dataLaporan, seedLayananDanPermohonan, seedPengaduanUji } from './layanan.pengaduan.testing.ts';
import { pengaduan, pengaduanLampiran, pengaduanPeristiwa } from './layanan.table.ts';

const wib = (t: string, j: string) => waktuWib(t, j);
const SENIN = wib('2026-11-30', '09:00');

describe('layanan.pengaduan service', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let uji: Awaited<ReturnType<typeof seedPengaduanUji>>;
  const svc = () => t.app.services.layanan.pengaduan;

  beforeAll(async () => {
    t = await createTestApp();
    uji = await seedPengaduanUji(t.db, t.fixture);
  });
  afterAll(async () => { await t?.close(); });

  const ajukan = (over: Partial<PengaduanDataInput> = {}, now = SENIN, files: BerkasMasuk[] = []) =>
    svc().ajukan({ data: JSON.stringify(dataLaporan(over)), files }, { now });
  const baris = async (nomor: string) => (await t.db.select().from(pengaduan).where(eq(pengaduan.nomor, nomor)))[0]!;
  const peristiwa = async (id: number) => t.db.select().from(pengaduanPeristiwa).where(eq(pengaduanPeristiwa.pengaduanId, id));
  const jumlahPengaduan = async () => Number((await t.db.select({ n: count() }).from(pengaduan))[0]!.n);
  const galat = async (p: Promise<unknown>) => {
    try {
      await p;
    } catch (e) {
      return e as { code: string; status: number; message: string; errors: Array<{ field: string; message: string }> };
    }
    throw new Error('expected an error');
  };

  /** A case taken to `ditindaklanjuti` by the coordinator and OPD A at the given instants. */
  async function sampaiDitindaklanjuti(o: { dibuat?: Date; tindakLanjut?: Date; over?: Partial<PengaduanDataInput> } = {}) {
    const dibuat = o.dibuat ?? SENIN;
    const baru = await ajukan(o.over, dibuat);
    const r = await baris(baru.nomor);
    const v = await svc().aksi(uji.staf.koordinator, r.id, { aksi: 'verifikasi', revisi: r.revisi }, { now: dibuat });
    const f = await svc().aksi(uji.staf.koordinator, r.id, { aksi: 'teruskan', revisi: v.revisi }, { now: dibuat });
    const tl = await svc().aksi(uji.staf.petugasA, r.id, {
      aksi: 'tindak_lanjut', revisi: f.revisi, isi: 'Lubang sudah ditambal dengan aspal.', hasil: 'tuntas',
    }, { now: o.tindakLanjut ?? dibuat });
    return { baru, id: r.id, tl };
  }

  describe('submission', () => {
    it('should store a report with a PG- number, a one-time code, encrypted identity and a 3-working-day verification deadline', async () => {
      const hasil = await ajukan();
      expect(hasil.nomor).toMatch(/^PG-2026-\d{6}$/);
      expect(hasil.kodeAkses).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
      expect(hasil.status).toBe('baru');
      expect(hasil.batasVerifikasi).toBe(wib('2026-12-03', '09:00').toISOString());
      expect(hasil.batasVerifikasiTeks).toBe('Kamis, 3 Desember 2026 pukul 09.00 WIB');
      const r = await baris(hasil.nomor);
      const mentah = JSON.stringify(r);
      expect(mentah).not.toContain('Siti');
      expect(mentah).not.toContain('3456');
      expect(mentah).not.toContain('siti@example.id');
      expect(r.teleponAkhir).toBe('7890');
      expect(r.kodeAksesHash).toHaveLength(64);
      expect(r.kodeAksesHash).not.toContain(hasil.kodeAkses.replace('-', ''));
      expect(r.createdAt.toISOString()).toBe(SENIN.toISOString());
      const pesan = await t.db.select().from(notifikasiOutbox).where(eq(notifikasiOutbox.kunci, `pengaduan.diterima:${r.id}`));
      expect(pesan).toHaveLength(1);
      expect(pesan[0]!.status).toBe('menunggu');
      expect(JSON.stringify(pesan[0]!.data)).not.toMatch(/Siti|0812|6281|siti@/);
      expect(JSON.stringify(pesan[0]!.data)).not.toContain(hasil.kodeAkses);
    });

    it('should number reports consecutively per WIB year', async () => {
      const a = await ajukan({}, wib('2027-01-01', '00:30'));
      const b = await ajukan({}, wib('2027-01-02', '10:00'));
      expect(a.nomor).toBe('PG-2027-000001');
      expect(b.nomor).toBe('PG-2027-000002');
    });

    it('should store nothing about an anonymous reporter and send no message', async () => {
      const hasil = await ajukan({ anonim: true, pelapor: undefined });
      const r = await baris(hasil.nomor);
      expect([r.pelaporNamaEnc, r.teleponEnc, r.teleponAkhir, r.emailEnc]).toEqual([null, null, null, null]);
      expect(await t.db.select().from(notifikasiOutbox).where(eq(notifikasiOutbox.kunci, `pengaduan.diterima:${r.id}`))).toHaveLength(0);
      // The reporter still follows the case with nomor + kode.
      expect((await svc().lacak({ nomor: hasil.nomor, kodeAkses: hasil.kodeAkses })).anonim).toBe(true);
    });

    it.each([
      ['an unknown category', { kategoriKode: 'tidak-ada' }, 'kategoriKode'],
      ['an inactive category', { kategoriKode: 'lama' }, 'kategoriKode'],
      ['an unknown layanan', { layananKode: 'tidak-ada' }, 'layananKode'],
      ['an unknown permohonan', { permohonanNomor: 'PM-2026-999999' }, 'permohonanNomor'],
      ['coordinates outside the city (Medan)', { lat: 3.5952, lng: 98.6722 }, 'lat'],
      ['lat without lng', { lat: 2.96, lng: undefined }, 'lng'],
      ['an unknown kelurahan', { kelurahanKode: '12.71.01.1001' }, 'kelurahanKode'],
      ['a phone that is not an Indonesian mobile', { pelapor: { nama: 'Budi', telepon: '021-555' } }, 'pelapor.telepon'],
      ['identity on an anonymous report', { anonim: true }, 'pelapor'],
      ['no name on a named report', { pelapor: undefined }, 'pelapor.nama'],
      ['a short description', { isi: 'pendek' }, 'isi'],
      ['no consent', { persetujuan: false as unknown as true }, 'persetujuan'],
    ])('should refuse %s with 400 naming the field and store nothing', async (_n, over, field) => {
      const sebelum = await jumlahPengaduan();
      const e = await galat(ajukan(over as Partial<PengaduanDataInput>));
      expect(e.status).toBe(400);
      expect(e.errors.map((x) => x.field)).toContain(field);
      expect(await jumlahPengaduan()).toBe(sebelum);
    });

    it('should refuse a data field that is not JSON', async () => {
      const e = await galat(svc().ajukan({ data: '{bukan json', files: [] }));
      expect(e.errors).toEqual([{ field: 'data', message: expect.any(String) }]);
    });

    it('should refuse a PDF or a file under another field, and write no file', async () => {
      const sebelum = berkasDi(t.config.uploadsDir).length;
      const pdf: BerkasMasuk = { field: 'foto', namaFile: 'a.pdf', isi: Buffer.from('%PDF-1.4'), jenis: 'pdf', mime: 'application/pdf' };
      const lain: BerkasMasuk = { field: 'ktp', namaFile: 'a.jpg', isi: contohJpeg(), jenis: 'jpeg', mime: 'image/jpeg' };
      const e = await galat(ajukan({}, SENIN, [pdf, lain]));
      expect(e.errors.map((x) => x.field).sort()).toEqual(['foto', 'ktp']);
      expect(berkasDi(t.config.uploadsDir).length).toBe(sebelum);
    });

    it('should remove the written photos when the transaction fails', async () => {
      const sebelum = berkasDi(t.config.uploadsDir).length;
      const foto: BerkasMasuk = { field: 'foto', namaFile: 'a.jpg', isi: contohJpeg(), jenis: 'jpeg', mime: 'image/jpeg' };
      // A title with a NUL byte passes zod but is refused by PostgreSQL inside the transaction.
      const e = await galat(ajukan({ judul: 'Jalan rusak\u0000parah' }, SENIN, [foto]));
      expect(e).toBeTruthy();
      expect(berkasDi(t.config.uploadsDir).length).toBe(sebelum);
    });

    it('should require a destination when neither the category nor a link suggests one', async () => {
      const hasil = await ajukan({ kategoriKode: 'lainnya' });
      const r = await baris(hasil.nomor);
      const d = await svc().detail(uji.staf.koordinator, r.id, { now: SENIN });
      expect(d.unitSaran).toBeNull();
      expect(d.aksi).toEqual(['verifikasi', 'teruskan', 'tolak', 'tanggapi', 'tutup']);
      const e = await galat(svc().aksi(uji.staf.koordinator, r.id, { aksi: 'teruskan', revisi: r.revisi }, { now: SENIN }));
      expect(e.status).toBe(400);
      expect(e.errors[0]!.field).toBe('body.unitId');
    });

    it('should link a layanan and a permohonan (one tracking number per case) and suggest their unit', async () => {
      const { permohonan } = await seedLayananDanPermohonan(t.db, { unitId: t.fixture.opdB.id, kode: 'uji-ktp', nomor: 'PM-2026-000777' });
      const hasil = await ajukan({ kategoriKode: 'lainnya', layananKode: 'uji-ktp', permohonanNomor: 'pm-2026-000777' });
      const r = await baris(hasil.nomor);
      expect(r.permohonanId).toBe(permohonan.id);
      const d = await svc().detail(uji.staf.koordinator, r.id, { now: SENIN });
      expect(d.unitSaran).toEqual({ id: t.fixture.opdB.id, nama: 'Dinas Uji B' });
      expect(d).toMatchObject({ layanan: { kode: 'uji-ktp' }, permohonanNomor: 'PM-2026-000777' });
      const f = await svc().aksi(uji.staf.koordinator, r.id, { aksi: 'teruskan', revisi: 0 }, { now: SENIN });
      expect(f.unit!.id).toBe(t.fixture.opdB.id);
      expect((await svc().lacak({ nomor: hasil.nomor, kodeAkses: hasil.kodeAkses })).permohonanNomor).toBe('PM-2026-000777');
    });
  });

  describe('workflow', () => {
    it('should go baru → diverifikasi → diteruskan → ditindaklanjuti → selesai with deadlines in working days', async () => {
      const baru = await ajukan({}, wib('2026-12-04', '10:00')); // Jumat
      const r = await baris(baru.nomor);
      let d = await svc().aksi(uji.staf.koordinator, r.id, { aksi: 'verifikasi', revisi: 0 }, { now: wib('2026-12-07', '08:00') });
      expect(d.status).toBe('diverifikasi');
      d = await svc().aksi(uji.staf.koordinator, r.id, { aksi: 'teruskan', revisi: d.revisi, isi: 'Mohon ditangani.' }, { now: wib('2026-12-07', '09:00') });
      expect(d.status).toBe('diteruskan');
      expect(d.unit).toEqual({ id: uji.bidangA.id, nama: 'Bidang Jalan Uji A' });
      expect(d.batasTindakLanjut).toBe(wib('2026-12-14', '09:00').toISOString()); // 5 hari kerja
      // An internal note of the OPD: in the staff history, never in the reporter's.
      d = await svc().aksi(uji.staf.petugasA, r.id, { aksi: 'tanggapi', revisi: d.revisi, isi: 'Catatan internal: jadwalkan tim.', publik: false }, { now: wib('2026-12-08', '09:00') });
      d = await svc().aksi(uji.staf.petugasA, r.id, { aksi: 'tanggapi', revisi: d.revisi, isi: 'Tim akan survei lokasi besok.' }, { now: wib('2026-12-08', '10:00') });
      d = await svc().aksi(uji.staf.petugasA, r.id, {
        aksi: 'tindak_lanjut', revisi: d.revisi, isi: 'Sebagian lubang sudah ditambal.', hasil: 'sebagian',
      }, { now: wib('2026-12-15', '10:00') });
      expect(d.status).toBe('ditindaklanjuti');
      expect(d.hasilLabel).toBe('Selesai sebagian');
      expect(d.tutupOtomatisAt).toBe(wib('2026-12-31', '10:00').toISOString()); // 10 hari kerja, Natal skipped

      const lihat = await svc().lacak({ nomor: baru.nomor, kodeAkses: baru.kodeAkses.toLowerCase() }, { now: wib('2026-12-16', '08:00') });
      expect(lihat.bisaKonfirmasi).toBe(true);
      expect(lihat.unit).toEqual({ nama: 'Bidang Jalan Uji A' });
      expect(lihat.riwayat.map((x) => x.aksi)).toEqual(['ajukan', 'verifikasi', 'teruskan', 'tanggapi', 'tindak_lanjut']);
      expect(lihat.riwayat.map((x) => x.oleh)).toEqual(['Anda', 'Koordinator pengaduan', 'Koordinator pengaduan', 'Bidang Jalan Uji A', 'Bidang Jalan Uji A']);
      expect(lihat.riwayat[2]!.label).toBe('Diteruskan ke Bidang Jalan Uji A');
      expect(JSON.stringify(lihat)).not.toContain('Catatan internal');
      const staf = await svc().detail(uji.staf.petugasA, r.id);
      expect(staf.riwayat.filter((x) => !x.publik).map((x) => x.isi)).toEqual(['Catatan internal: jadwalkan tim.']);

      const selesai = await svc().konfirmasi({ nomor: baru.nomor, kodeAkses: baru.kodeAkses, tuntas: true }, { now: wib('2026-12-16', '09:00') });
      expect(selesai.status).toBe('selesai');
      expect(selesai.puas).toBe(true);
      expect(selesai.bisaKonfirmasi).toBe(false);

      const kunci = (await t.db.select({ k: notifikasiOutbox.kunci, templat: notifikasiOutbox.templat }).from(notifikasiOutbox))
        .filter((x) => x.k.includes(`:${r.id}:`) || x.k.endsWith(`:${r.id}`)).map((x) => x.templat);
      // diterima, forwarded, the public answer, the follow-up ("was it resolved?"); no message for the internal note.
      expect(kunci.sort()).toEqual(['pengaduan.diterima', 'pengaduan.selesai', 'pengaduan.tanggapan', 'pengaduan.tanggapan']);
      const audit = await t.db.select().from(auditLog).where(eq(auditLog.entitasId, String(r.id)));
      expect(audit.map((a) => a.aksi)).toEqual(expect.arrayContaining(['pengaduan.verifikasi', 'pengaduan.teruskan', 'pengaduan.tindak_lanjut']));
      expect(JSON.stringify(audit)).not.toMatch(/Siti|siti@|0812/);
    });

    it('should count the verification deadline across Christmas (cuti bersama + Natal + weekend)', async () => {
      const baru = await ajukan({}, wib('2026-12-23', '14:00'));
      expect(baru.batasVerifikasi).toBe(wib('2026-12-30', '14:00').toISOString());
    });

    it('should reopen a followed-up case when the reporter replies, with a new follow-up deadline', async () => {
      const { baru, id } = await sampaiDitindaklanjuti();
      const sesudah = await svc().balas({ nomor: baru.nomor, kodeAkses: baru.kodeAkses, isi: 'Lubangnya muncul lagi setelah hujan.' }, { now: wib('2026-12-02', '10:00') });
      expect(sesudah.status).toBe('diteruskan');
      expect(sesudah.hasil).toBeNull();
      expect(sesudah.tutupOtomatisAt).toBeNull();
      expect(sesudah.batasTindakLanjut).toBe(wib('2026-12-09', '10:00').toISOString());
      expect(sesudah.riwayat.at(-1)).toMatchObject({ aksi: 'balas', oleh: 'Anda', isi: 'Lubangnya muncul lagi setelah hujan.' });
      const staf = await svc().detail(uji.staf.petugasA, id);
      expect(staf.aksi).toContain('tindak_lanjut');
    });

    it('should reopen on "not resolved" and keep a reply on an open case without changing its status', async () => {
      const { baru } = await sampaiDitindaklanjuti();
      const belum = await svc().konfirmasi({ nomor: baru.nomor, kodeAkses: baru.kodeAkses, tuntas: false, isi: 'Masih berlubang.' }, { now: SENIN });
      expect(belum).toMatchObject({ status: 'diteruskan', puas: false });
      const lagi = await svc().balas({ nomor: baru.nomor, kodeAkses: baru.kodeAkses, isi: 'Foto menyusul.' }, { now: SENIN });
      expect(lagi.status).toBe('diteruskan');
      const e = await galat(svc().konfirmasi({ nomor: baru.nomor, kodeAkses: baru.kodeAkses, tuntas: true }, { now: SENIN }));
      expect(e.status).toBe(409);
    });

    it('should refuse impossible actions with 409 in Indonesian and require a reason to reject', async () => {
      const baru = await ajukan();
      const r = await baris(baru.nomor);
      const e1 = await galat(svc().aksi(uji.staf.koordinator, r.id, { aksi: 'tolak', revisi: 0 }, { now: SENIN }));
      expect(e1.status).toBe(400);
      expect(e1.errors[0]!.field).toBe('body.isi');
      const ditolak = await svc().aksi(uji.staf.koordinator, r.id, { aksi: 'tolak', revisi: 0, isi: 'Bukan kewenangan Pemerintah Kota.' }, { now: SENIN });
      expect(ditolak.status).toBe('ditolak');
      const e2 = await galat(svc().aksi(uji.staf.koordinator, r.id, { aksi: 'teruskan', revisi: ditolak.revisi }, { now: SENIN }));
      expect(e2.status).toBe(409);
      expect(e2.message).toContain(`Laporan ${baru.nomor} berstatus "Ditolak"`);
      const e3 = await galat(svc().balas({ nomor: baru.nomor, kodeAkses: baru.kodeAkses, isi: 'Kenapa ditolak?' }));
      expect(e3.status).toBe(409);
      const e4 = await galat(svc().aksi(uji.staf.koordinator, r.id, { aksi: 'tindak_lanjut', revisi: ditolak.revisi, isi: 'x', hasil: 'tuntas' }));
      expect(e4.status).toBe(409);
    });

    it('should refuse a stale revisi, and let only one of two simultaneous actions through', async () => {
      const baru = await ajukan();
      const r = await baris(baru.nomor);
      const hasil = await Promise.allSettled([
        svc().aksi(uji.staf.koordinator, r.id, { aksi: 'verifikasi', revisi: 0 }, { now: SENIN }),
        svc().aksi(uji.staf.koordinator, r.id, { aksi: 'teruskan', revisi: 0 }, { now: SENIN }),
      ]);
      expect(hasil.filter((h) => h.status === 'fulfilled')).toHaveLength(1);
      const ditolak = hasil.find((h) => h.status === 'rejected') as PromiseRejectedResult;
      expect(ditolak.reason.code).toMatch(/REVISI_USANG|TRANSISI_DITOLAK/);
      expect((await peristiwa(r.id)).filter((p) => p.aksi !== 'ajukan')).toHaveLength(1);
      const e = await galat(svc().aksi(uji.staf.koordinator, r.id, { aksi: 'tanggapi', revisi: 0, isi: 'Halo' }, { now: SENIN }));
      expect(e.code).toBe('REVISI_USANG');
    });

    it('should give the same 404 for a wrong code and an unknown number', async () => {
      const baru = await ajukan();
      const a = await galat(svc().lacak({ nomor: baru.nomor, kodeAkses: 'AAAA-AAAA' }));
      const b = await galat(svc().lacak({ nomor: 'PG-2026-999999', kodeAkses: baru.kodeAkses }));
      expect([a.status, b.status]).toEqual([404, 404]);
      expect(a.message).toBe(b.message);
    });

    it('should apply changed limits to deadlines computed afterwards', async () => {
      await svc().simpanPengaturan(t.fixture.accounts.admin!, { hariVerifikasi: 1, hariTindakLanjut: 2, hariTutupOtomatis: 3 }, { now: SENIN });
      try {
        expect(await svc().getPengaturan()).toEqual({ hariVerifikasi: 1, hariTindakLanjut: 2, hariTutupOtomatis: 3 });
        const baru = await ajukan({}, SENIN);
        expect(baru.batasVerifikasi).toBe(wib('2026-12-01', '09:00').toISOString());
      } finally {
        await svc().simpanPengaturan(t.fixture.accounts.admin!, { hariVerifikasi: 3, hariTindakLanjut: 5, hariTutupOtomatis: 10 });
      }
    });
  });

  describe('scope and confidentiality', () => {
    it('should show OPD staff only cases forwarded to their OPD, and keep coordinator actions from them', async () => {
      const baru = await ajukan({ judul: 'Lingkup uji jalan' });
      const r = await baris(baru.nomor);
      // Not yet forwarded: invisible to OPD A.
      expect((await galat(svc().detail(uji.staf.petugasA, r.id))).status).toBe(404);
      const f = await svc().aksi(uji.staf.koordinator, r.id, { aksi: 'teruskan', revisi: 0 }, { now: SENIN });
      expect((await svc().detail(uji.staf.adminOpdA, r.id)).unit!.id).toBe(uji.bidangA.id);
      // OPD B sees nothing of it: not in the list, no detail, no action, no photo.
      const listB = await svc().list(uji.staf.petugasB, { page: 1, perHalaman: 200, q: 'Lingkup uji' });
      expect(listB.items).toEqual([]);
      expect((await galat(svc().detail(uji.staf.petugasB, r.id))).status).toBe(404);
      expect((await galat(svc().aksi(uji.staf.petugasB, r.id, { aksi: 'tanggapi', revisi: f.revisi, isi: 'x' }))).status).toBe(404);
      expect((await galat(svc().lampiran(uji.staf.petugasB, r.id, 1))).status).toBe(404);
      const listA = await svc().list(uji.staf.petugasA, { page: 1, perHalaman: 200, q: 'Lingkup uji' });
      expect(listA.items.map((i) => i.nomor)).toEqual([baru.nomor]);
      // OPD A cannot verify, forward, reject or close.
      const e = await galat(svc().aksi(uji.staf.petugasA, r.id, { aksi: 'tutup', revisi: f.revisi }));
      expect(e.code).toBe('AKSI_TIDAK_DIIZINKAN');
      expect((await svc().detail(uji.staf.petugasA, r.id)).aksi).toEqual(['tanggapi', 'tindak_lanjut']);
    });

    it('should hide a confidential reporter from the handling OPD but not from the coordinator', async () => {
      const baru = await ajukan({ rahasia: true, judul: 'Pungutan liar di loket' });
      const r = await baris(baru.nomor);
      await svc().aksi(uji.staf.koordinator, r.id, { aksi: 'teruskan', revisi: 0 }, { now: SENIN });
      const opd = await svc().detail(uji.staf.petugasA, r.id);
      expect(opd.pelapor).toBeNull();
      expect(opd.pelaporTersembunyi).toBe(true);
      expect(JSON.stringify(opd)).not.toMatch(/Siti|siti@|7890/);
      const koordinator = await svc().detail(uji.staf.koordinator, r.id);
      expect(koordinator.pelapor).toEqual({ nama: 'Siti Aminah', teleponSamar: '****7890', email: 'siti@example.id' });
      expect(koordinator.pelaporTersembunyi).toBe(false);
      // A non-confidential reporter is shown to the OPD (masked phone only).
      const biasa = await ajukan();
      const rb = await baris(biasa.nomor);
      await svc().aksi(uji.staf.koordinator, rb.id, { aksi: 'teruskan', revisi: 0 }, { now: SENIN });
      expect((await svc().detail(uji.staf.petugasA, rb.id)).pelapor).toEqual({ nama: 'Siti Aminah', teleponSamar: '****7890', email: 'siti@example.id' });
    });

    it('should list with counts, the late filter and the most urgent first', async () => {
      const telat = await ajukan({ judul: 'Daftar uji terlambat' }, wib('2026-11-02', '09:00'));
      const list = await svc().list(uji.staf.koordinator, { page: 1, perHalaman: 200, batas: 'terlambat' }, { now: SENIN });
      expect(list.items.map((i) => i.nomor)).toContain(telat.nomor);
      expect(list.items.every((i) => i.batas?.terlambat)).toBe(true);
      expect(list.ringkasan.terlambat).toBeGreaterThanOrEqual(1);
      expect(list.ringkasan.perStatus.baru).toBeGreaterThanOrEqual(1);
      const semua = await svc().list(uji.staf.koordinator, { page: 1, perHalaman: 200, status: 'baru,diverifikasi' }, { now: SENIN });
      expect(semua.items[0]!.nomor).toBe(telat.nomor); // the earliest deadline on top
      expect(semua.items.every((i) => ['baru', 'diverifikasi'].includes(i.status))).toBe(true);
      const cari = await svc().list(uji.staf.koordinator, { page: 1, perHalaman: 10, q: telat.nomor.toLowerCase() });
      expect(cari.items.map((i) => i.nomor)).toEqual([telat.nomor]);
    });
  });

  describe('periksaBatas (auto-close job)', () => {
    it('should close a followed-up case 10 working days later, once, and let the reporter reopen it within the window', async () => {
      const { baru, id, tl } = await sampaiDitindaklanjuti({ dibuat: wib('2026-12-14', '09:00'), tindakLanjut: wib('2026-12-15', '10:00') });
      expect(tl.tutupOtomatisAt).toBe(wib('2026-12-31', '10:00').toISOString());
      expect(await svc().periksaBatas(wib('2026-12-31', '09:59'))).toBe(0);
      expect((await baris(baru.nomor)).status).toBe('ditindaklanjuti');
      expect(await svc().periksaBatas(wib('2026-12-31', '10:00'))).toBeGreaterThanOrEqual(1);
      expect(await svc().periksaBatas(wib('2026-12-31', '10:05'))).toBe(0);
      const r = await baris(baru.nomor);
      expect(r.status).toBe('selesai');
      expect(r.ditutupAt!.toISOString()).toBe(wib('2026-12-31', '10:00').toISOString());
      expect((await peristiwa(id)).filter((p) => p.aksi === 'tutup_otomatis')).toHaveLength(1);
      // Still answerable within 10 working days after the auto-close.
      const lihat = await svc().lacak({ nomor: baru.nomor, kodeAkses: baru.kodeAkses }, { now: wib('2027-01-05', '09:00') });
      expect(lihat).toMatchObject({ status: 'selesai', bisaBalas: true, bisaKonfirmasi: true });
      expect(lihat.riwayat.at(-1)).toMatchObject({ aksi: 'tutup_otomatis', oleh: 'Sistem' });
      const dibuka = await svc().konfirmasi({ nomor: baru.nomor, kodeAkses: baru.kodeAkses, tuntas: false }, { now: wib('2027-01-05', '09:00') });
      expect(dibuka.status).toBe('diteruskan');
    });

    it('should refuse reopening a selesai case after the window', async () => {
      const { baru } = await sampaiDitindaklanjuti({ dibuat: wib('2026-11-02', '09:00') });
      await svc().periksaBatas(wib('2026-11-30', '09:00'));
      expect((await baris(baru.nomor)).status).toBe('selesai');
      const lihat = await svc().lacak({ nomor: baru.nomor, kodeAkses: baru.kodeAkses }, { now: wib('2027-03-01', '09:00') });
      expect(lihat).toMatchObject({ bisaBalas: false, bisaKonfirmasi: false });
      const e = await galat(svc().balas({ nomor: baru.nomor, kodeAkses: baru.kodeAkses, isi: 'Muncul lagi.' }, { now: wib('2027-03-01', '09:00') }));
      expect(e.code).toBe('BATAS_BALAS_LEWAT');
    });

    it('should close each due case exactly once under two job runners (processes) and two direct runs at the same time', async () => {
      const kasus = [];
      for (let i = 0; i < 5; i++) kasus.push(await sampaiDitindaklanjuti({ dibuat: wib('2026-10-05', '09:00') }));
      const now = wib('2026-11-30', '12:00');
      const nama = `uji-pengaduan-${randomBytes(4).toString('hex')}`;
      const log = { info: () => {}, error: () => {} };
      const [a, b] = [createJobRunner({ db: t.db, log, kind: t.database.kind }), createJobRunner({ db: t.db, log, kind: t.database.kind })];
      for (const r of [a, b]) r.daftar({ nama, setiapMs: 60_000, jalankan: (n) => svc().periksaBatas(n) });
      await Promise.all([a.jalankanSekali(nama, now), b.jalankanSekali(nama, now), svc().periksaBatas(now), svc().periksaBatas(now)]);
      for (const k of kasus) {
        expect((await t.db.select().from(pengaduan).where(eq(pengaduan.id, k.id)))[0]!.status).toBe('selesai');
        expect((await peristiwa(k.id)).filter((p) => p.aksi === 'tutup_otomatis')).toHaveLength(1);
      }
    });
  });

  describe('faktaPengaduanUnit', () => {
    it('should count complaints forwarded to an OPD (incl. its units) and those followed up by their deadline', async () => {
      // OPD B: 'sampah' goes there by default. One in time, one late, one never followed up.
      const tepat = await ajukan({ kategoriKode: 'sampah' }, wib('2026-06-01', '09:00'));
      const telat = await ajukan({ kategoriKode: 'sampah' }, wib('2026-06-02', '09:00'));
      await ajukan({ kategoriKode: 'sampah' }, wib('2026-06-03', '09:00'));
      for (const [b, tl] of [[tepat, wib('2026-06-05', '09:00')], [telat, wib('2026-06-30', '09:00')]] as const) {
        const r = await baris(b.nomor);
        const f = await svc().aksi(uji.staf.koordinator, r.id, { aksi: 'teruskan', revisi: 0 }, { now: r.createdAt });
        await svc().aksi(uji.staf.petugasB, r.id, { aksi: 'tindak_lanjut', revisi: f.revisi, isi: 'Sampah diangkut.', hasil: 'tuntas' }, { now: tl });
      }
      const r3 = (await t.db.select().from(pengaduan).where(eq(pengaduan.createdAt, wib('2026-06-03', '09:00'))))[0]!;
      await svc().aksi(uji.staf.koordinator, r3.id, { aksi: 'teruskan', revisi: 0 }, { now: r3.createdAt });
      const f = await svc().faktaPengaduanUnit({ unitId: t.fixture.opdB.id, dari: '2026-06-01', sampai: '2026-06-30' });
      expect(f).toMatchObject({ masuk: 3, ditindaklanjutiTepatWaktu: 1, persen: 33.33 });
      expect(f.ids).toHaveLength(3);
      expect(await svc().faktaPengaduanUnit({ unitId: t.fixture.opdB.id, dari: '2025-01-01', sampai: '2025-12-31' }))
        .toEqual({ masuk: 0, ditindaklanjutiTepatWaktu: 0, persen: null, ids: [] });
    });
  });

  it('should keep photo rows and files together', async () => {
    const foto: BerkasMasuk = { field: 'foto', namaFile: 'lubang.jpg', isi: contohJpeg(200), jenis: 'jpeg', mime: 'image/jpeg' };
    const baru = await ajukan({}, SENIN, [foto, { ...foto, namaFile: 'dekat.jpg' }]);
    const r = await baris(baru.nomor);
    const rows = await t.db.select().from(pengaduanLampiran).where(eq(pengaduanLampiran.pengaduanId, r.id));
    expect(rows.map((x) => x.namaFile)).toEqual(['lubang.jpg', 'dekat.jpg']);
    expect(rows.every((x) => x.path.startsWith('pengaduan/2026/11/'))).toBe(true);
    expect((await svc().lacak({ nomor: baru.nomor, kodeAkses: baru.kodeAkses })).jumlahFoto).toBe(2);
  });
});
