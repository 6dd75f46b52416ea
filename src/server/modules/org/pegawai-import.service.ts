import { inArray, sql } from 'drizzle-orm';
import type { ImporBarisError, ImporHasil, ImporPeriksa } from '../../../contracts/pegawai-import.ts';
import {
  kunciKolom,
  validatePegawaiRows,
  type HasilValidasiPegawai,
  type KonteksValidasi,
  type PegawaiImporBaris,
} from '../../../domain/org/pegawai-row.ts';
import { normalizeNip } from '../../../domain/org/nip.ts';
import { queryRows, type Db, type DbOrTx } from '../../db/client.ts';
import type { TabularData, TabularFileError } from '../../lib/tabular-file.ts';
import { recordAudit } from '../audit/index.ts';
import { ImporTidakValidError } from './pegawai-import.errors.ts';

export { ImporTidakValidError };
import { jabatan, pegawai, unitOrganisasi } from './org.table.ts';

/** Rows per multi-row statement: 16 columns × 1,000 rows stays far below PostgreSQL's 65,535 parameters. */
const BATCH = 1000;

/** Today in Asia/Jakarta as `YYYY-MM-DD` (birth dates and TMT after it are rejected). */
export function hariIniJakarta(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * Turns a `readTabularFile`/`readTabularBuffer` error that is really a header problem (`HEADER_GANDA`: two header
 * cells with the same text) into a row error on the header row, so it is reported like every other bad cell.
 *
 * @returns the row error, or null when the error means the file cannot be read at all
 */
export function errorHeaderDariTabular(e: TabularFileError): ImporBarisError | null {
  if (e.code !== 'HEADER_GANDA') return null;
  const kolom = /"([^"]+)"/.exec(e.message)?.[1] ?? '(baris judul)';
  return { baris: 1, kolom, nilai: null, pesan: e.message };
}

const chunks = <T>(xs: readonly T[], n = BATCH): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
};

type UnitRow = { id: number; kode: string; nama: string; aktif: boolean };
type JabatanRow = { id: number; unitId: number; nama: string; jenis: string; jenjang: string | null };
const kunciJabatan = (unitId: number | string, nama: string) => `${unitId}\u0000${nama.toLowerCase()}`;

/**
 * Import of pegawai (ASN) from a CSV/XLSX table: validation of every row first, then one transaction that upserts
 * by NIP. File format and row rules: `src/domain/org/pegawai-row.ts` (kinerja.md §5.2–5.4).
 */
