import { CommonErrors } from '../../lib/app-error.ts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ProblemSchema } from '../../../contracts/common.ts';
import {
  AtasanBodySchema, OpdListSchema, PegawaiDetailSchema, PegawaiIdParamSchema, PegawaiPageSchema, PegawaiQuerySchema,
  UnitLayananListSchema, UnitPohonListSchema, WilayahSchema,
} from '../../../contracts/org.ts';
import type { Services } from '../../app.ts';
import { requireAuth } from '../../plugins/auth.ts';

/**
 * /api/v1/org/…: wilayah, unit tree, OPD list, service units, pegawai list/detail and the atasan override.
 * Handlers are thin: the org service applies the scope (own OPD, own reporting line).
 */
export async function orgRoutes(app: FastifyInstance, opts: { services: Services }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const org = opts.services.org;

  r.get('/org/wilayah', {
    config: { permission: 'public' },
    schema: {
      tags: ['org'],
      summary: 'Wilayah Kota Tanjungbalai: kota → kecamatan → kelurahan dengan kode Kemendagri (kinerja.md §6.2).',
      response: { 200: WilayahSchema },
    },
    handler: async () => org.getWilayah(),
  });

  r.get('/org/unit', {
    config: { permission: 'public' },
    schema: {
      tags: ['org'],
      summary: 'Daftar perangkat daerah (OPD) yang aktif.',
      response: { 200: OpdListSchema },
    },
    handler: async () => org.listOpd(),
  });

  r.get('/org/unit/pohon', {
    config: { permission: 'org:lihat' },
    schema: {
      tags: ['org'],
      summary: 'Pohon unit organisasi (Pemkot → OPD → unit) dengan jumlah pegawai aktif per unit.',
      security: [{ sesi: [] }],
      response: { 200: UnitPohonListSchema, 401: ProblemSchema, 403: ProblemSchema },
    },
    handler: async () => org.getUnitPohon(),
  });

  r.get('/org/unit/layanan', {
    config: { permission: 'login' },
    schema: {
      tags: ['org'],
      summary: 'Unit penyelenggara pelayanan (yang dapat menjalankan SKM); admin OPD hanya melihat OPD sendiri.',
      security: [{ sesi: [] }],
      response: { 200: UnitLayananListSchema, 401: ProblemSchema },
    },
    handler: async (req) => org.listUnitLayananUntuk(requireAuth(req)),
  });

  r.get('/org/pegawai', {
    config: { permission: 'org:lihat' },
    schema: {
      tags: ['org'],
      summary: 'Daftar pegawai (berhalaman, dapat dicari nama/NIP dan disaring) sesuai wewenang: semua, OPD sendiri, atau garis bawahan.',
      security: [{ sesi: [] }],
      querystring: PegawaiQuerySchema,
      response: { 200: PegawaiPageSchema, 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema },
    },
    handler: async (req) => org.listPegawai(requireAuth(req), req.query),
  });

  r.get('/org/saya', {
    config: { permission: 'login' },
    schema: {
      tags: ['org'],
      summary: 'Profil kepegawaian akun yang sedang masuk (jabatan, unit, atasan); 404 bila akun tidak terhubung ke pegawai.',
      security: [{ sesi: [] }],
      response: { 200: PegawaiDetailSchema, 401: ProblemSchema, 404: ProblemSchema },
    },
    handler: async (req) => {
      const auth = requireAuth(req);
      const p = auth.pegawaiId ? await org.getPegawai(auth.pegawaiId) : null;
      if (!p) throw CommonErrors.TIDAK_DITEMUKAN('Akun ini tidak terhubung ke data pegawai.');
      return p;
    },
  });

  r.get('/org/pegawai/:id', {
    config: { permission: 'org:lihat' },
    schema: {
      tags: ['org'],
      summary: 'Rincian pegawai: tanggal lahir, TMT CPNS, atasan efektif dan sumbernya, jumlah bawahan.',
      security: [{ sesi: [] }],
      params: PegawaiIdParamSchema,
      response: { 200: PegawaiDetailSchema, 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema },
    },
    handler: async (req) => org.getPegawaiDetail(requireAuth(req), req.params.id),
  });

  r.patch('/org/pegawai/:id/atasan', {
    config: { permission: 'org:kelola' },
    schema: {
      tags: ['org'],
      summary: 'Menetapkan (atasanId) atau menghapus (null) atasan pengganti; menolak diri sendiri dan garis melingkar.',
      security: [{ sesi: [] }],
      params: PegawaiIdParamSchema,
      body: AtasanBodySchema,
      response: {
        200: PegawaiDetailSchema, 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema, 409: ProblemSchema,
      },
    },
    handler: async (req) => org.setAtasanOverride(requireAuth(req), req.params.id, req.body.atasanId),
  });
}
