import type { z } from 'zod';
import type {
  Open311DiscoverySchema, Open311Request, Open311ServiceDefinitionSchema, Open311ServiceSchema,
} from '../../../contracts/pengaduan.ts';
import {
  STATUS_PENGADUAN, batasAktif, catatanStatusOpen311, isoWib, statusOpen311, teksWaktuWib, type StatusPengaduan,
} from '../../../domain/layanan/pengaduan.ts';
import { waktuWib } from '../../../domain/shared/hari-kerja.ts';
import { normalisasiTelepon } from '../../../domain/shared/telepon.ts';
import type { FieldError } from '../../lib/app-error.ts';
import { hashToken } from '../../plugins/auth.ts';
import type { LayananDeps } from './layanan.deps.ts';
import { Open311Errors as E } from './layanan.open311.errors.ts';
import * as repo from './layanan.pengaduan.repository.ts';
import type { IntiPengaduan } from './layanan.pengaduan.service.ts';

/**
 * Open311 GeoReport v2 (wiki.open311.org/GeoReport_v2; pelayanan.md §4.1) over the complaint module:
 * categories are the services, complaints the service requests (service_request_id = the PG- nomor).
 * Internal statuses map to open/closed with Indonesian `status_notes` (src/domain/layanan/pengaduan.ts).
 *
 * Never exposes the reporter: no name, phone or email in any response; for a confidential (`rahasia`)
 * report the address and coordinates are withheld too. POST requires an `api_key` of an active client
 * (admin menu, stored as sha256); the created complaint has `sumber = 'open311'` and goes through the
 * same checks and the same LAPOR! workflow as one from the portal.
 */

/** The jurisdiction this server answers for (the city's domain). */
export const JURISDICTION_ID = 'tanjungbalaikota.go.id';
/** Most requests in one GET (the spec's "1000 most recent"). */
export const MAKS_REQUESTS = 1000;
/** Default window of GET requests.json without dates (the spec's "last 90 days"). */
export const HARI_BAWAAN = 90;
const HARI_MS = 86_400_000;
const CHANGESET = '2026-12-01T00:00:00+07:00';

/** Field names of the shared complaint checks → their Open311 parameter names. */
const NAMA_OPEN311: Record<string, string> = {
  kategoriKode: 'service_code', lat: 'lat', lng: 'long', kelurahanKode: 'address_id', 'pelapor.telepon': 'phone',
  'pelapor.email': 'email', 'pelapor.nama': 'first_name', alamat: 'address_string', isi: 'description',
};

const galat = (field: string, message: string): FieldError[] => [{ field, message }];
const salah = (field: string, message: string) => E.PARAMETER_TIDAK_VALID(`${field}: ${message}`, galat(field, message));

/** A text parameter of a form or JSON body ('' and non-strings count as absent). */
function teks(body: Record<string, unknown>, k: string): string | undefined {
  const v = body[k];
  const s = typeof v === 'string' ? v.trim() : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined;
  return s ? s : undefined;
}

function angka(body: Record<string, unknown>, k: string): number | undefined {
  const s = teks(body, k);
  if (s === undefined) return undefined;
  const n = Number(s);
  if (!/^-?\d+(\.\d+)?$/.test(s) || !Number.isFinite(n)) throw salah(k, 'harus berupa angka desimal (WGS84).');
  return n;
}

/**
 * A start_date / end_date: ISO 8601 (`2026-11-30T07:50:00+07:00`, `…Z`; without an offset it is read as
 * WIB) or a bare date (`2026-11-30`: the WIB day's start, or its end for end_date).
 */
export function bacaTanggalOpen311(nama: string, s: string, akhirHari: boolean): Date {
  const ymd = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  // A real calendar date (JavaScript would roll 2026-02-30 over to March).
  if (!ymd || new Date(Date.UTC(+ymd[1]!, +ymd[2]! - 1, +ymd[3]!)).toISOString().slice(0, 10) !== ymd[0]) {
    throw salah(nama, 'harus tanggal ISO 8601, misalnya 2026-11-30T07:50:00+07:00.');
  }
  if (s.length === 10) {
    const awal = waktuWib(s, '00:00');
    return akhirHari ? new Date(awal.getTime() + HARI_MS - 1) : awal;
  }
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}:?\d{2})?$/.exec(s);
  const d = m ? new Date(`${m[1]}${m[2] ? m[2].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2') : '+07:00'}`) : null;
  if (!d || Number.isNaN(d.getTime())) throw salah(nama, 'harus tanggal ISO 8601, misalnya 2026-11-30T07:50:00+07:00.');
  return d;
}

