import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import multipart from '@fastify/multipart';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorsPlugin } from '../plugins/errors.ts';
import {
  bacaMultipart, bersihkanNamaFile, createPenyimpanan, headerUnduhan, kenaliBerkas, labelJenis, type JenisBerkas,
} from './unggahan.ts';
import { bentukMultipart, contohJpeg, contohPdf, contohPng } from './unggahan.testing.ts';

describe('kenaliBerkas', () => {
  it.each([
    ['PDF', contohPdf(), 'pdf', 'application/pdf'],
    ['JPEG', contohJpeg(), 'jpeg', 'image/jpeg'],
    ['PNG', contohPng(), 'png', 'image/png'],
  ])('should recognise %s by its first bytes', (_n, isi, jenis, mime) => {
    expect(kenaliBerkas(isi)).toEqual({ jenis, mime });
  });

  it.each([
    ['empty', Buffer.alloc(0)],
    ['text', Buffer.from('hello world')],
    ['PDF prefix without the dash', Buffer.from('%PDF1.4')],
    ['truncated PNG signature', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a])],
    ['GIF', Buffer.from('GIF89a......')],
    ['ZIP / DOCX', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0])],
    ['HTML pretending', Buffer.from('<html><script>alert(1)</script>')],
  ])('should refuse %s', (_n, isi) => {
    expect(kenaliBerkas(isi)).toBeNull();
  });
});

describe('bersihkanNamaFile / labelJenis', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\warga\\KTP.pdf', 'KTP.pdf'],
    ['a\u0000b\nc.pdf', 'abc.pdf'],
    ['', 'berkas'],
    [undefined, 'berkas'],
    ['"<x>".png', 'x.png'],
  ])('should clean %j to %j', (masuk, keluar) => {
    expect(bersihkanNamaFile(masuk)).toBe(keluar);
  });
  it('should keep at most 200 characters, keeping the extension', () => {
    const n = bersihkanNamaFile(`${'a'.repeat(300)}.pdf`);
    expect(n).toHaveLength(200);
    expect(n.endsWith('.pdf')).toBe(true);
  });
  it('should list the accepted kinds', () => {
    expect(labelJenis(['pdf', 'jpeg', 'png'])).toBe('PDF/JPEG/PNG');
    expect(labelJenis(['jpeg', 'png'])).toBe('JPEG/PNG');
  });
});

