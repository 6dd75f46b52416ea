import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProblemSchema as P } from '../../../contracts/common.ts';
import {
  AngkaKreditQuerySchema, AngkaKreditSchema, EvaluasiPdfParamSchema, KoefisienAkListSchema, KoefisienAkParamSchema, KoefisienAkSchema,
  KoefisienAkUbahSchema, OpdXlsxParamSchema, OpdXlsxQuerySchema, PengaturanTahunSchema, PengaturanTahunUbahSchema, SiasnQuerySchema,
  SkpPdfParamSchema, TahunParamSchema,
} from '../../../contracts/kinerja-dokumen.ts';
import type { Services } from '../../app.ts';
import { requireAuth } from '../../plugins/auth.ts';
import type { Berkas } from './kinerja.dokumen.service.ts';

/** Sends a generated file as a download: attachment, nosniff, never cached (personal data). */
function kirimBerkas(reply: FastifyReply, f: Berkas) {
  return reply
    .type(f.mime)
    .header('content-disposition', `attachment; filename="${f.namaBerkas}"`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'no-store')
    .send(f.isi);
}

const Berkas = (keterangan: string) => z.any().describe(keterangan);

/**
 * /api/v1/kinerja… — documents, exports, angka kredit and year settings (module kinerja, part dokumen;
 * issue #5 "Outputs"; kinerja.md §1.2, §1.8, §1.9a, §5.6). Thin handlers; scope is decided in the service
 * (SKP relation → 404; OPD scope → 404).
 */
export async function kinerjaDokumenRoutes(app: FastifyInstance, opts: { services: Services }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const dokumen = opts.services.kinerja.dokumen;

  r.get('/kinerja/skp/:id/pdf', {
    config: { permission: 'kinerja:skp' },
    schema: {
      tags: ['kinerja'], summary: 'SKP sebagai PDF (format PermenPANRB 6/2022: hasil kerja utama/tambahan, perilaku kerja, tanda tangan).',
      params: SkpPdfParamSchema, response: { 200: Berkas('application/pdf'), 400: P, 404: P },
    },
    handler: async (req, reply) => kirimBerkas(reply, await dokumen.pdfSkp(requireAuth(req), req.params.id)),
  });

  r.get('/kinerja/skp/:id/evaluasi/:ke/pdf', {
    config: { permission: 'kinerja:skp' },
    schema: {
      tags: ['kinerja'],
      summary: 'Dokumen Evaluasi Kinerja Pegawai sebagai PDF untuk periode ke-`ke` (0 = tahunan): realisasi, umpan balik, rating, predikat, capaian organisasi, pola distribusi.',
      params: EvaluasiPdfParamSchema, response: { 200: Berkas('application/pdf'), 400: P, 404: P },
    },
    handler: async (req, reply) => kirimBerkas(reply, await dokumen.pdfEvaluasi(requireAuth(req), req.params.id, req.params.ke)),
  });

  r.get('/kinerja/opd/:opdId/xlsx', {
    config: { permission: 'kinerja:opd' },
    schema: {
      tags: ['kinerja'],
      summary: 'Rekap kinerja OPD sebagai XLSX: predikat per pegawai per periode dan distribusi per unit (admin: semua OPD; admin OPD: OPD sendiri; kepala OPD).',
      params: OpdXlsxParamSchema, querystring: OpdXlsxQuerySchema, response: { 200: Berkas('XLSX'), 400: P, 404: P },
    },
    handler: async (req, reply) => kirimBerkas(reply, await dokumen.xlsxOpd(requireAuth(req), req.params.opdId, req.query.tahun)),
  });

  r.get('/kinerja/siasn', {
    config: { permission: 'kinerja:kelola' },
    schema: {
      tags: ['kinerja'],
      summary: 'Ekspor hasil kinerja berbentuk SIASN (skp22 tahunan / kinerjaperiodik) sebagai JSON atau CSV, dengan nama field persis seperti SIASN.',
      description: 'JSON: larik rekaman. CSV: RFC 4180, UTF-8 dengan BOM, baris diakhiri CRLF. pnsDinilaiOrang/PnsDinilaiId berisi NIP (SIKAP tidak menyimpan id orang BKN).',
      querystring: SiasnQuerySchema, response: { 200: Berkas('JSON (larik rekaman) atau CSV'), 400: P },
    },
    handler: async (req, reply) => kirimBerkas(reply, await dokumen.siasn(requireAuth(req), req.query)),
  });

  r.get('/kinerja/angka-kredit', {
    config: { permission: 'kinerja:opd' },
    schema: {
      tags: ['kinerja'], summary: 'Angka kredit jabatan fungsional satu OPD per periode dan tahunan dari predikat (PermenPANRB 1/2023).',
      querystring: AngkaKreditQuerySchema, response: { 200: AngkaKreditSchema, 400: P, 404: P },
    },
    handler: async (req) => dokumen.angkaKreditOpd(requireAuth(req), req.query),
  });

  r.get('/kinerja/koefisien-ak', {
    config: { permission: 'kinerja:opd' },
    schema: {
      tags: ['kinerja'], summary: 'Tabel koefisien angka kredit per jenjang jabatan fungsional (per tahun).',
      response: { 200: KoefisienAkListSchema },
    },
    handler: async () => dokumen.daftarKoefisien(),
  });

  r.put('/kinerja/koefisien-ak/:jenjang', {
    config: { permission: 'kinerja:kelola' },
    schema: {
      tags: ['kinerja'], summary: 'Ubah koefisien angka kredit satu jenjang (> 0, paling besar 100). Dicatat di log audit.',
      params: KoefisienAkParamSchema, body: KoefisienAkUbahSchema, response: { 200: KoefisienAkSchema, 400: P, 404: P },
    },
    handler: async (req) => dokumen.ubahKoefisien(requireAuth(req), req.params.jenjang, req.body),
  });

  r.get('/kinerja/tahun/:tahun', {
    config: { permission: 'kinerja:skp' },
    schema: {
      tags: ['kinerja'], summary: 'Pengaturan tahun kinerja: jenis periode, batas keberatan (hari kerja), batas penyusunan SKP, daftar periode.',
      params: TahunParamSchema, response: { 200: PengaturanTahunSchema, 400: P },
    },
    handler: async (req) => dokumen.pengaturan(req.params.tahun),
  });

  r.put('/kinerja/tahun/:tahun', {
    config: { permission: 'kinerja:kelola' },
    schema: {
      tags: ['kinerja'],
      summary: 'Simpan pengaturan tahun kinerja. Jenis periode tidak dapat diubah bila tahun itu sudah memiliki realisasi atau penilaian (409). Dicatat di log audit.',
      params: TahunParamSchema, body: PengaturanTahunUbahSchema, response: { 200: PengaturanTahunSchema, 400: P, 409: P },
    },
    handler: async (req) => dokumen.ubahPengaturan(requireAuth(req), req.params.tahun, req.body),
  });
}
