import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.ts';
import { createJobRunner, type LogJob } from '../../lib/jobs.ts';
import { createTestApp } from '../../testing/test-app.ts';
import { createLayananPermohonanService } from './layanan.permohonan.service.ts';
import { seedPermohonanUji } from './layanan.permohonan.testing.ts';
import { permohonan } from './layanan.table.ts';

/**
 * Escalation of overdue applications (plan decision 5, ADR 0011) run as the scheduled job of ADR 0009 by
 * two job runners at once — two "processes" with their own services over one database — on PGlite (session
 * advisory lock, one process) and on PostgreSQL (transaction advisory lock, pool connections). Each overdue
 * case must be escalated exactly once, to the right person; the conditional UPDATE keeps it so even
 * without the runner's lock.
 */
describe('eskalasiTerlambat under concurrent runners', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let u: Awaited<ReturnType<typeof seedPermohonanUji>>;
  const NOW = new Date('2026-12-01T03:00:00Z'); // Tuesday 10:00 WIB
  const diam: LogJob = { info: () => {}, error: () => {} };
  const galat: unknown[] = [];
  const logGalat: LogJob = { info: () => {}, error: (obj) => galat.push(obj) };

  /** A second, independent service over the same database (another process's). */
  const layananLain = () => {
    const s = t.app.services;
    return createLayananPermohonanService({
      db: t.db, org: s.org, kalender: s.kalender, notifikasi: s.notifikasi, bus: s.bus, dataPribadi: s.dataPribadi,
      secret: t.config.sessionSecret, uploadsDir: t.config.uploadsDir, maksBerkasByte: 1 << 20, maksJumlahBerkas: 4,
    });
  };

  /** `n` running cases, due one hour before NOW, alternately assigned to Petugas Satu / unassigned. */
  async function kasusTerlambat(n: number, awalan: string) {
    const rows = Array.from({ length: n }, (_, i) => ({
      nomor: `PM-2026-${awalan}${String(i).padStart(4, '0')}`, kodeAksesHash: 'x'.repeat(64), layananId: u.ktp.id, standarVersiId: u.ktp.versi.id,
      unitId: t.fixture.opdA.id, status: (['diajukan', 'diverifikasi', 'diproses'] as const)[i % 3]!, pemohonNama: 'Uji', nikEnc: 'v1.x.y.z',
      nikHash: `h${i}`, nikAkhir: '0001', persetujuanVersi: 'uji', persetujuanAt: NOW, petugasId: i % 2 === 0 ? u.petugas1.id : null,
      slaMulai: new Date(NOW.getTime() - 4 * 86_400_000), diajukanAt: new Date(NOW.getTime() - 4 * 86_400_000),
      jatuhTempo: new Date(NOW.getTime() - 3_600_000),
    }));
    await t.db.insert(permohonan).values(rows);
    return rows.map((r) => r.nomor);
  }

  async function hasil(nomor: string[]) {
    return queryRows<{ nomor: string; petugas_id: number | null; eskalasi_ke: number | null; n: number }>(t.db, sql`
      SELECT p.nomor, p.petugas_id, p.eskalasi_ke,
        (SELECT count(*) FROM permohonan_peristiwa e WHERE e.permohonan_id = p.id AND e.aksi = 'eskalasi')::int AS n
      FROM permohonan p WHERE p.nomor IN (${sql.join(nomor.map((x) => sql`${x}`), sql`, `)}) ORDER BY p.nomor`);
  }

  beforeAll(async () => {
    t = await createTestApp();
    u = await seedPermohonanUji(t.db, t.fixture);
  });
  beforeEach(() => { galat.length = 0; });
  afterAll(async () => { await t?.close(); });

  it('should escalate each overdue case exactly once when two job runners run the job at the same moment', async () => {
    const nomor = await kasusTerlambat(30, '7');
    // Job names are unique per run: advisory locks are per PostgreSQL database, shared by parallel test schemas.
    const nama = `layanan.permohonan.eskalasi-${randomBytes(4).toString('hex')}`;
    const dijalankan: number[] = [];
    const runner = (svc: ReturnType<typeof layananLain>) => {
      const r = createJobRunner({ db: t.db, log: logGalat, kind: t.database.kind });
      r.daftar({ nama, setiapMs: 300_000, jalankan: async (now) => { dijalankan.push((await svc.eskalasiTerlambat(now)).dieskalasi); } });
      return r;
    };
    const [a, b] = [runner(t.app.services.layanan.permohonan as ReturnType<typeof layananLain>), runner(layananLain())];
    const hasilJob = await Promise.all([a.jalankanSekali(nama, NOW), b.jalankanSekali(nama, NOW), a.jalankanSekali(nama, NOW), b.jalankanSekali(nama, NOW)]);
    expect(galat).toEqual([]);
    expect(hasilJob).toContain('selesai');
    // Runs after the first (one held the lock, the others skipped or found nothing left) add nothing.
    expect(await b.jalankanSekali(nama, NOW)).toBe('selesai');
    expect(dijalankan.reduce((s, x) => s + x, 0)).toBe(30);
    const rows = await hasil(nomor);
    expect(rows.every((r) => r.n === 1)).toBe(true);
    for (const r of rows) {
      // assigned → the assignee's atasan (Kepala Uji); unassigned → the head of the unit (the same person here)
      expect(r.eskalasi_ke).toBe(t.fixture.pKepala.id);
    }
  });

  it('should stay exactly-once without the lock: two services racing directly (conditional UPDATE)', async () => {
    const nomor = await kasusTerlambat(20, '8');
    const [x, y] = await Promise.all([t.app.services.layanan.permohonan.eskalasiTerlambat(NOW), layananLain().eskalasiTerlambat(NOW)]);
    expect(x.dieskalasi + y.dieskalasi).toBe(20);
    expect((await hasil(nomor)).every((r) => r.n === 1)).toBe(true);
  });

  it('should not escalate cases that are not overdue, paused, finished, or already escalated', async () => {
    const [baik] = await kasusTerlambat(1, '9');
    await t.db.execute(sql`UPDATE permohonan SET jatuh_tempo = ${new Date(NOW.getTime() + 3_600_000)} WHERE nomor = ${baik!}`);
    const [jeda] = await kasusTerlambat(1, '91');
    await t.db.execute(sql`UPDATE permohonan SET status = 'perlu_perbaikan', jeda_mulai = ${NOW}, jatuh_tempo = null WHERE nomor = ${jeda!}`);
    const [selesai] = await kasusTerlambat(1, '92');
    await t.db.execute(sql`UPDATE permohonan SET status = 'selesai', selesai_at = ${NOW} WHERE nomor = ${selesai!}`);
    expect((await t.app.services.layanan.permohonan.eskalasiTerlambat(NOW)).dieskalasi).toBe(0);
    expect((await hasil([baik!, jeda!, selesai!])).map((r) => r.n)).toEqual([0, 0, 0]);
    void diam;
  });

  it('should escalate to the head of the OPD of another unit when nobody is assigned', async () => {
    const [kasus] = await kasusTerlambat(1, '93');
    await t.db.execute(sql`UPDATE permohonan SET unit_id = ${t.fixture.opdB.id}, petugas_id = null WHERE nomor = ${kasus!}`);
    expect((await t.app.services.layanan.permohonan.eskalasiTerlambat(NOW)).dieskalasi).toBe(1);
    expect((await hasil([kasus!]))[0]).toMatchObject({ eskalasi_ke: u.kepalaB.id, n: 1 });
  });
});