describe('bacaMultipart', () => {
  let app: FastifyInstance;
  const MAKS = 1024;
  beforeAll(async () => {
    app = Fastify();
    await app.register(errorsPlugin);
    await app.register(multipart, { limits: { fileSize: 10 * 1024 * 1024, files: 1 } });
    app.post('/uji', async (req) => {
      const izinkan = ((req.query as { izinkan?: string }).izinkan ?? 'pdf,jpeg,png').split(',') as JenisBerkas[];
      const { fields, files } = await bacaMultipart(req, { maksByte: MAKS, maksBerkas: 3, izinkan });
      return { fields, files: files.map((f) => ({ field: f.field, namaFile: f.namaFile, jenis: f.jenis, mime: f.mime, ukuran: f.isi.length })) };
    });
    await app.ready();
  });
  afterAll(async () => { await app.close(); });

  const kirim = (body: ReturnType<typeof bentukMultipart>, query = '') =>
    app.inject({ method: 'POST', url: `/uji${query}`, payload: body.payload, headers: body.headers });

  it('should return text fields and several files (two under one field) recognised by content', async () => {
    const res = await kirim(bentukMultipart({ data: '{"a":1}', catatan: 'halo' }, [
      { field: 'berkas.ktp', namaFile: 'ktp.pdf', isi: contohPdf() },
      { field: 'berkas.foto', namaFile: 'hal1.JPG', isi: contohJpeg() },
      { field: 'berkas.foto', namaFile: 'hal2', isi: contohPng() },
    ]));
    expect(res.statusCode).toBe(200);
    const b = res.json();
    expect(b.fields).toEqual({ data: '{"a":1}', catatan: 'halo' });
    expect(b.files).toEqual([
      { field: 'berkas.ktp', namaFile: 'ktp.pdf', jenis: 'pdf', mime: 'application/pdf', ukuran: contohPdf().length },
      { field: 'berkas.foto', namaFile: 'hal1.JPG', jenis: 'jpeg', mime: 'image/jpeg', ukuran: 64 },
      { field: 'berkas.foto', namaFile: 'hal2', jenis: 'png', mime: 'image/png', ukuran: 64 },
    ]);
  });

  it('should accept a file of exactly the size limit', async () => {
    const res = await kirim(bentukMultipart({}, [{ field: 'f', namaFile: 'a.png', isi: contohPng(MAKS) }]));
    expect(res.statusCode).toBe(200);
    expect(res.json().files[0].ukuran).toBe(MAKS);
  });

  it('should refuse a file whose content is not what its extension says, naming the field', async () => {
    const res = await kirim(bentukMultipart({}, [
      { field: 'berkas.ktp', namaFile: 'ktp.pdf', isi: Buffer.from('MZ\x90\x00 this is an exe'), tipe: 'application/pdf' },
    ]));
    expect(res.statusCode).toBe(400);
    const p = res.json();
    expect(p.code).toBe('BERKAS_TIDAK_VALID');
    expect(p.errors).toEqual([{ field: 'berkas.ktp', message: 'Berkas bukan PDF/JPEG/PNG (isi tidak sesuai ekstensi)' }]);
  });

  it('should refuse a real PNG named .pdf (content and extension disagree)', async () => {
    const res = await kirim(bentukMultipart({}, [{ field: 'berkas.kk', namaFile: 'kk.pdf', isi: contohPng() }]));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ field: 'berkas.kk', message: expect.stringMatching(/PNG, tidak sesuai ekstensi \.pdf/) });
  });

  it('should refuse a kind the caller does not allow (PDF where only photos are)', async () => {
    const res = await kirim(bentukMultipart({}, [{ field: 'foto', namaFile: 'a.pdf', isi: contohPdf() }]), '?izinkan=jpeg,png');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ field: 'foto', message: 'Berkas bukan JPEG/PNG (isi tidak sesuai ekstensi)' }]);
  });

  it('should refuse an empty file', async () => {
    const res = await kirim(bentukMultipart({}, [{ field: 'berkas.ktp', namaFile: 'ktp.pdf', isi: Buffer.alloc(0) }]));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toEqual({ field: 'berkas.ktp', message: 'Berkas "ktp.pdf" kosong' });
  });

  it('should answer 413 naming every oversized file, and also list a bad one sent with it', async () => {
    const res = await kirim(bentukMultipart({}, [
      { field: 'berkas.a', namaFile: 'a.pdf', isi: Buffer.concat([contohPdf(), Buffer.alloc(MAKS)]) },
      { field: 'berkas.b', namaFile: 'b.pdf', isi: Buffer.from('bukan pdf') },
    ]));
    expect(res.statusCode).toBe(413);
    const p = res.json();
    expect(p.code).toBe('BERKAS_TERLALU_BESAR');
    expect(p.errors.map((e: { field: string }) => e.field)).toEqual(['berkas.a', 'berkas.b']);
    expect(p.errors[0].message).toMatch(/melebihi batas 1 KB/);
  });

  it('should refuse more files than allowed', async () => {
    const res = await kirim(bentukMultipart({}, [1, 2, 3, 4].map((i) => ({ field: `f${i}`, namaFile: `${i}.png`, isi: contohPng() }))));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'BERKAS_TERLALU_BANYAK', errors: [{ field: 'berkas' }] });
  });

  it('should refuse a request that is not multipart', async () => {
    const res = await app.inject({ method: 'POST', url: '/uji', payload: { a: 1 } });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('UNGGAHAN_BUKAN_MULTIPART');
  });
});

