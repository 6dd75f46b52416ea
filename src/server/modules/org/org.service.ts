import { and, eq, inArray } from 'drizzle-orm';
import type { PegawaiDetail, PegawaiItem, PegawaiPage, PegawaiQuery, UnitPohon, Wilayah } from '../../../contracts/org.ts';
import { periksaAtasanBaru, namaDenganGelar } from '../../../domain/org/atasan.ts';
import { pangkatOf } from '../../../domain/org/golongan.ts';
import { formatNip, parseNip } from '../../../domain/org/nip.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { AuthContext } from '../../plugins/auth.ts';
import { recordAudit } from '../audit/index.ts';
import { OrgErrors } from './org.errors.ts';
import * as repo from './org.repository.ts';
import { unitOrganisasi } from './org.table.ts';

/** What the org service needs to know about the caller (from the session). */
export type Pengguna = Pick<AuthContext, 'akunId' | 'roles' | 'pegawaiId' | 'opdId'>;

/**
 * Read scope for pegawai data (route permission `org:lihat`): admin and pimpinan see everyone;
 * admin_opd sees the units of their own OPD (akun.opd_id); atasan sees themselves and their direct and
 * indirect bawahan on the effective line. Several roles add up (union).
 */
export function lingkupLihat(p: Pengguna): repo.Lingkup {
  if (p.roles.includes('admin') || p.roles.includes('pimpinan')) return { semua: true };
  return {
    semua: false,
    opdId: p.roles.includes('admin_opd') ? p.opdId : null,
    atasanPegawaiId: p.roles.includes('atasan') ? p.pegawaiId : null,
  };
}

/** Write scope (route permission `org:kelola`): admin everyone; admin_opd only their own OPD. */
export function lingkupKelola(p: Pengguna): repo.Lingkup {
  if (p.roles.includes('admin')) return { semua: true };
  return { semua: false, opdId: p.roles.includes('admin_opd') ? p.opdId : null, atasanPegawaiId: null };
}

/**
 * The way a NIP is shown: grouped `YYYYMMDD YYYYMM G NNN` (kinerja.md §5.2). An 18-digit NI PPPK is written
 * with the same grouping on official documents (its middle block is year + "21", not a TMT), so it is
 * grouped too; anything else is shown as stored.
 */
function tampilNip(nip: string): string {
  return /^\d{18}$/.test(nip) ? formatNip(nip) : nip;
}

function keItem(r: repo.PegawaiItemRow): PegawaiItem {
  return {
    id: r.id,
    nip: r.nip,
    nipFormat: tampilNip(r.nip),
    jenisAsn: r.jenisAsn,
    nama: namaDenganGelar(r),
    jenisKelamin: r.jenisKelamin,
    golongan: r.golongan,
    pangkat: r.jenisAsn === 'PNS' ? pangkatOf(r.golongan) : null,
    jabatan: r.jabatan,
    jenisJabatan: r.jenisJabatan,
    unitNama: r.unitNama,
    opdNama: r.opdNama,
    atasan: r.atasanId != null
      ? { id: r.atasanId, nama: namaDenganGelar({ nama: r.atasanNama ?? '', gelarDepan: r.atasanGelarDepan, gelarBelakang: r.atasanGelarBelakang }) }
      : null,
  };
}