function bilanganBulat(nama: string, s: string | undefined, bawaan: number, maks: number): number {
  if (s === undefined) return bawaan;
  if (!/^\d{1,7}$/.test(s) || Number(s) < 1 || Number(s) > maks) throw salah(nama, `harus bilangan bulat 1–${maks}.`);
  return Number(s);
}

const pisah = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);
const potong = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);
const POLA_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function createOpen311Service(deps: LayananDeps, inti: IntiPengaduan) {
  const { db } = deps;

  function periksaYurisdiksi(j: string | undefined) {
    if (j === undefined) return;
    const host = deps.publicUrl ? new URL(deps.publicUrl).host : null;
    if (j !== JURISDICTION_ID && j !== host) throw E.YURISDIKSI_TIDAK_DIKENAL();
  }

  /** Rows → GeoReport v2 service requests (no reporter identity; location withheld when confidential). */
  async function keRequests(rows: repo.PengaduanRow[], now: Date): Promise<Open311Request[]> {
    if (!rows.length) return [];
    const [kategori, units, kelurahan, tanggapan] = await Promise.all([
      repo.listKategori(db), inti.namaUnit(rows.map((r) => r.unitId)), inti.kelurahanKota(), repo.tanggapanTerakhir(db, rows.map((r) => r.id)),
    ]);
    const kat = new Map(kategori.map((k) => [k.id, k]));
    return rows.map((r) => {
      const k = kat.get(r.kategoriId);
      const unit = r.unitId != null ? units.get(r.unitId) ?? null : null;
      const b = batasAktif(r, now);
      const rahasia = r.rahasia;
      return {
        service_request_id: r.nomor,
        status: statusOpen311(r.status),
        status_notes: catatanStatusOpen311({ status: r.status, unitNama: unit, hasil: r.hasil, tanggapan: tanggapan.get(r.id) ?? null }),
        service_name: k?.nama ?? '',
        service_code: k?.kode ?? '',
        description: r.sumber === 'open311' ? r.isi : `${r.judul}\n\n${r.isi}`,
        agency_responsible: unit,
        service_notice: null,
        requested_datetime: isoWib(r.createdAt),
        updated_datetime: isoWib(r.updatedAt),
        expected_datetime: b && b.jenis !== 'tutup_otomatis' ? isoWib(b.batas) : null,
        address: rahasia ? null : r.alamat ?? (r.kelurahanKode ? kelurahan.get(r.kelurahanKode) ?? null : null),
        address_id: rahasia ? null : r.kelurahanKode,
        zipcode: null,
        lat: rahasia ? null : r.lat,
        long: rahasia ? null : r.lng,
        media_url: null,
      };
    });
  }

  return {
    /** GET /open311/v2/discovery.json */
    discovery(): z.infer<typeof Open311DiscoverySchema> {
      return {
        changeset: CHANGESET,
        contact: 'Koordinator pengaduan Pemerintah Kota Tanjungbalai (SIKAP)',
        key_service: 'Kunci API (api_key) diberikan oleh admin SIKAP: menu Admin → Pengaduan → Klien Open311.',
        endpoints: [{
          specification: 'http://wiki.open311.org/GeoReport_v2', url: `${deps.publicUrl ?? ''}/open311/v2`, changeset: CHANGESET,
          type: 'production', formats: ['application/json'],
        }],
      };
    },

    /** GET /open311/v2/services.json: the active complaint categories. */
    async services(q: { jurisdiction_id?: string } = {}): Promise<Array<z.infer<typeof Open311ServiceSchema>>> {
      periksaYurisdiksi(q.jurisdiction_id);
      const rows = await repo.listKategori(db, { aktifSaja: true });
      return rows.map((r) => ({
        service_code: r.kode, service_name: r.nama, description: r.deskripsi ?? r.nama, metadata: false, type: 'realtime' as const,
        keywords: r.kataKunci ?? '', group: r.grup ?? 'Umum',
      }));
    },

    /** GET /open311/v2/services/{code}.json: no extra attributes (metadata false). @throws SERVICE_TIDAK_DITEMUKAN (404) */
    async serviceDefinition(code: string, q: { jurisdiction_id?: string } = {}): Promise<z.infer<typeof Open311ServiceDefinitionSchema>> {
      periksaYurisdiksi(q.jurisdiction_id);
      const k = await repo.findKategoriByKode(db, code);
      if (!k || !k.aktif) throw E.SERVICE_TIDAK_DITEMUKAN(`service_code "${potong(code, 64)}" tidak ditemukan.`);
      return { service_code: k.kode, attributes: [] };
    },

    /**
     * GET /open311/v2/requests.json. `service_request_id` (comma list) overrides every other filter;
     * otherwise `service_code` (comma list), `start_date`/`end_date` (ISO 8601), `status` (open, closed,
     * or both), and the page/page_size extension (page_size ≤ 1000). Without dates: the last 90 days.
     * Newest first. @throws PARAMETER_TIDAK_VALID | LAYANAN_TIDAK_DIKENAL (400) | YURISDIKSI_TIDAK_DIKENAL (404)
     */
    async requests(q: Record<string, string | undefined>, o: { now?: Date } = {}): Promise<Open311Request[]> {
      const now = o.now ?? new Date();
      periksaYurisdiksi(q.jurisdiction_id);
      if (q.service_request_id !== undefined) {
        const ids = pisah(q.service_request_id).map((x) => x.toUpperCase()).slice(0, MAKS_REQUESTS);
        return keRequests(await repo.findPengaduanByNomors(db, ids), now);
      }
      let kategoriIds: number[] | undefined;
      if (q.service_code !== undefined) {
        const kodes = pisah(q.service_code);
        const kats = await repo.findKategoriByKodes(db, kodes);
        const asing = kodes.filter((k) => !kats.some((x) => x.kode === k));
        if (asing.length) throw E.LAYANAN_TIDAK_DIKENAL(`service_code tidak dikenal: ${potong(asing.join(', '), 200)}.`, galat('service_code', 'tidak dikenal'));
        kategoriIds = kats.map((k) => k.id);
      }
      let dari = q.start_date ? bacaTanggalOpen311('start_date', q.start_date, false) : undefined;
      const sampai = q.end_date ? bacaTanggalOpen311('end_date', q.end_date, true) : undefined;
      if (!dari && !sampai) dari = new Date(now.getTime() - HARI_BAWAAN * HARI_MS);
      if (dari && sampai && dari > sampai) throw salah('start_date', 'harus sebelum end_date.');
      let status: StatusPengaduan[] | undefined;
      if (q.status !== undefined) {
        const s = pisah(q.status.toLowerCase());
        if (!s.length || s.some((x) => x !== 'open' && x !== 'closed')) throw salah('status', 'harus open atau closed.');
        status = STATUS_PENGADUAN.filter((x) => s.includes(statusOpen311(x)));
      }
      const pageSize = bilanganBulat('page_size', q.page_size, MAKS_REQUESTS, MAKS_REQUESTS);
      const page = bilanganBulat('page', q.page, 1, 1_000_000);
      const rows = await repo.listOpen311(db, { kategoriIds, dari, sampai, status, batas: pageSize, offset: (page - 1) * pageSize });
      return keRequests(rows, now);
    },

    /** GET /open311/v2/requests/{id}.json → a one-element list. @throws REQUEST_TIDAK_DITEMUKAN (404) */
    async request(id: string, q: { jurisdiction_id?: string } = {}, o: { now?: Date } = {}): Promise<Open311Request[]> {
      periksaYurisdiksi(q.jurisdiction_id);
      const rows = await repo.findPengaduanByNomors(db, [id.trim().toUpperCase()]);
      if (!rows.length) throw E.REQUEST_TIDAK_DITEMUKAN(`service_request_id "${potong(id, 40)}" tidak ditemukan.`);
      return keRequests(rows, o.now ?? new Date());
    },

    /**
     * POST /open311/v2/requests.json (form-urlencoded, JSON or multipart fields): creates a complaint.
     * Required: api_key (403 otherwise), service_code, and a location — lat + long (inside the city),
     * address_string, or address_id (a kelurahan code, else kept as text). Optional: description,
     * first_name, last_name, email, phone (notifications), device_id/account_id (ignored), media_url
     * (ignored: photos are uploaded on the portal). Without name, email and phone the report is anonymous.
     * @returns `[{ service_request_id, service_notice, account_id: null }]`; the notice carries the
     *   verification deadline and the private access code for the portal's tracking page (this answer
     *   only, never in GET).
     * @throws KUNCI_API_TIDAK_SAH (403) | PARAMETER_TIDAK_VALID / LAYANAN_TIDAK_DIKENAL (400) | YURISDIKSI_TIDAK_DIKENAL (404)
     */
    async buat(body: Record<string, unknown>, o: { now?: Date } = {}) {
      const now = o.now ?? new Date();
      const kunci = teks(body, 'api_key');
      const klien = kunci ? await repo.findKlienAktifByHash(db, hashToken(kunci)) : null;
      if (!klien) throw E.KUNCI_API_TIDAK_SAH();
      periksaYurisdiksi(teks(body, 'jurisdiction_id'));
      const serviceCode = teks(body, 'service_code');
      if (!serviceCode) throw salah('service_code', 'wajib diisi.');
      const lat = angka(body, 'lat');
      const lng = angka(body, 'long');
      if ((lat === undefined) !== (lng === undefined)) throw salah(lat === undefined ? 'lat' : 'long', 'lat dan long harus dikirim bersama.');
      const alamatTeks = teks(body, 'address_string');
      const addressId = teks(body, 'address_id');
      if (lat === undefined && !alamatTeks && !addressId) {
        throw salah('lat', 'lokasi wajib: lat dan long, address_string, atau address_id.');
      }
      const deskripsi = teks(body, 'description') ?? '';
      if (deskripsi.length > 5000) throw salah('description', 'maksimal 5.000 karakter.');
      if (alamatTeks && alamatTeks.length > 300) throw salah('address_string', 'maksimal 300 karakter.');
      const nama = [teks(body, 'first_name'), teks(body, 'last_name')].filter(Boolean).join(' ');
      if (nama.length > 100) throw salah('first_name', 'nama maksimal 100 karakter.');
      const email = teks(body, 'email');
      if (email && (email.length > 200 || !POLA_EMAIL.test(email))) throw salah('email', 'alamat email tidak valid.');
      const phone = teks(body, 'phone');
      if (phone && !normalisasiTelepon(phone)) throw salah('phone', 'nomor HP Indonesia tidak valid.');
      const kelurahan = addressId ? await inti.kelurahanKota() : null;
      const kelurahanKode = addressId && kelurahan?.has(addressId) ? addressId : undefined;
      const anonim = !nama && !email && !phone;
      const cek = await inti.periksaLaporan({
        klasifikasi: 'pengaduan', kategoriKode: serviceCode, judul: 'Open311', isi: deskripsi, anonim, rahasia: false,
        pelapor: anonim ? undefined : { nama: nama || 'Pelapor Open311', telepon: phone, email },
        kelurahanKode,
        alamat: alamatTeks ?? (addressId && !kelurahanKode ? `ID alamat: ${addressId}` : undefined),
        lat, lng, persetujuan: true,
      });
      if (!cek.laporan) {
        const pertama = cek.errors[0]!;
        const nama311 = NAMA_OPEN311[pertama.field] ?? pertama.field;
        if (pertama.field === 'kategoriKode') throw E.LAYANAN_TIDAK_DIKENAL(`service_code tidak dikenal: ${potong(serviceCode, 64)}.`, galat('service_code', 'tidak dikenal'));
        throw salah(nama311, cek.errors.map((e) => e.message).join(' '));
      }
      const l = cek.laporan;
      l.judul = deskripsi ? potong(deskripsi.replace(/\s+/g, ' '), 80) : `${l.kategori.nama} (melalui ${klien.nama})`;
      l.isi = deskripsi || `Laporan ${l.kategori.nama} melalui ${klien.nama}, tanpa uraian.`;
      const { row, kodeAkses } = await inti.simpanLaporan(l, [], { now, sumber: 'open311', open311KlienId: klien.id });
      await repo.sentuhKlien(db, klien.id, now);
      return [{
        service_request_id: row.nomor,
        service_notice: `Laporan ${row.nomor} diterima dan akan diverifikasi paling lambat ${teksWaktuWib(row.batasVerifikasi)}. `
          + `Kode akses untuk melacak di ${deps.publicUrl ?? ''}/pengaduan/lacak: ${kodeAkses}`,
        account_id: null,
      }];
    },
  };
}
export type Open311Service = ReturnType<typeof createOpen311Service>;
