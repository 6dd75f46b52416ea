import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ProblemSchema as P } from '../../../contracts/common.ts';
import {
  DistribusiQuerySchema, DistribusiSchema, KeberatanBodySchema, KeberatanIdParamSchema, KeberatanListSchema, KeberatanSchema,
  OrganisasiParamSchema, PenetapanBodySchema, PenetapanHasilSchema, PenetapanListSchema, PenetapanQuerySchema, PenilaianBodySchema,
  PenilaianIdParamSchema, PenilaianSchema, PenilaianSkpSchema, PertahankanBodySchema, PredikatOrganisasiBodySchema,
  PredikatOrganisasiDtoSchema, PutusKeberatanBodySchema, RingkasanQuerySchema, RingkasanSchema, SkpIdParamSchema, SkpPeriodeParamSchema,
} from '../../../contracts/kinerja-penilaian.ts';
import type { Services } from '../../app.ts';
import { requireAuth } from '../../plugins/auth.ts';

/**
 * /api/v1/kinerja/… routes of the rating part (kinerja.md §1.3, §1.5–§1.8; issue #5 "Rating"): penilaian
 * per period and for the year, the distribution view and predikat organisasi per unit, the city summary,
 * the annual penetapan and keberatan. Thin handlers: one service call each; scope is decided in the
 * service (404 outside it, never revealing existence). Personal evaluations are `private, no-store`.
 */