describe('createPenyimpanan', () => {
  let dir: string;
  let luar: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'sikap-unggah-'));
    luar = mkdtempSync(path.join(os.tmpdir(), 'sikap-luar-'));
    writeFileSync(path.join(luar, 'rahasia.txt'), 'jangan dibaca');
  });
  afterAll(() => { rmSync(dir, { recursive: true, force: true }); rmSync(luar, { recursive: true, force: true }); });
  const baca = (s: NodeJS.ReadableStream) => new Promise<Buffer>((ok, gagal) => {
    const c: Buffer[] = [];
    s.on('data', (d: Buffer) => c.push(d)).on('end', () => ok(Buffer.concat(c))).on('error', gagal);
  });

  it('should write under <awalan>/<yyyy>/<mm>/ (WIB month) with a random name, hash and size, leaving no temp file', async () => {
    const p = createPenyimpanan(dir);
    const isi = contohPdf();
    // 31 Dec 2026 20:00 UTC = 1 Jan 2027 03:00 WIB
    const s = await p.simpan(isi, { awalan: 'permohonan', jenis: 'pdf', now: new Date('2026-12-31T20:00:00Z') });
    expect(s.path).toMatch(/^permohonan\/2027\/01\/[0-9a-f]{32}\.pdf$/);
    expect(s.ukuran).toBe(isi.length);
    expect(s.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(readFileSync(path.join(dir, s.path))).toEqual(isi);
    expect(readdirSync(path.join(dir, 'permohonan/2027/01'))).toHaveLength(1);
    expect(await baca(p.buka(s.path))).toEqual(isi);
    const j = await p.simpan(contohJpeg(), { awalan: 'pengaduan', jenis: 'jpeg' });
    expect(j.path).toMatch(/\.jpg$/);
    await p.hapus(s.path);
    expect(existsSync(path.join(dir, s.path))).toBe(false);
    await p.hapus(s.path); // missing: ignored
  });

  it('should refuse an unsafe awalan', async () => {
    await expect(createPenyimpanan(dir).simpan(contohPdf(), { awalan: '../x', jenis: 'pdf' })).rejects.toThrow(/awalan/);
  });

  it.each([
    '../' + 'x',
    '/etc/passwd',
    'permohonan/../../x',
    'permohonan/./a.pdf',
    'a\\..\\b',
    'a\u0000b',
    '',
    'tidak-ada/2026/01/abc.pdf',
  ])('should refuse to open %j (outside the folder or missing) with 404', (rel) => {
    expect(() => createPenyimpanan(dir).buka(rel)).toThrow(expect.objectContaining({ code: 'BERKAS_TIDAK_DITEMUKAN', status: 404 }));
  });

  it('should refuse a relative path that climbs out through the folder name', () => {
    const nama = path.basename(luar);
    expect(() => createPenyimpanan(dir).buka(`../${nama}/rahasia.txt`)).toThrow(/tidak ditemukan/);
  });

  it('should not delete files outside the folder', async () => {
    const nama = path.basename(luar);
    await createPenyimpanan(dir).hapus(`../${nama}/rahasia.txt`);
    expect(existsSync(path.join(luar, 'rahasia.txt'))).toBe(true);
  });
});

describe('headerUnduhan', () => {
  it('should send attachment, nosniff, no-store and an encoded file name', () => {
    const h = headerUnduhan({ namaFile: 'Surat "Kehilangan" ñ.pdf', mime: 'application/pdf', ukuran: 10 });
    expect(h['content-disposition']).toBe(`attachment; filename="Surat Kehilangan _.pdf"; filename*=UTF-8''Surat%20Kehilangan%20%C3%B1.pdf`);
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['cache-control']).toBe('private, no-store');
    expect(h['content-length']).toBe('10');
    expect(headerUnduhan({ namaFile: 'a.png', mime: 'image/png', inline: true })['content-disposition']).toMatch(/^inline;/);
  });
});