/** Organisation and people (module `org`): wilayah, unit organisasi/OPD, jabatan, pegawai, reporting line. */
export function createOrgService(db: Db) {

  /** One unit (OPD or sub-unit) with its OPD's id, or null. */
  /** A unit by id, or null. `tx`: the caller's transaction (other modules check scope inside theirs). */
  async function getUnit(id: number, tx: DbOrTx = db) {
    const [u] = await tx.select().from(unitOrganisasi).where(eq(unitOrganisasi.id, id)).limit(1);
    return u ?? null;
  }

  /** Ids of every unit belonging to an OPD (the OPD itself and its sub-units), in one query. */
  async function listUnitIdOpd(opdId: number): Promise<number[]> {
    const rows = await db.select({ id: unitOrganisasi.id }).from(unitOrganisasi).where(eq(unitOrganisasi.opdId, opdId));
    return rows.map((r) => r.id);
  }

  /** Map unit id → nama, for labelling other modules' rows. */
  async function getUnitNames(ids: number[]): Promise<Map<number, string>> {
    if (!ids.length) return new Map();
    const rows = await db.select({ id: unitOrganisasi.id, nama: unitOrganisasi.nama }).from(unitOrganisasi).where(inArray(unitOrganisasi.id, [...new Set(ids)]));
    return new Map(rows.map((r) => [r.id, r.nama]));
  }

  /**
   * Service units (unit penyelenggara pelayanan) that can run an SKM, optionally only those of one OPD
   * (admin_opd scope): `[{ id, nama, opdId, opdNama }]`.
   */
  async function listUnitLayanan(opts: { opdId?: number | null } = {}) {
    const rows = await db
      .select({ id: unitOrganisasi.id, nama: unitOrganisasi.nama, opdId: unitOrganisasi.opdId })
      .from(unitOrganisasi)
      .where(and(eq(unitOrganisasi.isUnitLayanan, true), eq(unitOrganisasi.aktif, true), opts.opdId ? eq(unitOrganisasi.opdId, opts.opdId) : undefined))
      .orderBy(unitOrganisasi.urutan, unitOrganisasi.nama);
    const names = await getUnitNames(rows.map((r) => r.opdId).filter((x): x is number => x != null));
    return rows.map((r) => ({ ...r, opdNama: r.opdId ? names.get(r.opdId) ?? null : null }));
  }

  /**
   * GET /org/unit/layanan: {@link listUnitLayanan} scoped for the caller. An account whose only wide role
   * is admin_opd sees the units of its own OPD (none when the account has no OPD); everyone else sees all.
   */
  async function listUnitLayananUntuk(p: Pengguna) {
    if (p.roles.includes('admin_opd') && !p.roles.includes('admin') && !p.roles.includes('pimpinan')) {
      return p.opdId == null ? [] : listUnitLayanan({ opdId: p.opdId });
    }
    return listUnitLayanan();
  }

  /**
   * GET /org/wilayah: the Kemendagri wilayah tree of the city (kinerja.md §6.2): provinsi, kota, and
   * kecamatan → kelurahan ordered by kode. Empty lists (and null kota) before the wilayah is loaded.
   */
  async function getWilayah(): Promise<Wilayah> {
    const rows = await repo.listWilayah(db);
    const prov = rows.find((r) => r.tingkat === 'provinsi');
    const kota = rows.find((r) => r.tingkat === 'kota');
    const kecamatan = rows
      .filter((r) => r.tingkat === 'kecamatan')
      .map((k) => ({
        kode: k.kode,
        nama: k.nama,
        kodePasti: k.kodePasti,
        kelurahan: rows
          .filter((r) => r.tingkat === 'kelurahan' && r.indukKode === k.kode)
          .map((r) => ({ kode: r.kode, nama: r.nama, kodePasti: r.kodePasti })),
      }));
    return {
      provinsi: prov ? { kode: prov.kode, nama: prov.nama } : null,
      kota: kota ? { kode: kota.kode, nama: kota.nama } : null,
      kecamatan,
    };
  }

  /**
   * GET /org/unit/pohon: every active unit as a tree (roots = units without a parent, e.g. PEMKOT), in
   * display order, with active pegawai counted directly in each unit and in its whole subtree
   * (kinerja.md §5.5). A unit whose parent is inactive is shown as a root.
   */
  async function getUnitPohon(): Promise<UnitPohon[]> {
    const [units, jumlah] = await Promise.all([repo.listUnitAktif(db), repo.countPegawaiPerUnit(db)]);
    const simpul = new Map<number, UnitPohon>();
    for (const u of units) {
      simpul.set(u.id, {
        id: u.id, kode: u.kode, nama: u.nama, singkatan: u.singkatan, jenis: u.jenis as UnitPohon['jenis'],
        isOpd: u.isOpd, isUnitLayanan: u.isUnitLayanan, wilayahKode: u.wilayahKode,
        jumlahPegawai: jumlah.get(u.id) ?? 0, jumlahPegawaiTotal: 0, anak: [],
      });
    }
    const akar: UnitPohon[] = [];
    for (const u of units) {
      const n = simpul.get(u.id)!;
      const induk = u.parentId != null && u.parentId !== u.id ? simpul.get(u.parentId) : undefined;
      (induk ? induk.anak : akar).push(n);
    }
    const total = (n: UnitPohon, jalur: Set<number>): number => {
      if (jalur.has(n.id)) return 0; // guards against a parent loop in bad data
      jalur.add(n.id);
      n.jumlahPegawaiTotal = n.jumlahPegawai + n.anak.reduce((s, c) => s + total(c, jalur), 0);
      return n.jumlahPegawaiTotal;
    };
    for (const a of akar) total(a, new Set());
    return akar;
  }

  /** GET /org/unit: active OPDs `[{ id, kode, nama, singkatan, jenis }]` for public pages and filters. */
  async function listOpd() {
    const rows = await repo.listOpd(db);
    return rows.map((r) => ({ ...r, jenis: r.jenis as UnitPohon['jenis'] }));
  }

  /**
   * GET /org/pegawai: one page of active pegawai inside the caller's scope ({@link lingkupLihat}),
   * filtered and ordered by name. `q` matches the name (case-insensitive substring) or, when it is all
   * digits (spaces/dots allowed), the NIP prefix.
   */
  async function listPegawai(p: Pengguna, q: PegawaiQuery): Promise<PegawaiPage> {
    const { rows, total } = await repo.listPegawai(
      db,
      { q: q.q || undefined, opdId: q.opd_id, unitId: q.unit_id, jenisAsn: q.jenis_asn, golongan: q.golongan, jenisJabatan: q.jenis_jabatan },
      lingkupLihat(p),
      { limit: q.per_page, offset: (q.page - 1) * q.per_page },
    );
    return { items: rows.map(keItem), total, page: q.page, per_page: q.per_page };
  }

  async function detailDari(row: repo.PegawaiDetailRow): Promise<PegawaiDetail> {
    const bawahan = await repo.countBawahan(db, row.id);
    const nip = row.jenisAsn === 'PNS' ? parseNip(row.nip) : null;
    return {
      ...keItem(row),
      atasan: row.atasanId != null
        ? {
          id: row.atasanId,
          nama: namaDenganGelar({ nama: row.atasanNama ?? '', gelarDepan: row.atasanGelarDepan, gelarBelakang: row.atasanGelarBelakang }),
          nip: row.atasanNip ?? '',
          jabatan: row.atasanJabatan,
        }
        : null,
      namaTanpaGelar: row.nama,
      gelarDepan: row.gelarDepan,
      gelarBelakang: row.gelarBelakang,
      tanggalLahir: row.tanggalLahir,
      tmtCpns: nip?.ok ? nip.tmtCpns : row.tmtCpns,
      jabatanId: row.jabatanId,
      jenjang: row.jenjang,
      unitId: row.unitId,
      opdId: row.opdId,
      aktif: row.aktif,
      atasanSumber: row.atasanSumber,
      atasanJabatan: row.atasanJabatanPegawaiId != null
        ? {
          id: row.atasanJabatanPegawaiId,
          nama: namaDenganGelar({ nama: row.atasanJabatanNama ?? '', gelarDepan: row.atasanJabatanGelarDepan, gelarBelakang: row.atasanJabatanGelarBelakang }),
        }
        : null,
      jumlahBawahan: bawahan.langsung,
      jumlahBawahanTotal: bawahan.total,
    };
  }

  /**
   * GET /org/pegawai/:id: one pegawai with tanggal lahir, TMT CPNS (from the NIP for PNS, kinerja.md §5.2),
   * effective atasan and its source, and bawahan counts.
   * @throws OrgErrors.PEGAWAI_TIDAK_DITEMUKAN (404) when absent or outside the caller's scope
   */
  async function getPegawaiDetail(p: Pengguna, id: number): Promise<PegawaiDetail> {
    const row = await repo.findPegawaiDetail(db, id, lingkupLihat(p));
    if (!row) throw OrgErrors.PEGAWAI_TIDAK_DITEMUKAN();
    return detailDari(row);
  }

  /**
   * For other modules (no scope check): one pegawai as in GET /org/pegawai/:id, or null.
   */
  async function getPegawai(id: number): Promise<PegawaiDetail | null> {
    const row = await repo.findPegawaiDetail(db, id);
    return row ? detailDari(row) : null;
  }

  /**
   * For other modules (kinerja: pejabat penilai, kinerja.md §1.3): the effective atasan of a pegawai —
   * the override when set, else the active holder of the jabatan above (lowest id if several) — or null
   * at the top of the line or for an unknown pegawai.
   * @returns `{ id, nip, nama (with gelar), jabatan, sumber: 'jabatan' | 'override' }`
   */
  async function getAtasan(pegawaiId: number) {
    const row = await repo.findPegawaiDetail(db, pegawaiId);
    if (!row || row.atasanId == null) return null;
    return {
      id: row.atasanId,
      nip: row.atasanNip ?? '',
      nama: namaDenganGelar({ nama: row.atasanNama ?? '', gelarDepan: row.atasanGelarDepan, gelarBelakang: row.atasanGelarBelakang }),
      jabatan: row.atasanJabatan,
      sumber: row.atasanSumber ?? 'jabatan',
    };
  }

  /**
   * For other modules (kinerja access by position in the reporting tree): the ids of every atasan above a
   * pegawai on the effective line, nearest first (direct atasan, their atasan, … up to the top). Empty at
   * the top or for an unknown pegawai. One recursive query.
   */
  async function rantaiAtasan(pegawaiId: number, tx: DbOrTx = db): Promise<number[]> {
    const naik = await repo.findRantaiAtasan(tx, pegawaiId);
    const out: number[] = [];
    const seen = new Set<number>([pegawaiId]);
    let cur = naik.get(pegawaiId) ?? null;
    while (cur != null && !seen.has(cur)) {
      out.push(cur);
      seen.add(cur);
      cur = naik.get(cur) ?? null;
    }
    return out;
  }

  /**
   * For other modules: the bawahan of a pegawai on the effective line, ordered by name. Direct only by
   * default; `{ tidakLangsung: true }` adds the indirect ones (`langsung` tells which is which).
   * @returns `[{ id, nip, nama (with gelar), jabatan, jenisJabatan, unitId, langsung }]`
   */
  async function listBawahan(pegawaiId: number, opts: { tidakLangsung?: boolean } = {}) {
    const rows = await repo.listBawahan(db, pegawaiId, opts.tidakLangsung ?? false);
    return rows.map((r) => ({
      id: r.id, nip: r.nip, nama: namaDenganGelar(r), jabatan: r.jabatan, jenisJabatan: r.jenisJabatan,
      unitId: r.unitId, langsung: r.langsung,
    }));
  }

  /**
   * PATCH /org/pegawai/:id/atasan: sets (`atasanId`) or clears (`null`) the atasan override of a
   * pegawai (kinerja.md §1.3: structural superior by default, overrides allowed). One transaction,
   * serialised with other atasan changes; audited as `pegawai.atasan` with before/after.
   * admin: any pegawai; admin_opd: pegawai of their own OPD, with an atasan from their own OPD.
   * @returns the pegawai's detail after the change
   * @throws OrgErrors.PEGAWAI_TIDAK_DITEMUKAN (404, absent/inactive/outside scope) | ATASAN_TIDAK_VALID (400,
   *   field body.atasanId) | ATASAN_DIRI_SENDIRI (409) | ATASAN_SIKLUS (409, names the loop)
   */
  async function setAtasanOverride(p: Pengguna, id: number, atasanId: number | null): Promise<PegawaiDetail> {
    const lingkup = lingkupKelola(p);
    // Choosing one's own pejabat penilai would let an admin OPD pick who rates them (PermenPANRB 6/2022).
    if (p.pegawaiId === id && !p.roles.includes('admin')) throw OrgErrors.ATASAN_SENDIRI_KHUSUS_ADMIN();
    await db.transaction(async (tx) => {
      await repo.lockGarisAtasan(tx);
      if (!(await repo.isPegawaiDalamLingkup(tx, id, lingkup))) throw OrgErrors.PEGAWAI_TIDAK_DITEMUKAN();
      const target = (await repo.findPegawaiDasar(tx, id))!;
      if (atasanId === id) throw OrgErrors.ATASAN_DIRI_SENDIRI(undefined, [{ field: 'body.atasanId', message: 'tidak boleh sama dengan pegawai itu sendiri' }]);
      if (atasanId !== null) {
        const calon = await repo.findPegawaiDasar(tx, atasanId);
        if (!calon || !calon.aktif) {
          throw OrgErrors.ATASAN_TIDAK_VALID(undefined, [{ field: 'body.atasanId', message: 'pegawai tidak ditemukan atau tidak aktif' }]);
        }
        if (!lingkup.semua && calon.opdId !== lingkup.opdId) {
          throw OrgErrors.ATASAN_TIDAK_VALID('Atasan harus pegawai pada OPD Anda sendiri.', [
            { field: 'body.atasanId', message: 'atasan harus pegawai pada OPD Anda sendiri' },
          ]);
        }
        const rantai = await repo.findRantaiAtasan(tx, atasanId);
        const cek = periksaAtasanBaru({ pegawaiId: id, atasanId, atasanEfektif: rantai });
        if (!cek.ok) {
          const nama = await repo.findNamaPegawai(tx, [...cek.jalur]);
          const jalur = cek.jalur.map((x) => nama.get(x) ?? `#${x}`).join(' → ');
          throw OrgErrors.ATASAN_SIKLUS(
            `${calon.nama} tidak dapat menjadi atasan ${target.nama} karena ${calon.nama} adalah bawahan ${target.nama} ` +
              `(garis atasan: ${jalur}). Garis atasan tidak boleh melingkar.`,
            [{ field: 'body.atasanId', message: 'atasan yang dipilih adalah bawahan pegawai ini' }],
          );
        }
      }
      if (target.atasanOverrideId === atasanId) return;
      await repo.updateAtasanOverride(tx, id, atasanId);
      await recordAudit(tx, {
        akunId: p.akunId,
        aksi: 'pegawai.atasan',
        entitas: 'pegawai',
        entitasId: id,
        data: { sebelum: { atasanOverrideId: target.atasanOverrideId }, sesudah: { atasanOverrideId: atasanId } },
      });
    });
    return (await getPegawai(id))!;
  }

  return {
    getUnit, getUnitNames, listUnitIdOpd, listUnitLayanan, listUnitLayananUntuk, getWilayah, getUnitPohon, listOpd,
    listPegawai, getPegawaiDetail, getPegawai, getAtasan, rantaiAtasan, listBawahan, setAtasanOverride,
  };
}
export type OrgService = ReturnType<typeof createOrgService>;
