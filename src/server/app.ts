import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HealthSchema } from '../contracts/common.ts';
import type { Config } from './config.ts';
import { createPembatasSse } from './lib/sse.ts';
import type { Database } from './db/client.ts';
import { authPlugin } from './plugins/auth.ts';
import { errorsPlugin } from './plugins/errors.ts';
import { authRoutes, createAuthService } from './modules/auth/index.ts';
import { createOrgService, createPegawaiImportService, orgRoutes, pegawaiImportRoutes } from './modules/org/index.ts';
import { createSkmService, skmRoutes } from './modules/skm/index.ts';
import { createKalenderService, kalenderRoutes } from './modules/kalender/index.ts';
import { createNotifikasiService, notifikasiRoutes } from './modules/notifikasi/index.ts';
import {
  antrianLoketRoutes, antrianSetupRoutes, antrianStatistikRoutes, antrianTiketRoutes, createAntrianService,
} from './modules/antrian/index.ts';
import {
  createLayananService, layananKatalogRoutes, layananPengaduanRoutes, layananPermohonanRoutes, open311Routes,
} from './modules/layanan/index.ts';
import {
  createKinerjaService, kinerjaDokumenRoutes, kinerjaPenilaianRoutes, kinerjaRealisasiRoutes, kinerjaSkpRoutes,
} from './modules/kinerja/index.ts';
import { createDataPribadi } from './lib/data-pribadi.ts';
import { createEventBus } from './lib/event-bus.ts';
import { createJobRunner, daftarJobSikap } from './lib/jobs.ts';
import { VERSION } from './version.ts';

// Validation messages of zod's own checks in Bahasa Indonesia (our schemas add their own where it matters).
z.config(z.locales.id());

/**
 * Request log line without anything that could re-identify a survey respondent: no query string, no
 * invitation token in the path, and no client address on the public survey routes (ADR 0005).
 */
export function serializeRequest(req: { method: string; url: string; ip?: string; socket?: { remoteAddress?: string } }) {
  let raw = req.url.split('?')[0]!;
  try {
    raw = decodeURIComponent(raw); // match what the router matches: %75ndangan is /undangan
  } catch {
    /* malformed escapes: keep the raw text */
  }
  // Bearer-like codes in paths: survey invitations and queue booking codes (the code opens a ticket).
  const url = raw.replace(/\/undangan\/[^/]+/gi, '/undangan/***').replace(/\/tiket\/[^/]+/gi, '/tiket/***');
  const anonim = /^\/api\/v1\/skm\/publik\//i.test(url) || /^\/survei(\/|$)/i.test(url);
  return { method: req.method, url, remoteAddress: anonim ? undefined : req.ip };
}

export const WEB_DIST = fileURLToPath(new URL('../../dist/web', import.meta.url));

/** Builds the services of every module (the composition root's data half). */
export function buildServices(config: Config, database: Database, log?: import('fastify').FastifyBaseLogger) {
  const { db } = database;
  const org = createOrgService(db);
  const auth = createAuthService(db, {
    argon2: { memoryCost: config.ARGON2_MEMORY_KIB, timeCost: config.ARGON2_ITERATIONS },
    sessionTtlHours: config.SESSION_TTL_HOURS,
    unitNames: org.getUnitNames,
  });
  const pegawaiImport = createPegawaiImportService(db);
  const skm = createSkmService(db, {
    org, secret: config.sessionSecret, maxPerHari: config.SKM_MAX_PER_HARI, maxPerIpHari: config.SKM_MAX_PER_IP_HARI,
    ambangAnonim: config.SKM_AMBANG_ANONIM, publicUrl: config.PUBLIC_URL,
  });
  const dataPribadi = createDataPribadi(config.dataKey);
  const bus = createEventBus(database, database.schema);
  const kalender = createKalenderService(db);
  const notifikasi = createNotifikasiService(db, {
    dataPribadi, log, publicUrl: config.PUBLIC_URL, maksPercobaan: config.NOTIFIKASI_MAKS_PERCOBAAN, adapter: config.NOTIFIKASI_ADAPTER,
    http: config.NOTIFIKASI_HTTP_URL ? { url: config.NOTIFIKASI_HTTP_URL, token: config.NOTIFIKASI_HTTP_TOKEN } : undefined,
  });
  const antrian = createAntrianService({
    db, org, kalender, notifikasi, bus, dataPribadi, secret: config.sessionSecret, publicUrl: config.PUBLIC_URL,
    cacheTiketMs: config.ANTRIAN_CACHE_TIKET_MS,
  });
  const layanan = createLayananService({
    db, org, kalender, notifikasi, antrian, bus, dataPribadi, secret: config.sessionSecret, publicUrl: config.PUBLIC_URL,
    uploadsDir: config.uploadsDir, maksBerkasByte: config.LAYANAN_MAKS_BERKAS_MB * 1024 * 1024,
    maksJumlahBerkas: config.LAYANAN_MAKS_JUMLAH_BERKAS,
  });
  const kinerja = createKinerjaService({
    db, org, kalender, notifikasi, antrian, layanan, skm, uploadsDir: config.uploadsDir,
    maksBerkasByte: config.LAYANAN_MAKS_BERKAS_MB * 1024 * 1024,
  });
  const sse = createPembatasSse({ maksPerIp: config.SSE_MAKS_PER_IP, maksTotal: config.SSE_MAKS_TOTAL });
  return { auth, org, pegawaiImport, skm, kalender, notifikasi, antrian, layanan, kinerja, bus, dataPribadi, sse };
}
export type Services = ReturnType<typeof buildServices>;

