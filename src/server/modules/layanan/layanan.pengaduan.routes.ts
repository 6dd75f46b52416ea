import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProblemSchema as P } from '../../../contracts/common.ts';
import {
  AksiPengaduanBodySchema, BalasPengaduanBodySchema, FIELD_FOTO, KategoriAdminListSchema, KategoriAdminSchema, KategoriBuatSchema,
  KategoriPublikListSchema, KategoriUbahSchema, KonfirmasiPengaduanBodySchema, LacakPengaduanBodySchema, LampiranParamSchema,
  MAKS_FOTO_PENGADUAN, Open311KlienBaruSchema, Open311KlienBuatSchema, Open311KlienListSchema, Open311KlienSchema,
  PengaduanBaruSchema, PengaduanIdParamSchema, PengaduanListQuerySchema, PengaduanListSchema, PengaduanPublikSchema,
  PengaduanStafSchema, PengaturanPengaduanSchema,
} from '../../../contracts/pengaduan.ts';
import type { Services } from '../../app.ts';
import { AppError } from '../../lib/app-error.ts';
import { bacaMultipart, headerUnduhan, UnggahanKode } from '../../lib/unggahan.ts';
import { requireAuth } from '../../plugins/auth.ts';

/** Public submissions per IP per minute (against bots and flooding; a family behind one IP still fits). */
const AJUKAN_PER_MENIT = 10;
/** Public tracking look-ups / replies per IP per minute (against guessing access codes). */
const LACAK_PER_MENIT = 30;

/**
 * /api/v1/pengaduan/… and /api/v1/admin/pengaduan|open311/… — complaints (pelayanan.md §4, SP4N-LAPOR!):
 * the public form and tracking (nomor + kode akses in POST bodies), the staff inbox (coordinator: all;
 * handling OPD: cases forwarded to it), and the admin settings. Thin handlers: one service call each.
 */
