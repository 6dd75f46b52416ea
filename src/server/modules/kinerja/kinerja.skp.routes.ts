import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ProblemSchema as P } from '../../../contracts/common.ts';
import {
  BuatSkpBodySchema, EkspektasiBodySchema, KembalikanBodySchema, KinerjaSayaSchema, PohonOpdQuerySchema, PohonOpdSchema,
  PohonSkpSchema, RevisiBodySchema, RhkAtasanSchema, SkpDetailSchema, SkpIdParamSchema, TahunQuerySchema, TimSchema,
  UbahPenilaiBodySchema, UbahSkpBodySchema,
} from '../../../contracts/kinerja-skp.ts';
import type { Services } from '../../app.ts';
import { requireAuth } from '../../plugins/auth.ts';

const TAG = ['kinerja'];
const BACA = { 400: P, 401: P, 403: P, 404: P };
const TULIS = { 400: P, 401: P, 403: P, 404: P, 409: P };

/**
 * /api/v1/kinerja… — SKP planning (issue #5 "Planning"; PermenPANRB 6/2022; kinerja.md §1.2–§1.4;
 * contracts in src/contracts/kinerja-skp.ts). Thin handlers: every decision (relation to the SKP, 404 vs
 * 403, workflow, rules) is the service's. The route permission alone never grants access to an SKP.
 */