/**
 * The composition root: registers plugins, then each module explicitly (DESIGN.md §3, ADR 0003).
 * `serveWeb` serves the built SPA from dist/web when present.
 */
export async function buildApp({ config, db, serveWeb = true }: { config: Config; db: Database; serveWeb?: boolean }) {
  const app = Fastify({
    logger: config.LOG_LEVEL === 'silent' ? false : {
      level: config.LOG_LEVEL,
      redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'req.headers.authorization'],
      serializers: { req: serializeRequest },
    },
    trustProxy: config.TRUST_PROXY,
    ajv: { customOptions: { removeAdditional: 'all' } },
    bodyLimit: 1_048_576,
    // Errors raised before routing (a malformed %-escape in the URL) also answer problem+json in Indonesian.
    frameworkErrors: (err, _req, reply) => {
      void (reply as unknown as import('fastify').FastifyReply)
        .status(400)
        .type('application/problem+json; charset=utf-8')
        .send({ type: 'about:blank', title: 'Permintaan tidak valid', status: 400, code: err.code ?? 'HTTP_400', detail: 'Alamat (URL) tidak valid.' });
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const services = buildServices(config, db, app.log);
  app.decorate('services', services);
  // Live events (LISTEN/NOTIFY) start with the server and stop before the database closes.
  app.addHook('onReady', async () => { await services.bus.start(); });
  app.addHook('onClose', async () => { await services.bus.stop(); });
  // Scheduled jobs (ADR 0009) when JOBS is on: started with the server, stopped (awaiting a running job) on close.
  const jobs = createJobRunner({ db: db.db, log: app.log, kind: db.kind });
  if (config.jobs) daftarJobSikap(jobs, services, { intervalNotifikasiMs: config.NOTIFIKASI_INTERVAL_MS });
  app.addHook('onReady', async () => { jobs.start(); });
  app.addHook('onClose', async () => { await jobs.stop(); });

  await app.register(errorsPlugin);
  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_req, ctx) => ({
      statusCode: 429,
      code: 'TERLALU_BANYAK',
      message: `Terlalu banyak permintaan. Coba lagi dalam ${Math.max(1, Math.ceil(ctx.ttl / 1000))} detik.`,
    }),
  });
  await app.register(multipart, { limits: { fileSize: 10 * 1024 * 1024, files: 1 } });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'SIKAP API', version: VERSION, description: 'Sistem Informasi Kinerja Aparatur dan Pelayanan — Kota Tanjungbalai' },
      components: { securitySchemes: { sesi: { type: 'apiKey', in: 'cookie', name: 'sikap_sesi' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(authPlugin, { lookup: (id) => services.auth.lookupSession(id) });

  await app.register(
    async (api) => {
      const r = api.withTypeProvider<ZodTypeProvider>();
      r.get('/health', {
        config: { permission: 'public' },
        schema: { tags: ['sistem'], summary: 'Status layanan dan basis data.', response: { 200: HealthSchema } },
        handler: async () => ({ status: 'ok' as const, database: db.kind, version: VERSION }),
      });
      r.get('/openapi.json', {
        config: { permission: 'public' },
        schema: { hide: true },
        handler: async () => app.swagger(),
      });
      await api.register(authRoutes, { auth: services.auth, cookieSecure: config.cookieSecure, loginRateLimit: config.LOGIN_RATE_LIMIT });
      await api.register(orgRoutes, { services });
      await api.register(pegawaiImportRoutes, { services });
      await api.register(skmRoutes, { services });
      await api.register(kalenderRoutes, { services });
      await api.register(notifikasiRoutes, { services });
      await api.register(antrianSetupRoutes, { services });
      await api.register(antrianTiketRoutes, { services });
      await api.register(antrianLoketRoutes, { services });
      await api.register(antrianStatistikRoutes, { services });
      await api.register(layananKatalogRoutes, { services });
      await api.register(layananPermohonanRoutes, { services });
      await api.register(layananPengaduanRoutes, { services });
      await api.register(kinerjaSkpRoutes, { services });
      await api.register(kinerjaRealisasiRoutes, { services });
      await api.register(kinerjaPenilaianRoutes, { services });
      await api.register(kinerjaDokumenRoutes, { services });
    },
    { prefix: '/api/v1' },
  );
  // Open311 GeoReport v2 (pelayanan.md §4.1): outside /api/v1, the path existing civic-tech clients expect.
  await app.register(open311Routes, { services, prefix: '/open311/v2' });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  if (serveWeb && existsSync(`${WEB_DIST}/index.html`)) {
    await app.register(fastifyStatic, {
      root: WEB_DIST,
      wildcard: false,
      index: false,
      preCompressed: true,
      // Hashed file names under /assets never change: cache them for a year; everything else revalidates.
      setHeaders: (res, filePath) => {
        const rel = path.relative(WEB_DIST, filePath).split(path.sep);
        res.header('cache-control', rel[0] === 'assets' && rel.length > 1 ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    // SPA fallback: any GET outside /api is the app.
    app.get('/*', { config: {}, schema: { hide: true } }, (req, reply) => {
      // API paths and missing hashed assets (an old chunk after a redeploy) are real 404s, not the app.
      if (/^\/(api|assets|open311)(\/|$)/i.test(req.url.split('?')[0]!)) return reply.callNotFound();
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    });
  }
  return app;
}

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
  }
}
export type App = FastifyInstance;