export async function layananPengaduanRoutes(app: FastifyInstance, opts: { services: Services }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const svc = opts.services.layanan.pengaduan;
  const ajukan = { permission: 'public' as const, rateLimit: { max: AJUKAN_PER_MENIT, timeWindow: '1 minute' } };
  const lacak = { permission: 'public' as const, rateLimit: { max: LACAK_PER_MENIT, timeWindow: '1 minute' } };
  const tag = ['pengaduan'];

  // ------------------------------------------------------------------ public

  r.get('/pengaduan/kategori', {
    config: { permission: 'public' },
    schema: { tags: tag, summary: 'Kategori pengaduan yang aktif (= layanan Open311) beserta OPD penanganannya.', response: { 200: KategoriPublikListSchema } },
    handler: async () => svc.listKategoriPublik(),
  });

  r.post('/pengaduan', {
    config: ajukan,
    schema: {
      tags: tag,
      summary: 'Sampaikan pengaduan/aspirasi/permintaan informasi (multipart: data + foto).',
      description: 'multipart/form-data: kolom `data` = JSON PengaduanData; berkas `foto` (0–3, JPEG/PNG, diperiksa dari isinya, '
        + 'maksimal LAYANAN_MAKS_BERKAS_MB per berkas). 201 dengan nomor dan kode akses (ditampilkan sekali). 400 menyebut kolom '
        + 'yang salah; 413 bila foto terlalu besar. Tidak ada yang disimpan bila ada kesalahan. Dibatasi 10 permintaan/menit per IP.',
      consumes: ['multipart/form-data'],
      response: { 201: PengaduanBaruSchema, 400: P, 413: P, 429: P },
    },
    handler: async (req, reply) => {
      let masuk;
      try {
        masuk = await bacaMultipart(req, { maksByte: svc.maksFotoByte, maksBerkas: MAKS_FOTO_PENGADUAN, izinkan: ['jpeg', 'png'] });
      } catch (err) {
        // The photo field has its own name on this form; the message names the report, not a permohonan.
        if (err instanceof AppError && err.code === UnggahanKode.BUKAN_MULTIPART) {
          throw new AppError(err.code, 'VALIDASI', 'Kirim laporan sebagai multipart/form-data (kolom data + foto).', err.errors);
        }
        if (err instanceof AppError && err.code === UnggahanKode.TERLALU_BANYAK) {
          throw new AppError(err.code, 'VALIDASI', `Paling banyak ${MAKS_FOTO_PENGADUAN} foto.`, [{ field: FIELD_FOTO, message: `Paling banyak ${MAKS_FOTO_PENGADUAN} foto` }]);
        }
        throw err;
      }
      return reply.status(201).send(await svc.ajukan({ data: masuk.fields.data, files: masuk.files }));
    },
  });

  r.post('/pengaduan/lacak', {
    config: lacak,
    schema: {
      tags: tag, summary: 'Lacak laporan dengan nomor dan kode akses (riwayat publik, batas waktu, hasil).',
      body: LacakPengaduanBodySchema, response: { 200: PengaduanPublikSchema, 400: P, 404: P, 429: P },
    },
    handler: async (req, reply) => reply.header('cache-control', 'no-store').send(await svc.lacak(req.body)),
  });

  r.post('/pengaduan/lacak/balas', {
    config: lacak,
    schema: {
      tags: tag, summary: 'Balasan pelapor; membuka kembali laporan yang sudah ditindaklanjuti/selesai (dalam batas waktu).',
      body: BalasPengaduanBodySchema, response: { 200: PengaduanPublikSchema, 400: P, 404: P, 409: P, 429: P },
    },
    handler: async (req, reply) => reply.header('cache-control', 'no-store').send(await svc.balas(req.body)),
  });

  r.post('/pengaduan/lacak/konfirmasi', {
    config: lacak,
    schema: {
      tags: tag, summary: '"Apakah masalah Anda sudah terselesaikan?" — ya → selesai; belum → dibuka kembali.',
      body: KonfirmasiPengaduanBodySchema, response: { 200: PengaduanPublikSchema, 400: P, 404: P, 409: P, 429: P },
    },
    handler: async (req, reply) => reply.header('cache-control', 'no-store').send(await svc.konfirmasi(req.body)),
  });

  // ------------------------------------------------------------------ staff

  r.get('/pengaduan', {
    config: { permission: 'pengaduan:tindaklanjut' },
    schema: {
      tags: tag, summary: 'Daftar laporan: koordinator melihat semua; OPD hanya laporan yang diteruskan kepadanya.',
      querystring: PengaduanListQuerySchema, response: { 200: PengaduanListSchema, 400: P, 401: P, 403: P },
    },
    handler: async (req) => svc.list(requireAuth(req), req.query),
  });

  r.get('/pengaduan/:id', {
    config: { permission: 'pengaduan:tindaklanjut' },
    schema: {
      tags: tag, summary: 'Rincian laporan (identitas pelapor rahasia disembunyikan dari OPD).',
      params: PengaduanIdParamSchema, response: { 200: PengaduanStafSchema, 400: P, 401: P, 403: P, 404: P },
    },
    handler: async (req, reply) => reply.header('cache-control', 'private, no-store').send(await svc.detail(requireAuth(req), req.params.id)),
  });

  r.get('/pengaduan/:id/lampiran/:lampiranId', {
    config: { permission: 'pengaduan:tindaklanjut' },
    schema: {
      tags: tag, summary: 'Foto lampiran laporan (ditampilkan inline, tidak di-cache).',
      params: LampiranParamSchema, response: { 200: z.any().describe('image/jpeg | image/png'), 400: P, 401: P, 403: P, 404: P },
    },
    handler: async (req, reply) => {
      const f = await svc.lampiran(requireAuth(req), req.params.id, req.params.lampiranId);
      return reply.headers(headerUnduhan({ namaFile: f.namaFile, mime: f.mime, ukuran: f.ukuran, inline: true })).send(f.stream);
    },
  });

  r.post('/pengaduan/:id/aksi', {
    config: { permission: 'pengaduan:tindaklanjut' },
    schema: {
      tags: tag,
      summary: 'Tindakan atas laporan: verifikasi, teruskan, tolak, tutup (koordinator); tanggapi, tindak_lanjut (OPD).',
      description: '`revisi` = nilai yang terakhir dilihat; 409 REVISI_USANG bila laporan sudah diubah orang lain. '
        + '409 TRANSISI_DITOLAK bila tindakan tidak sesuai status. 403 AKSI_TIDAK_DIIZINKAN untuk tindakan koordinator oleh OPD.',
      params: PengaduanIdParamSchema, body: AksiPengaduanBodySchema,
      response: { 200: PengaduanStafSchema, 400: P, 401: P, 403: P, 404: P, 409: P },
    },
    handler: async (req) => svc.aksi(requireAuth(req), req.params.id, req.body),
  });

  // ------------------------------------------------------------------ admin

  r.get('/admin/pengaduan/kategori', {
    config: { permission: 'pengaduan:koordinasi' },
    schema: { tags: tag, summary: 'Semua kategori pengaduan (juga yang nonaktif) dengan jumlah laporan.', response: { 200: KategoriAdminListSchema, 401: P, 403: P } },
    handler: async () => svc.listKategoriAdmin(),
  });

  r.post('/admin/pengaduan/kategori', {
    config: { permission: 'pengaduan:koordinasi' },
    schema: {
      tags: tag, summary: 'Tambah kategori (kode = service_code Open311, tidak dapat diubah).',
      body: KategoriBuatSchema, response: { 201: KategoriAdminSchema, 400: P, 401: P, 403: P, 409: P },
    },
    handler: async (req, reply) => reply.status(201).send(await svc.buatKategori(requireAuth(req).akunId, req.body)),
  });

  r.patch('/admin/pengaduan/kategori/:id', {
    config: { permission: 'pengaduan:koordinasi' },
    schema: {
      tags: tag, summary: 'Ubah kategori (nama, deskripsi, grup, kata kunci, OPD bawaan, aktif).',
      params: PengaduanIdParamSchema, body: KategoriUbahSchema, response: { 200: KategoriAdminSchema, 400: P, 401: P, 403: P, 404: P },
    },
    handler: async (req) => svc.ubahKategori(requireAuth(req).akunId, req.params.id, req.body),
  });

  r.get('/admin/pengaduan/pengaturan', {
    config: { permission: 'pengaduan:koordinasi' },
    schema: { tags: tag, summary: 'Batas waktu (hari kerja): verifikasi, tindak lanjut, tutup otomatis.', response: { 200: PengaturanPengaduanSchema, 401: P, 403: P } },
    handler: async () => svc.getPengaturan(),
  });

  r.put('/admin/pengaduan/pengaturan', {
    config: { permission: 'pengaduan:koordinasi' },
    schema: {
      tags: tag, summary: 'Ubah batas waktu (berlaku untuk batas yang dihitung sesudahnya).',
      body: PengaturanPengaduanSchema, response: { 200: PengaturanPengaduanSchema, 400: P, 401: P, 403: P },
    },
    handler: async (req) => svc.simpanPengaturan(requireAuth(req).akunId, req.body),
  });

  r.get('/admin/open311/klien', {
    config: { permission: 'pengaduan:koordinasi' },
    schema: { tags: tag, summary: 'Klien Open311 (pemegang api_key).', response: { 200: Open311KlienListSchema, 401: P, 403: P } },
    handler: async () => svc.listKlien(),
  });

  r.post('/admin/open311/klien', {
    config: { permission: 'pengaduan:koordinasi' },
    schema: {
      tags: tag, summary: 'Buat klien Open311; api_key hanya ditampilkan sekali.',
      body: Open311KlienBuatSchema, response: { 201: Open311KlienBaruSchema, 400: P, 401: P, 403: P },
    },
    handler: async (req, reply) => reply.status(201).header('cache-control', 'no-store').send(await svc.buatKlien(requireAuth(req).akunId, req.body)),
  });

  r.post('/admin/open311/klien/:id/cabut', {
    config: { permission: 'pengaduan:koordinasi' },
    schema: {
      tags: tag, summary: 'Cabut api_key klien Open311 (langsung berlaku).',
      params: PengaduanIdParamSchema, response: { 200: Open311KlienSchema, 400: P, 401: P, 403: P, 404: P },
    },
    handler: async (req) => svc.cabutKlien(requireAuth(req).akunId, req.params.id),
  });
}