export async function kinerjaPenilaianRoutes(app: FastifyInstance, opts: { services: Services }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const svc = opts.services.kinerja.penilaian;
  const tags = ['kinerja'];
  const pribadi = 'private, no-store';

  r.put('/kinerja/skp/:id/penilaian/:ke', {
    config: { permission: 'kinerja:skp' },
    schema: {
      tags, summary: 'Nilai satu periode (ke ≥ 1) atau tahunan (ke = 0): rating hasil kerja dan perilaku; predikat dari matriks 3×3.',
      description: 'Hanya pejabat penilai SKP (403 bagi pihak lain yang dapat melihat, 404 bagi yang tidak berhubungan). Predikat berbeda dari '
        + 'matriks memerlukan alasanPredikat ≥ 10 karakter (400). 409: SKP belum disetujui, periode belum dimulai / di luar SKP, tahunan tanpa '
        + 'penilaian periodik, sudah ditetapkan (TERKUNCI), revisi usang.',
      params: SkpPeriodeParamSchema, body: PenilaianBodySchema, response: { 200: PenilaianSchema, 400: P, 401: P, 403: P, 404: P, 409: P },
    },
    handler: async (req, reply) => reply.header('cache-control', pribadi).send(await svc.nilai(requireAuth(req), req.params.id, req.params.ke, req.body)),
  });

  r.get('/kinerja/skp/:id/penilaian', {
    config: { permission: 'kinerja:skp' },
    schema: {
      tags, summary: 'Semua penilaian SKP (periodik dan tahunan), status penetapan dan keberatan, saran hasil kerja pimpinan unit.',
      params: SkpIdParamSchema, response: { 200: PenilaianSkpSchema, 400: P, 401: P, 404: P },
    },
    handler: async (req, reply) => reply.header('cache-control', pribadi).send(await svc.daftarPenilaianSkp(requireAuth(req), req.params.id)),
  });

  r.get('/kinerja/distribusi', {
    config: { permission: 'kinerja:opd' },
    schema: {
      tags, summary: 'Kurva distribusi predikat per unit satu OPD dan periode, dengan predikat organisasi dan peringatan pola.',
      description: 'admin: semua OPD; admin OPD: OPD sendiri; atasan: unit yang dipimpinnya (dan di bawahnya). Daftar pegawai hanya untuk admin, '
        + 'admin OPD dan pimpinan unit; selain itu null.',
      querystring: DistribusiQuerySchema, response: { 200: DistribusiSchema, 400: P, 401: P, 403: P, 404: P },
    },
    handler: async (req, reply) => reply.header('cache-control', pribadi).send(await svc.distribusi(requireAuth(req), req.query)),
  });

  r.put('/kinerja/organisasi/:unitId/:tahun/:ke', {
    config: { permission: 'kinerja:opd' },
    schema: {
      tags, summary: 'Tetapkan predikat kinerja organisasi satu unit untuk periode (ke ≥ 1) atau tahunan (ke = 0).',
      description: 'Oleh pimpinan unit induknya (untuk OPD: atasan kepala OPD), admin OPD, atau BKPSDM. Mengganti predikat menghapus alasan '
        + 'mempertahankan sebelumnya.',
      params: OrganisasiParamSchema, body: PredikatOrganisasiBodySchema, response: { 200: PredikatOrganisasiDtoSchema, 400: P, 401: P, 403: P, 404: P, 409: P },
    },
    handler: async (req) => svc.setPredikatOrganisasi(requireAuth(req), req.params.unitId, req.params.tahun, req.params.ke, req.body),
  });

  r.post('/kinerja/organisasi/:unitId/:tahun/:ke/pertahankan', {
    config: { permission: 'kinerja:opd' },
    schema: {
      tags, summary: 'Pertahankan distribusi yang tidak sesuai pola dengan alasan (≥ 10 karakter); peringatan saat itu disimpan.',
      params: OrganisasiParamSchema, body: PertahankanBodySchema, response: { 200: PredikatOrganisasiDtoSchema, 400: P, 401: P, 403: P, 404: P, 409: P },
    },
    handler: async (req) => svc.pertahankan(requireAuth(req), req.params.unitId, req.params.tahun, req.params.ke, req.body),
  });

  r.get('/kinerja/ringkasan', {
    config: { permission: 'kinerja:ringkasan' },
    schema: {
      tags, summary: 'Ringkasan predikat se-kota per OPD untuk satu periode — hanya agregat, tanpa nama.',
      querystring: RingkasanQuerySchema, response: { 200: RingkasanSchema, 400: P, 401: P, 403: P },
    },
    handler: async (req, reply) => reply.header('cache-control', pribadi).send(await svc.ringkasan(requireAuth(req), req.query)),
  });

  r.post('/kinerja/penetapan', {
    config: { permission: 'kinerja:opd' },
    schema: {
      tags, summary: 'Penetapan predikat kinerja tahunan satu OPD: mengunci penilaian tahunan dan membuka masa keberatan (hari kerja).',
      description: 'Oleh kepala OPD, admin OPD, atau BKPSDM. 409 bila sudah ditetapkan atau belum ada penilaian tahunan.',
      body: PenetapanBodySchema, response: { 201: PenetapanHasilSchema, 400: P, 401: P, 403: P, 404: P, 409: P },
    },
    handler: async (req, reply) => reply.status(201).send(await svc.tetapkan(requireAuth(req), req.body)),
  });

  r.get('/kinerja/penetapan', {
    config: { permission: 'kinerja:opd' },
    schema: {
      tags, summary: 'Daftar penetapan tahunan pada OPD yang dapat Anda lihat.',
      querystring: PenetapanQuerySchema, response: { 200: PenetapanListSchema, 400: P, 401: P, 403: P },
    },
    handler: async (req) => svc.listPenetapan(requireAuth(req), req.query.tahun),
  });

  r.post('/kinerja/penilaian/:id/keberatan', {
    config: { permission: 'kinerja:skp' },
    schema: {
      tags, summary: 'Ajukan keberatan atas penilaian tahunan yang sudah ditetapkan (hanya pegawai yang dinilai, dalam batas hari kerja).',
      params: PenilaianIdParamSchema, body: KeberatanBodySchema, response: { 201: KeberatanSchema, 400: P, 401: P, 403: P, 404: P, 409: P },
    },
    handler: async (req, reply) => reply.status(201).header('cache-control', pribadi).send(await svc.ajukanKeberatan(requireAuth(req), req.params.id, req.body)),
  });

  r.get('/kinerja/keberatan', {
    config: { permission: 'kinerja:skp' },
    schema: {
      tags, summary: 'Keberatan saya dan keberatan yang harus saya putus (atasan pejabat penilai; BKPSDM bila tidak ada).',
      response: { 200: KeberatanListSchema, 401: P, 403: P },
    },
    handler: async (req, reply) => reply.header('cache-control', pribadi).send(await svc.listKeberatan(requireAuth(req))),
  });

  r.post('/kinerja/keberatan/:id/putus', {
    config: { permission: 'kinerja:skp' },
    schema: {
      tags, summary: 'Putus keberatan: ditolak dengan alasan, atau diterima dengan rating baru (predikat dihitung ulang).',
      params: KeberatanIdParamSchema, body: PutusKeberatanBodySchema, response: { 200: KeberatanSchema, 400: P, 401: P, 403: P, 404: P, 409: P },
    },
    handler: async (req, reply) => reply.header('cache-control', pribadi).send(await svc.putusKeberatan(requireAuth(req), req.params.id, req.body)),
  });
}