export async function kinerjaSkpRoutes(app: FastifyInstance, opts: { services: Services }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const svc = () => opts.services.kinerja.skp;

  r.get('/kinerja/saya', {
    config: { permission: 'kinerja:skp' },
    schema: {
      tags: TAG, summary: 'Tahun kinerja saya: data pegawai, pengaturan dan periode, SKP saya, pejabat penilai, saran pembuatan SKP.',
      querystring: TahunQuerySchema, response: { 200: KinerjaSayaSchema, ...BACA },
    },
    handler: async (req) => svc().saya(requireAuth(req), req.query),
  });

  r.post('/kinerja/skp', {
    config: { permission: 'kinerja:skp' },
    schema: {
      tags: TAG,
      summary: 'Buat SKP (draf) untuk diri sendiri. Setelah mutasi/promosi: SKP lama berakhir pada periode berjalan, SKP baru mulai periode berikutnya.',
      body: BuatSkpBodySchema, response: { 201: SkpDetailSchema, ...TULIS },
    },
    handler: async (req, reply) => reply.status(201).send(await svc().buat(requireAuth(req), req.body)),
  });

  r.get('/kinerja/skp/:id', {
    config: { permission: 'kinerja:skp' },
    schema: {
      tags: TAG, summary: 'Detail SKP: rencana hasil kerja, indikator, perilaku kerja BerAKHLAK, riwayat, relasi dan izin pemanggil.',
      params: SkpIdParamSchema, response: { 200: SkpDetailSchema, ...BACA },
    },
    handler: async (req) => svc().detail(requireAuth(req), req.params.id),
  });

  r.put('/kinerja/skp/:id', {
    config: { permission: 'kinerja:skp' },
    schema: {
      tags: TAG, summary: 'Simpan rencana SKP (pemilik; draf/dikembalikan): pendekatan, RHK utama/tambahan, indikator. Kirim `revisi` yang dilihat.',
      params: SkpIdParamSchema, body: UbahSkpBodySchema, response: { 200: SkpDetailSchema, ...TULIS },
    },
    handler: async (req) => svc().ubah(requireAuth(req), req.params.id, req.body),
  });

  r.put('/kinerja/skp/:id/perilaku', {
    config: { permission: 'kinerja:skp' },
    schema: {
      tags: TAG, summary: 'Ekspektasi khusus pimpinan per nilai BerAKHLAK (pejabat penilai; sampai penetapan tahunan).',
      params: SkpIdParamSchema, body: EkspektasiBodySchema, response: { 200: SkpDetailSchema, ...TULIS },
    },
    handler: async (req) => svc().ekspektasi(requireAuth(req), req.params.id, req.body),
  });

  r.post('/kinerja/skp/:id/ajukan', {
    config: { permission: 'kinerja:skp' },
    schema: {
      tags: TAG, summary: 'Ajukan SKP ke pejabat penilai (pemilik). Kolom yang belum lengkap → 400 dengan nama kolomnya.',
      params: SkpIdParamSchema, body: RevisiBodySchema, response: { 200: SkpDetailSchema, ...TULIS },
    },
    handler: async (req) => svc().ajukan(requireAuth(req), req.params.id, req.body),
  });

  r.post('/kinerja/skp/:id/setujui', {
    config: { permission: 'kinerja:skp' },
    schema: {
      tags: TAG, summary: 'Setujui SKP yang diajukan (pejabat penilai).',
      params: SkpIdParamSchema, body: RevisiBodySchema, response: { 200: SkpDetailSchema, ...TULIS },
    },
    handler: async (req) => svc().setujui(requireAuth(req), req.params.id, req.body),
  });

  r.post('/kinerja/skp/:id/kembalikan', {
    config: { permission: 'kinerja:skp' },
    schema: {
      tags: TAG, summary: 'Kembalikan SKP yang diajukan kepada pegawai dengan catatan (pejabat penilai).',
      params: SkpIdParamSchema, body: KembalikanBodySchema, response: { 200: SkpDetailSchema, ...TULIS },
    },
    handler: async (req) => svc().kembalikan(requireAuth(req), req.params.id, req.body),
  });

  r.get('/kinerja/skp/:id/rhk-atasan', {
    config: { permission: 'kinerja:skp' },
    schema: {
      tags: TAG, summary: 'RHK pejabat penilai tahun yang sama yang dapat diintervensi (pemilik; pemilih kaskade).',
      params: SkpIdParamSchema, response: { 200: RhkAtasanSchema, ...BACA },
    },
    handler: async (req) => svc().rhkAtasan(requireAuth(req), req.params.id),
  });

  r.get('/kinerja/skp/:id/pohon', {
    config: { permission: 'kinerja:skp' },
    schema: {
      tags: TAG, summary: 'Pohon kaskade di sekitar SKP: jalur RHK atasan sampai puncak dan semua RHK bawahan yang mengintervensinya.',
      params: SkpIdParamSchema, response: { 200: PohonSkpSchema, ...BACA },
    },
    handler: async (req) => svc().pohonSkp(requireAuth(req), req.params.id),
  });

  r.get('/kinerja/pohon', {
    config: { permission: 'kinerja:opd' },
    schema: {
      tags: TAG, summary: 'Pohon kaskade OPD (admin: OPD mana pun; admin OPD: OPD sendiri) atau subpohon di bawah saya (atasan).',
      querystring: PohonOpdQuerySchema, response: { 200: PohonOpdSchema, ...BACA },
    },
    handler: async (req) => svc().pohonOpd(requireAuth(req), req.query),
  });

  r.get('/kinerja/tim', {
    config: { permission: 'kinerja:skp' },
    schema: {
      tags: TAG, summary: 'Tim saya (atasan): bawahan langsung dan tidak langsung, SKP berjalan, dan tindakan yang menunggu saya.',
      querystring: TahunQuerySchema, response: { 200: TimSchema, ...BACA },
    },
    handler: async (req) => svc().tim(requireAuth(req), req.query),
  });

  r.patch('/kinerja/skp/:id/penilai', {
    config: { permission: 'kinerja:kelola' },
    schema: {
      tags: TAG, summary: 'Ganti pejabat penilai satu SKP (BKPSDM), dengan alasan; atasan pejabat penilai dihitung ulang. Dicatat di log audit.',
      params: SkpIdParamSchema, body: UbahPenilaiBodySchema, response: { 200: SkpDetailSchema, ...TULIS },
    },
    handler: async (req) => svc().ubahPenilai(requireAuth(req), req.params.id, req.body),
  });
}
