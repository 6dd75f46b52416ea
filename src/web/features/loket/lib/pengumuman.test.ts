import { describe, expect, it } from 'vitest';
import { buatAntreanPengumuman } from './pengumuman.ts';

/** A controllable player: each call returns a promise finished by `selesai()`. */
function pemutar() {
  const log: string[] = [];
  const tunda: Array<() => void> = [];
  return {
    log,
    putar: (teks: string) => new Promise<void>((res) => { log.push(`mulai ${teks}`); tunda.push(() => { log.push(`selesai ${teks}`); res(); }); }),
    selesai: async () => { tunda.shift()?.(); await new Promise((r) => setTimeout(r, 0)); },
  };
}

describe(buatAntreanPengumuman.name, () => {
  it('should never overlap two announcements and keep arrival order', async () => {
    const p = pemutar();
    const diumumkan: string[] = [];
    const q = buatAntreanPengumuman(p.putar, (t) => diumumkan.push(t));
    q.tambah('A-001');
    q.tambah('A-002');
    q.tambah('B-001');
    expect(p.log).toEqual(['mulai A-001']);
    expect(q.menunggu).toBe(2);
    await p.selesai();
    expect(p.log).toEqual(['mulai A-001', 'selesai A-001', 'mulai A-002']);
    await p.selesai();
    await p.selesai();
    expect(p.log).toEqual(['mulai A-001', 'selesai A-001', 'mulai A-002', 'selesai A-002', 'mulai B-001', 'selesai B-001']);
    expect(diumumkan).toEqual(['A-001', 'A-002', 'B-001']);
    expect(q.sedangMemutar).toBe(false);
  });

  it('should go on after a failed announcement', async () => {
    const diputar: string[] = [];
    const q = buatAntreanPengumuman(async (t) => { diputar.push(t); if (t === 'rusak') throw new Error('x'); });
    q.tambah('rusak');
    q.tambah('A-003');
    await new Promise((r) => setTimeout(r, 0));
    expect(diputar).toEqual(['rusak', 'A-003']);
  });
});
