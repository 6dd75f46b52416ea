import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.ts';
import { createTestApp, loginAs } from '../../testing/test-app.ts';
import { createUndangan } from './index.ts';

/**
 * The anonymity invariant of module `skm` (PermenPANRB 14/2017 asks for an anonymous survey; UU 27/2022
 * PDP): a response can be linked neither to the invitation it came from nor to the device that sent it.
 */
describe('SKM anonymity', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: Record<string, string>;
  let survei: { id: number; kode: string };
  let token: string;
  let undanganId: number;
  const IP = '203.0.113.77';
  const AGEN = 'UjiAgenRahasia/9.9 (anonimitas)';

  beforeAll(async () => {
    // K = 1 so both responses are released and every output can be searched for leaks (batches: skm.rilis.test.ts).
    t = await createTestApp({ config: { SKM_AMBANG_ANONIM: '1' } });
    admin = await loginAs(t.app, 'admin');
    const tahun = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric' }).format(new Date()));
    const res = await t.app.inject({
      method: 'POST', url: '/api/v1/skm/survei', headers: admin,
      payload: { unitId: t.fixture.opdA.id, jenisPeriode: 'tahun', tahun, populasi: 100 },
    });
    survei = res.json();
    ({ token } = await createUndangan(t.db, {
      surveiId: survei.id, sumber: 'antrian', sumberRef: 'tiket-anonim-1',
      konteks: { lokasi: 'Loket Terpadu', layanan: 'KTP-el', loket: 2, petugas: 'Petugas Uji' },
    }));
    const [u] = await queryRows<{ id: number }>(t.db, sql`select id from skm_undangan where sumber_ref = 'tiket-anonim-1'`);
    undanganId = Number(u!.id);

    const jawaban = { U1: 4, U2: 3, U3: 4, U4: 4, U5: 3, U6: 4, U7: 4, U8: 3, U9: 2 };
    const viaUndangan = await t.app.inject({
      method: 'POST', url: `/api/v1/skm/publik/undangan/${token}/respon`,
      payload: { jawaban, saran: 'Lewat undangan' }, remoteAddress: IP, headers: { 'user-agent': AGEN },
    });
    expect(viaUndangan.statusCode).toBe(201);
    const viaTautan = await t.app.inject({
      method: 'POST', url: `/api/v1/skm/publik/survei/${survei.kode}/respon`,
      payload: { jawaban, saran: 'Lewat tautan', jenisKelamin: 'P' }, remoteAddress: IP, headers: { 'user-agent': AGEN },
    });
    expect(viaTautan.statusCode).toBe(201);
  });
  afterAll(async () => { await t?.close(); });

  it('should give skm_respon no column for a token, an invitation, an IP, a user agent or a time of day', async () => {
    const cols = await queryRows<{ column_name: string; data_type: string }>(t.db, sql`
      select column_name, data_type from information_schema.columns
      where table_name = 'skm_respon' and table_schema = current_schema()`);
    expect(cols.length).toBeGreaterThan(10);
    for (const c of cols) {
      expect(c.column_name).not.toMatch(/token|undangan|ip|agent|agen|sidik|waktu|jam|time|_at$|created|updated/i);
      expect(c.data_type).not.toMatch(/timestamp|time/i);
    }
    expect(cols.find((c) => c.column_name === 'tanggal')?.data_type).toBe('date');
  });

  it('should store the responses with the date, channel, answers and the copied konteks only', async () => {
    const rows = await queryRows<Record<string, unknown>>(t.db, sql`select * from skm_respon where survei_id = ${survei.id} order by id`);
    expect(rows.map((r) => r.kanal)).toEqual(['undangan', 'web']);
    expect(rows[0]!.konteks).toEqual({ lokasi: 'Loket Terpadu', layanan: 'KTP-el', loket: 2, petugas: 'Petugas Uji' });
    expect(rows[1]!.konteks).toBeNull();
    const dump = JSON.stringify(rows);
    for (const secret of [token, IP, AGEN]) expect(dump).not.toContain(secret);
    // the anti-stuffing counter keeps a keyed hash only
    const pembatas = JSON.stringify(await queryRows(t.db, sql`select * from skm_pembatas`));
    for (const secret of [token, IP, AGEN]) expect(pembatas).not.toContain(secret);
  });

  it('should leak neither the token, the invitation id nor the IP/agent through any admin endpoint or the export data', async () => {
    const urls = [
      '/api/v1/skm/survei', `/api/v1/skm/survei/${survei.id}`, `/api/v1/skm/survei/${survei.id}/hasil`, '/api/v1/skm/unit',
      '/api/v1/skm/publik/ikm', '/api/v1/skm/publik/survei', `/api/v1/skm/publik/survei/${survei.kode}`,
    ];
    const bodies: string[] = [];
    for (const url of urls) {
      const res = await t.app.inject({ method: 'GET', url, headers: admin });
      expect(res.statusCode, url).toBe(200);
      bodies.push(res.body);
    }
    const laporan = await t.app.services.skm.buildLaporan({ akunId: t.fixture.accounts.admin!, roles: ['admin'], opdId: null }, survei.id);
    expect(laporan.responden).toHaveLength(2);
    bodies.push(JSON.stringify(laporan));
    for (const url of [`/api/v1/skm/survei/${survei.id}/ekspor.xlsx`, `/api/v1/skm/survei/${survei.id}/laporan.pdf`]) {
      const res = await t.app.inject({ method: 'GET', url, headers: admin });
      expect(res.statusCode, url).toBe(200);
      bodies.push(res.rawPayload.toString('latin1'));
    }
    const all = bodies.join('\n');
    for (const secret of [token, IP, AGEN, 'tiket-anonim-1']) expect(all).not.toContain(secret);
    // the invitation id never appears as a field of a response (the survey id may equal it by chance, so look at keys)
    // (perKanal.undangan is the COUNT of invitation responses, not a reference: leave it out of this check)
    expect(all.replace(/"perKanal":\{[^}]*\}/g, '')).not.toMatch(/"undangan(Id)?"\s*:/i);
    expect(JSON.stringify(laporan.responden)).not.toMatch(new RegExp(`"(id|undanganId)":${undanganId}\\b`));
  });

  it('should keep no time of use on skm_undangan: using it only flips a flag', async () => {
    const cols = await queryRows<{ column_name: string; data_type: string }>(t.db, sql`
      select column_name, data_type from information_schema.columns
      where table_name = 'skm_undangan' and table_schema = current_schema()`);
    const waktu = cols.filter((c) => /timestamp|time|date/i.test(c.data_type)).map((c) => c.column_name).sort();
    // created_at = when the service event issued it (known to the issuer anyway); kedaluwarsa = expiry. No "used at".
    expect(waktu).toEqual(['created_at', 'kedaluwarsa']);
    expect(cols.map((c) => c.column_name)).not.toContainEqual(expect.stringMatching(/dipakai|digunakan_pada|used|respon/i));
    const [u] = await queryRows<{ digunakan: boolean; created_at: string; kedaluwarsa: string }>(t.db, sql`
      select digunakan, created_at::text as created_at, kedaluwarsa::text as kedaluwarsa from skm_undangan where id = ${undanganId}`);
    expect(u!.digunakan).toBe(true);
    // the response row carries only a date, so it cannot be matched to created_at by time either
    const [r] = await queryRows<{ tanggal: string }>(t.db, sql`select tanggal::text as tanggal from skm_respon where kanal = 'undangan'`);
    expect(r!.tanggal).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