export function createPegawaiImportService(db: Db) {
  /**
   * Reads what validation needs from the database: every unit (for `Kode Unit`, matched by kode, then by exact
   * name), every jabatan (for kind consistency) and which `NIP Atasan` values are registered.
   */
  async function muatKonteks(q: DbOrTx, tabel: TabularData, hariIni: string) {
    const units: UnitRow[] = await q
      .select({ id: unitOrganisasi.id, kode: unitOrganisasi.kode, nama: unitOrganisasi.nama, aktif: unitOrganisasi.aktif })
      .from(unitOrganisasi);
    const byKode = new Map(units.map((u) => [u.kode.trim().toLowerCase(), u]));
    const byNama = new Map<string, UnitRow[]>();
    for (const u of units) {
      const k = u.nama.trim().toLowerCase().replace(/\s+/g, ' ');
      byNama.set(k, [...(byNama.get(k) ?? []), u]);
    }
    const cariUnitRow = (nilai: string): UnitRow | { pesan: string } => {
      const k = nilai.trim().toLowerCase().replace(/\s+/g, ' ');
      let u = byKode.get(k);
      if (!u) {
        const cocok = byNama.get(k) ?? [];
        if (cocok.length > 1) {
          return { pesan: `Nama unit "${nilai}" cocok dengan ${cocok.length} unit (${cocok.map((c) => c.kode).join(', ')}); tulis kode unitnya` };
        }
        u = cocok[0];
      }
      if (!u) return { pesan: `Kode unit "${nilai}" tidak terdaftar; lihat kode di menu Organisasi` };
      if (!u.aktif) return { pesan: `Unit ${u.kode} (${u.nama}) tidak aktif` };
      return u;
    };

    const jabatanRows: JabatanRow[] = await q
      .select({ id: jabatan.id, unitId: jabatan.unitId, nama: jabatan.nama, jenis: jabatan.jenis, jenjang: jabatan.jenjang })
      .from(jabatan)
      .orderBy(jabatan.id);
    const jabatanAda = new Map<string, JabatanRow>();
    for (const j of jabatanRows) {
      const k = kunciJabatan(j.unitId, j.nama.trim().replace(/\s+/g, ' '));
      if (!jabatanAda.has(k)) jabatanAda.set(k, j);
    }

    // Only the NIP Atasan values of this file are looked up.
    const kolomAtasan = tabel.header.find((h) => kunciKolom(h) === 'nipAtasan');
    const atasan = new Set<string>();
    if (kolomAtasan) {
      for (const r of tabel.rows) {
        const v = r[kolomAtasan];
        if (v) atasan.add(normalizeNip(v));
      }
    }
    const nipTerdaftar = new Set<string>();
    for (const c of chunks([...atasan].filter((n) => /^\d{18}$/.test(n)), 5000)) {
      const found = await q.select({ nip: pegawai.nip }).from(pegawai).where(inArray(pegawai.nip, c));
      for (const f of found) nipTerdaftar.add(f.nip);
    }

    const konteks: KonteksValidasi = {
      hariIni,
      cariUnit: (nilai) => {
        const u = cariUnitRow(nilai);
        return 'pesan' in u ? u : { kunci: String(u.id) };
      },
      cekJabatan: ({ kunciUnit, jabatan: nama, jenis, jenjang }) => {
        const j = jabatanAda.get(kunciJabatan(kunciUnit, nama));
        if (!j || (j.jenis === jenis && (j.jenjang ?? null) === jenjang)) return null;
        const terdaftar = `${j.jenis}${j.jenjang ? ' ' + j.jenjang : ''}`;
        return `Jabatan "${j.nama}" di unit ini sudah terdaftar sebagai ${terdaftar}; samakan Jenis Jabatan/Jenjang atau ubah jabatan di menu Organisasi`;
      },
      nipTerdaftar: (nip) => nipTerdaftar.has(nip),
    };
    return { konteks, cariUnitRow, jabatanAda };
  }

  async function validasi(q: DbOrTx, tabel: TabularData, now: Date) {
    const ctx = await muatKonteks(q, tabel, hariIniJakarta(now));
    const hasil = validatePegawaiRows({ rows: tabel.rows, firstDataRow: tabel.firstDataRow, header: tabel.header }, ctx.konteks);
    return { hasil, ctx };
  }

  /**
   * Checks a table without saving anything (`POST /org/pegawai/impor/periksa`): every row, including the database
   * facts (unit exists and is active, jabatan kind matches the stored one, NIP Atasan registered or in the file).
   *
   * @param tabel  the file as read by `readTabularFile`/`readTabularBuffer`
   * @param opts.now  clock for "today" (Asia/Jakarta)
   * @returns `{ valid, jumlahBaris, errors: [{ baris, kolom, nilai, pesan }], kolomDiabaikan }`
   */
  async function periksa(tabel: TabularData, opts: { now?: Date } = {}): Promise<ImporPeriksa> {
    const { hasil } = await validasi(db, tabel, opts.now ?? new Date());
    return ringkas(hasil);
  }

  /**
   * Imports a table (`POST /org/pegawai/impor`, `sikap import pegawai FILE`) in ONE transaction:
   * validate every row (as {@link periksa}); if any error, throw and save nothing. Otherwise create the missing
   * jabatan (by name within the unit), upsert pegawai by NIP (insert new, update existing — never a duplicate),
   * then set `atasan_override_id` from `NIP Atasan` (blank cell clears it), and write one audit entry with counts.
   *
   * An optional column that is absent from the header (Gelar Depan/Belakang, NIP Atasan, Email, Telepon) leaves the
   * stored value of existing pegawai untouched; present but blank sets it to null. `aktif` is not changed.
   * Imports are serialised with a transaction-scoped advisory lock so two uploads cannot create the same jabatan.
   *
   * @param tabel  the file as read by `readTabularFile`/`readTabularBuffer`
   * @param opts.akunId     the acting account (null from the CLI)
   * @param opts.namaBerkas file name, for the audit log
   * @returns `{ dibuat, diperbarui, jabatanDibuat }`
   * @throws ImporTidakValidError (`IMPOR_TIDAK_VALID`, 400) carrying every row error
   */
  async function impor(
    tabel: TabularData,
    opts: { akunId: number | null; namaBerkas?: string; now?: Date },
  ): Promise<ImporHasil> {
    const now = opts.now ?? new Date();
    return db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext('sikap.impor_pegawai'))`);
      const { hasil, ctx } = await validasi(tx, tabel, now);
      if (!hasil.valid) throw new ImporTidakValidError(hasil.errors);
      const rows = hasil.rows;

      // Units and jabatan.
      const unitId = (r: PegawaiImporBaris) => (ctx.cariUnitRow(r.kodeUnit) as UnitRow).id;
      const baru = new Map<string, { unitId: number; nama: string; jenis: PegawaiImporBaris['jenisJabatan']; jenjang: string | null }>();
      for (const r of rows) {
        const k = kunciJabatan(unitId(r), r.jabatan);
        if (!ctx.jabatanAda.has(k) && !baru.has(k)) baru.set(k, { unitId: unitId(r), nama: r.jabatan, jenis: r.jenisJabatan, jenjang: r.jenjang });
      }
      const jabatanId = new Map<string, number>([...ctx.jabatanAda].map(([k, j]) => [k, j.id]));
      for (const c of chunks([...baru.values()])) {
        const created = await tx.insert(jabatan).values(c).returning({ id: jabatan.id, unitId: jabatan.unitId, nama: jabatan.nama });
        for (const j of created) jabatanId.set(kunciJabatan(j.unitId, j.nama), j.id);
      }

      // Which NIPs exist already (for the counts).
      const nips = rows.map((r) => r.nip);
      const sudahAda = new Set<string>();
      for (const c of chunks(nips, 5000)) {
        for (const p of await tx.select({ nip: pegawai.nip }).from(pegawai).where(inArray(pegawai.nip, c))) sudahAda.add(p.nip);
      }

      // Upsert by NIP. Optional columns absent from the header are not overwritten on update.
      const ada = hasil.kolomAda;
      const set: Record<string, ReturnType<typeof sql>> = {
        nama: sql`excluded.nama`,
        jenisAsn: sql`excluded.jenis_asn`,
        jenisKelamin: sql`excluded.jenis_kelamin`,
        tanggalLahir: sql`excluded.tanggal_lahir`,
        golongan: sql`excluded.golongan`,
        tmtCpns: sql`excluded.tmt_cpns`,
        unitId: sql`excluded.unit_id`,
        jabatanId: sql`excluded.jabatan_id`,
        updatedAt: sql`now()`,
      };
      if (ada.has('gelarDepan')) set.gelarDepan = sql`excluded.gelar_depan`;
      if (ada.has('gelarBelakang')) set.gelarBelakang = sql`excluded.gelar_belakang`;
      if (ada.has('email')) set.email = sql`excluded.email`;
      if (ada.has('telepon')) set.telepon = sql`excluded.telepon`;
      const idDariNip = new Map<string, number>();
      for (const c of chunks(rows)) {
        const saved = await tx
          .insert(pegawai)
          .values(c.map((r) => ({
            nip: r.nip,
            jenisAsn: r.jenisAsn,
            nama: r.nama,
            gelarDepan: r.gelarDepan,
            gelarBelakang: r.gelarBelakang,
            jenisKelamin: r.jenisKelamin,
            tanggalLahir: r.tanggalLahir,
            golongan: r.golongan,
            tmtCpns: r.tmtCpns,
            jabatanId: jabatanId.get(kunciJabatan(unitId(r), r.jabatan))!,
            unitId: unitId(r),
            email: r.email,
            telepon: r.telepon,
          })))
          .onConflictDoUpdate({ target: pegawai.nip, set })
          .returning({ id: pegawai.id, nip: pegawai.nip });
        for (const p of saved) idDariNip.set(p.nip, p.id);
      }

      // Atasan overrides, once every pegawai of the file exists.
      if (ada.has('nipAtasan')) {
        const luar = [...new Set(rows.flatMap((r) => (r.nipAtasan && !idDariNip.has(r.nipAtasan) ? [r.nipAtasan] : [])))];
        for (const c of chunks(luar, 5000)) {
          for (const p of await tx.select({ id: pegawai.id, nip: pegawai.nip }).from(pegawai).where(inArray(pegawai.nip, c))) idDariNip.set(p.nip, p.id);
        }
        for (const c of chunks(rows)) {
          const values = sql.join(
            c.map((r) => sql`(${idDariNip.get(r.nip)!}::int, ${r.nipAtasan ? idDariNip.get(r.nipAtasan)! : null}::int)`),
            sql`, `,
          );
          await queryRows(tx, sql`update pegawai as p set atasan_override_id = v.atasan_id
            from (values ${values}) as v(id, atasan_id)
            where p.id = v.id and p.atasan_override_id is distinct from v.atasan_id`);
        }
      }

      const dibuat = rows.filter((r) => !sudahAda.has(r.nip)).length;
      const result: ImporHasil = { dibuat, diperbarui: rows.length - dibuat, jabatanDibuat: baru.size };
      await recordAudit(tx, {
        akunId: opts.akunId,
        aksi: 'impor',
        entitas: 'pegawai',
        data: { berkas: opts.namaBerkas ?? null, jumlahBaris: rows.length, ...result },
      });
      return result;
    });
  }

  return { periksa, impor };
}
export type PegawaiImportService = ReturnType<typeof createPegawaiImportService>;

function ringkas(h: HasilValidasiPegawai): ImporPeriksa {
  return { valid: h.valid, jumlahBaris: h.jumlahBaris, errors: h.errors.map((e) => ({ ...e })), kolomDiabaikan: h.kolomDiabaikan };
}
