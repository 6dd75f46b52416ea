import {
  MIN_ALASAN, type Distribusi, type DistribusiQuery, type DistribusiUnit, type JumlahPredikatLengkap, type Keberatan, type KeberatanBody,
  type KeberatanList, type Penilaian, type PenilaianBody, type PenilaianSkp, type PenetapanBody, type PenetapanDto, type PenetapanHasil,
  type PenetapanList, type PertahankanBody, type PredikatOrganisasiBody, type PredikatOrganisasiDto, type PutusKeberatanBody, type Ringkasan,
  type RingkasanQuery, type SaranHasilKerja,
} from '../../../contracts/kinerja-penilaian.ts';
import { memuatDeretNik } from '../../../domain/shared/nik.ts';
import { LABEL_PREDIKAT_ORGANISASI, periksaDistribusi, type PeringatanDistribusi } from '../../../domain/kinerja/distribusi.ts';
import { batasKeberatan, bolehKeberatan, rentangKalenderKeberatan, saranHasilKerjaDariOrganisasi } from '../../../domain/kinerja/keberatan.ts';
import { daftarPeriode } from '../../../domain/kinerja/periode.ts';
import { LABEL_PREDIKAT, LABEL_RATING, PREDIKAT, predikatKinerja, type Predikat } from '../../../domain/kinerja/predikat.ts';
import { namaDenganGelar } from '../../../domain/org/atasan.ts';
import { tanggalPanjangId, tanggalWib } from '../../../domain/shared/tanggal.ts';
import { AppError } from '../../lib/app-error.ts';
import { recordAudit } from '../audit/index.ts';
import { RELASI_BACA, relasiSkp, wajibRelasi, type Pengguna, type Relasi } from './kinerja.akses.ts';
import type { KinerjaDeps } from './kinerja.deps.ts';
import { KinerjaErrors } from './kinerja.errors.ts';
import { PenilaianErrors as E } from './kinerja.penilaian.errors.ts';
import * as repo from './kinerja.penilaian.repository.ts';
import { pengaturanTahun, periodeDariKe } from './kinerja.periode.ts';

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
const nol = (): JumlahPredikatLengkap => ({ sangat_baik: 0, baik: 0, butuh_perbaikan: 0, kurang: 0, sangat_kurang: 0 });
const totalDari = (j: JumlahPredikatLengkap) => PREDIKAT.reduce((s, p) => s + j[p], 0);
const tambahkan = (a: JumlahPredikatLengkap, b: JumlahPredikatLengkap) => {
  for (const p of PREDIKAT) a[p] += b[p];
};

/**
 * What the caller may do in one OPD (issue #5 "Who may see what"; plan "Predikat organisasi set by",
 * "Penetapan"): admin (BKPSDM) and the admin OPD of that OPD see and do everything; a pegawai sees the units
 * they head and everything below them, and the whole OPD when they are the penilai of its kepala (on the
 * kepala's SKP of the year: Sekda / Wali Kota). Predikat organisasi of a sub-unit is set by the head of its PARENT unit,
 * of the OPD itself by its kepala's atasan (kinerja.md §1.7 step 1: "the leader of the parent organisation").
 * Penetapan: the kepala OPD.
 */
type LingkupOpd = {
  opdId: number;
  terlihat: Set<number>;
  /** Units whose pegawai list (names) the caller may see: admin, admin OPD, the unit's leaders. */
  nama: Set<number>;
  tetapkanPredikat: Set<number>;
  penetapan: boolean;
};

/**
 * The rating part of module kinerja (PermenPANRB 6/2022; kinerja.md §1.3, §1.5–§1.8; plan "H3"):
 * penilaian per period and for the year, predikat organisasi and the distribution check per unit, the
 * city summary, penetapan and keberatan.
 *
 * Time: every use case that depends on the date takes `now` (default the clock) — WIB dates decide
 * whether a period has started and whether a keberatan is still in time.
 * PGlite note: inside `db.transaction` only `tx` is used (one connection); reads of other modules and the
 * calendar happen before the transaction opens.
 */
export function createKinerjaPenilaianService(deps: KinerjaDeps) {
  const { db } = deps;
  const isAdmin = (p: Pengguna) => p.roles.includes('admin');

  // ------------------------------------------------------------------------------------------ helpers

  /** The period of a query (`querystring.periodeKe` in the 400 — the path zod uses for the same field — instead of `params.ke`). */
  async function periodeQuery(tahun: number, ke: number) {
    try {
      return await periodeDariKe(db, tahun, ke);
    } catch (e) {
      if (e instanceof AppError) throw new AppError(e.code, e.kind, e.message, e.errors.map((f) => ({ ...f, field: 'querystring.periodeKe' })));
      throw e;
    }
  }

  async function skpAtau404(id: number): Promise<repo.SkpRow> {
    const s = await repo.findSkp(db, id);
    if (!s) throw KinerjaErrors.SKP_TIDAK_DITEMUKAN();
    return s;
  }

  const namaPegawai = (m: Map<number, repo.PegawaiLabel>, id: number | null | undefined) => {
    const l = id == null ? undefined : m.get(id);
    return l ? namaDenganGelar(l) : null;
  };

  function keDto(r: repo.PenilaianRow, label: string, penilai: string | null): Penilaian {
    return {
      id: r.id, skpId: r.skpId, periodeKe: r.periodeKe, jenisPeriode: r.jenisPeriode, label,
      ratingHasilKerja: r.ratingHasilKerja, ratingPerilaku: r.ratingPerilaku, predikatMatriks: r.predikatMatriks, predikat: r.predikat,
      alasanPredikat: r.alasanPredikat, catatan: r.catatan,
      penilai: r.penilaiId != null && penilai ? { id: r.penilaiId, nama: penilai } : null,
      dinilaiAt: r.dinilaiAt.toISOString(), ditetapkanAt: iso(r.ditetapkanAt), batasKeberatan: r.batasKeberatan, revisi: r.revisi,
    };
  }

  const nilaiDari = (r: repo.PenilaianRow) => ({
    ratingHasilKerja: r.ratingHasilKerja, ratingPerilaku: r.ratingPerilaku, predikatMatriks: r.predikatMatriks, predikat: r.predikat,
    alasanPredikat: r.alasanPredikat,
  });

  /**
   * Where the caller leads in a year (computed once per request, two index-backed queries): the units they
   * head now (org: the holder of a jabatan with is_kepala_unit), and the OPDs whose kepala they rate (the
   * penilai on the kepala's SKP of that year — the Sekda / Wali Kota, kinerja.md §1.3, or whom BKPSDM set).
   */
  type Kepemimpinan = { dipimpin: Map<number, number | null>; opdAtasanKepala: Set<number> };
  async function kepemimpinan(p: Pengguna, tahun: number): Promise<Kepemimpinan> {
    const kp: Kepemimpinan = { dipimpin: new Map(), opdAtasanKepala: new Set() };
    if (p.pegawaiId == null) return kp;
    for (const d of await repo.kepalaUnit(db, { pegawaiIds: [p.pegawaiId] })) kp.dipimpin.set(d.unitId, d.opdId);
    for (const o of await repo.opdDenganKepalaDinilai(db, p.pegawaiId, tahun)) kp.opdAtasanKepala.add(o);
    return kp;
  }

  /** OPDs the caller may open in the distribution view and the penetapan list, in display order. */
  async function opdPilihan(p: Pengguna, kp: Kepemimpinan): Promise<Array<{ id: number; nama: string }>> {
    const semua = await repo.listOpd(db);
    if (isAdmin(p)) return semua;
    const ids = new Set<number>(kp.opdAtasanKepala);
    if (p.roles.includes('admin_opd') && p.opdId != null) ids.add(p.opdId);
    for (const opdId of kp.dipimpin.values()) if (opdId != null) ids.add(opdId);
    return semua.filter((o) => ids.has(o.id));
  }

  /** Children lists and the tree order (OPD first, then depth-first by urutan, nama) of an OPD's units. */
  function susunPohon(opdId: number, units: repo.UnitRow[]) {
    const anak = new Map<number, repo.UnitRow[]>();
    for (const u of units) {
      if (u.id === opdId || u.parentId == null) continue;
      const induk = units.some((x) => x.id === u.parentId) ? u.parentId : opdId;
      anak.set(induk, [...(anak.get(induk) ?? []), u]);
    }
    const urutan: Array<{ unit: repo.UnitRow; tingkat: number }> = [];
    const seen = new Set<number>();
    const jalan = (u: repo.UnitRow, tingkat: number) => {
      if (seen.has(u.id)) return;
      seen.add(u.id);
      urutan.push({ unit: u, tingkat });
      for (const c of anak.get(u.id) ?? []) jalan(c, tingkat + 1);
    };
    const akar = units.find((u) => u.id === opdId);
    if (akar) jalan(akar, 0);
    for (const u of units) if (!seen.has(u.id)) jalan(u, 1); // orphans: directly under the OPD
    /** The unit and every unit below it (guarded against a loop in bad data). */
    const turunan = (id: number, lihat = new Set<number>()): number[] => {
      if (lihat.has(id)) return [];
      lihat.add(id);
      return [id, ...(anak.get(id) ?? []).flatMap((c) => turunan(c.id, lihat))];
    };
    const indukDari = (u: repo.UnitRow) => (u.id === opdId ? null : units.some((x) => x.id === u.parentId) ? u.parentId : opdId);
    return { urutan, turunan, indukDari };
  }

  function lingkupOpd(p: Pengguna, opdId: number, units: repo.UnitRow[], kp: Kepemimpinan): LingkupOpd {
    const ids = units.map((u) => u.id);
    if (isAdmin(p) || (p.roles.includes('admin_opd') && p.opdId === opdId)) {
      const s = new Set(ids);
      return { opdId, terlihat: s, nama: s, tetapkanPredikat: s, penetapan: true };
    }
    const pohon = susunPohon(opdId, units);
    const dipimpin = new Set(ids.filter((id) => kp.dipimpin.has(id)));
    const atasanKepalaOpd = kp.opdAtasanKepala.has(opdId);
    const terlihat = new Set<number>(atasanKepalaOpd ? ids : [...dipimpin].flatMap((u) => pohon.turunan(u)));
    const tetapkanPredikat = new Set<number>();
    for (const u of units) {
      if (u.id === opdId) {
        if (atasanKepalaOpd) tetapkanPredikat.add(u.id);
      } else if (dipimpin.has(pohon.indukDari(u)!)) {
        tetapkanPredikat.add(u.id);
      }
    }
    return { opdId, terlihat, nama: terlihat, tetapkanPredikat, penetapan: dipimpin.has(opdId) };
  }

  /** The unit, its OPD's units and the caller's scope there; 404 when absent or not visible. */
  async function unitDalamLingkup(p: Pengguna, unitId: number, tahun: number) {
    const u = await repo.findUnit(db, unitId);
    if (!u || u.opdId == null) throw E.UNIT_TIDAK_DITEMUKAN();
    const units = await repo.listUnit(db, u.opdId);
    const lingkup = lingkupOpd(p, u.opdId, units, await kepemimpinan(p, tahun));
    if (!lingkup.terlihat.has(unitId)) throw E.UNIT_TIDAK_DITEMUKAN();
    return { u, units, lingkup };
  }

  /**
   * Counts per unit of one OPD and period, rolled up over each unit's subtree: `jumlah` per predikat and
   * `belum` = SKPs to rate − penilaian (never below 0). Rows of a unit no longer listed count for the OPD.
   */
  function rollup(units: repo.UnitRow[], opdId: number, baris: repo.BarisHitung[]) {
    const langsung = new Map<number, { jumlah: JumlahPredikatLengkap; skp: number }>();
    const dikenal = new Set(units.map((u) => u.id));
    for (const b of baris) {
      const id = dikenal.has(b.unitId) ? b.unitId : opdId;
      let v = langsung.get(id);
      if (!v) langsung.set(id, (v = { jumlah: nol(), skp: 0 }));
      if (b.predikat) v.jumlah[b.predikat] += b.n;
      else v.skp += b.n;
    }
    const pohon = susunPohon(opdId, units);
    const hasil = new Map<number, { jumlah: JumlahPredikatLengkap; belum: number }>();
    for (const { unit } of pohon.urutan) {
      const j = nol();
      let skp = 0;
      for (const id of pohon.turunan(unit.id)) {
        const v = langsung.get(id);
        if (v) {
          tambahkan(j, v.jumlah);
          skp += v.skp;
        }
      }
      hasil.set(unit.id, { jumlah: j, belum: Math.max(0, skp - totalDari(j)) });
    }
    return { pohon, hasil };
  }

  async function olehLabel(rows: Array<{ olehPegawaiId: number | null; olehAkunId: number | null }>) {
    const [peg, akun] = await Promise.all([
      repo.pegawaiLabel(db, rows.map((r) => r.olehPegawaiId)),
      repo.namaAkun(db, rows.map((r) => (r.olehPegawaiId == null ? r.olehAkunId : null))),
    ]);
    return (r: { olehPegawaiId: number | null; olehAkunId: number | null }) =>
      namaPegawai(peg, r.olehPegawaiId) ?? (r.olehAkunId != null ? akun.get(r.olehAkunId) ?? null : null);
  }

  function poDto(r: repo.PredikatOrganisasiRow, oleh: string | null): PredikatOrganisasiDto {
    return {
      unitId: r.unitId, tahun: r.tahun, periodeKe: r.periodeKe, predikat: r.predikat, capaian: r.capaian,
      alasanPertahankan: r.alasanPertahankan,
      peringatanSaatDipertahankan: r.alasanPertahankan ? ((r.peringatan as PeringatanDistribusi[] | null) ?? []) : null,
      oleh, updatedAt: r.updatedAt.toISOString(),
    };
  }

  // ------------------------------------------------------------------------------------------ penilaian

  /**
   * PUT /kinerja/skp/:id/penilaian/:ke — the pejabat penilai rates a period (ke ≥ 1) or the year (ke = 0):
   * rating hasil kerja and perilaku (kinerja.md §1.5), predikat from the 3×3 matrix (§1.6,
   * `predikatKinerja`) unless overridden with a reason (§7.5; `alasanPredikat` ≥ 10 characters). One
   * transaction; audited (`kinerja.nilai`); a periodic rating notifies the pegawai (`kinerja.dinilai`,
   * idempotent per revision). The annual rating is announced at penetapan.
   * @param now decides (WIB) whether the period has started
   * @throws SKP_TIDAK_DITEMUKAN (404: absent or no relation) | AKSES_DITOLAK (403: a reader who is not the
   *   penilai) | PERIODE_TIDAK_VALID (400 params.ke) | ALASAN_PREDIKAT_WAJIB (400 body.alasanPredikat) |
   *   SKP_BELUM_DISETUJUI, PERIODE_DI_LUAR_SKP, PERIODE_BELUM_MULAI, SKP_TIDAK_AKTIF,
   *   BELUM_ADA_PENILAIAN_PERIODIK, TERKUNCI (annual after penetapan), REVISI_USANG (all 409)
   */
  async function nilai(p: Pengguna, skpId: number, ke: number, body: PenilaianBody, now: Date = new Date()): Promise<Penilaian> {
    const s = await skpAtau404(skpId);
    await wajibRelasi(deps.org, p, s, ['penilai']);
    if (s.status !== 'disetujui') throw E.SKP_BELUM_DISETUJUI();
    const per = await periodeDariKe(db, s.tahun, ke);
    const hariIni = tanggalWib(now);
    if (!per.tahunan) {
      if (per.selesai < s.periodeMulai || per.mulai > s.periodeSelesai) {
        throw E.PERIODE_DI_LUAR_SKP(`${per.label} berada di luar masa berlaku SKP ini (${tanggalPanjangId(s.periodeMulai)} – ${tanggalPanjangId(s.periodeSelesai)}).`);
      }
    } else if (!s.aktif) {
      throw E.SKP_TIDAK_AKTIF();
    }
    if (hariIni < per.mulai) throw E.PERIODE_BELUM_MULAI(`${per.label} baru dimulai ${tanggalPanjangId(per.mulai)}, sehingga belum dapat dinilai.`);
    if (per.tahunan) {
      if (await repo.findPenetapan(db, s.opdId, s.tahun)) throw KinerjaErrors.TERKUNCI();
      if ((await repo.countPenilaianPeriodik(db, s.id)) === 0) throw E.BELUM_ADA_PENILAIAN_PERIODIK();
    }
    const predikatMatriks = predikatKinerja(body.ratingHasilKerja, body.ratingPerilaku);
    const predikat = body.predikat ?? predikatMatriks;
    let alasanPredikat: string | null = null;
    if (predikat !== predikatMatriks) {
      alasanPredikat = body.alasanPredikat?.trim() ?? '';
      if (alasanPredikat.length < MIN_ALASAN) {
        throw E.ALASAN_PREDIKAT_WAJIB(
          `Matriks memberi predikat ${LABEL_PREDIKAT[predikatMatriks]}. Untuk menetapkan ${LABEL_PREDIKAT[predikat]}, tuliskan alasannya (minimal ${MIN_ALASAN} karakter).`,
          [{ field: 'body.alasanPredikat', message: `wajib diisi minimal ${MIN_ALASAN} karakter bila predikat berbeda dari matriks` }],
        );
      }
    }
    const label = await repo.pegawaiLabel(db, [s.pegawaiId, p.pegawaiId]);
    return db.transaction(async (tx) => {
      if (per.tahunan && (await repo.findPenetapan(tx, s.opdId, s.tahun))) throw KinerjaErrors.TERKUNCI();
      const ada = await repo.findPenilaian(tx, s.id, ke);
      if (ada?.ditetapkanAt) throw KinerjaErrors.TERKUNCI();
      const isi = {
        ratingHasilKerja: body.ratingHasilKerja, ratingPerilaku: body.ratingPerilaku, predikatMatriks, predikat, alasanPredikat,
        catatan: body.catatan?.trim() || null, penilaiId: p.pegawaiId, dinilaiAt: now,
      };
      let row: repo.PenilaianRow | null;
      if (ada) {
        if (body.revisi !== ada.revisi) throw KinerjaErrors.REVISI_USANG();
        row = await repo.updatePenilaian(tx, ada.id, ada.revisi, isi);
      } else {
        row = await repo.insertPenilaian(tx, {
          ...isi, skpId: s.id, pegawaiId: s.pegawaiId, tahun: s.tahun, periodeKe: ke,
          jenisPeriode: per.tahunan ? 'tahunan' : per.jenis, unitId: s.unitId, opdId: s.opdId,
        });
      }
      if (!row) throw KinerjaErrors.REVISI_USANG();
      await recordAudit(tx, {
        akunId: p.akunId, aksi: 'kinerja.nilai', entitas: 'kinerja_penilaian', entitasId: row.id,
        data: { skpId: s.id, periodeKe: ke, sebelum: ada ? nilaiDari(ada) : null, sesudah: nilaiDari(row) },
      });
      if (!per.tahunan) {
        await deps.notifikasi.antrikan(tx, {
          kunci: `kinerja.dinilai:${row.id}:${row.revisi}`, templat: 'kinerja.dinilai', telepon: label.get(s.pegawaiId)?.telepon ?? null,
          data: { periode: per.label, predikat: LABEL_PREDIKAT[row.predikat], tautan: `/app/kinerja/skp/${s.id}/periode/${ke}` },
        });
      }
      return keDto(row, per.label, namaPegawai(label, p.pegawaiId));
    });
  }

  /**
   * GET /kinerja/skp/:id/penilaian — every period of the SKP's year with its penilaian, the annual one
   * with penetapan and keberatan state, the head-of-unit hint (kinerja.md §1.5) and what the caller may do.
   * @throws SKP_TIDAK_DITEMUKAN (404: absent or no relation)
   */
  async function daftarPenilaianSkp(p: Pengguna, skpId: number, now: Date = new Date()): Promise<PenilaianSkp> {
    const s = await skpAtau404(skpId);
    const relasi: Relasi = await wajibRelasi(deps.org, p, s, RELASI_BACA);
    const pengaturan = await pengaturanTahun(db, s.tahun);
    const periode = daftarPeriode(s.tahun, pengaturan.jenisPeriode);
    const rows = await repo.listPenilaianSkp(db, s.id);
    const label = await repo.pegawaiLabel(db, [s.pegawaiId, s.penilaiId, ...rows.map((r) => r.penilaiId)]);
    const penetapan = await repo.findPenetapan(db, s.opdId, s.tahun);
    const tahunanRow = rows.find((r) => r.periodeKe === 0) ?? null;
    const keberatan = tahunanRow ? await repo.listKeberatanPenilaian(db, [tahunanRow.id]) : [];
    const hariIni = tanggalWib(now);
    const labelTahunan = `Tahunan ${s.tahun}`;
    const dto = (r: repo.PenilaianRow, l: string) => keDto(r, l, namaPegawai(label, r.penilaiId));

    let saranHasilKerja: SaranHasilKerja | null = null;
    const kepala = await repo.jabatanKepala(db, s.jabatanId);
    if (kepala) {
      const po = await repo.findPredikatOrganisasi(db, kepala.unitId, s.tahun, 0);
      if (po) {
        const rating = saranHasilKerjaDariOrganisasi(po.predikat);
        saranHasilKerja = {
          rating, predikatOrganisasi: po.predikat, unit: { id: kepala.unitId, nama: kepala.unitNama },
          pesan: `Pegawai ini memimpin ${kepala.unitNama} yang berpredikat organisasi ${LABEL_PREDIKAT_ORGANISASI[po.predikat]} tahun ${s.tahun}; `
            + `rating hasil kerja yang disarankan: ${LABEL_RATING[rating]} (capaian kinerja organisasi menjadi hasil kerja pimpinan unit). Penilai tetap memutuskan.`,
        };
      }
    }

    const jumlahPeriodik = rows.filter((r) => r.periodeKe > 0).length;
    let alasanTidakBoleh: string | null = null;
    if (relasi === 'penilai') {
      if (s.status !== 'disetujui') alasanTidakBoleh = 'SKP belum disetujui.';
      else if (!s.aktif) alasanTidakBoleh = 'SKP ini sudah digantikan (mutasi/promosi).';
      else if (penetapan || tahunanRow?.ditetapkanAt) alasanTidakBoleh = 'Penilaian tahunan sudah ditetapkan.';
      else if (jumlahPeriodik === 0) alasanTidakBoleh = 'Belum ada penilaian periodik.';
    }
    const adaTerbuka = keberatan.some((k) => k.status === 'diajukan');
    return {
      skpId: s.id, tahun: s.tahun, jenisPeriode: pengaturan.jenisPeriode, relasi,
      pegawai: { id: s.pegawaiId, nama: namaPegawai(label, s.pegawaiId) ?? '', nip: label.get(s.pegawaiId)?.nip ?? '', jabatan: s.jabatanNama },
      penilai: s.penilaiId != null ? { id: s.penilaiId, nama: namaPegawai(label, s.penilaiId) ?? '' } : null,
      periode: periode.map((per) => {
        const r = rows.find((x) => x.periodeKe === per.ke);
        return {
          ke: per.ke, label: per.label, mulai: per.mulai, selesai: per.selesai,
          dalamSkp: !(per.selesai < s.periodeMulai || per.mulai > s.periodeSelesai),
          dimulai: hariIni >= per.mulai,
          penilaian: r ? dto(r, per.label) : null,
        };
      }),
      tahunan: {
        label: labelTahunan,
        penilaian: tahunanRow ? dto(tahunanRow, labelTahunan) : null,
        bolehDinilai: relasi === 'penilai' && alasanTidakBoleh === null,
        alasanTidakBoleh,
        ditetapkan: tahunanRow?.ditetapkanAt && tahunanRow.batasKeberatan
          ? { ditetapkanAt: tahunanRow.ditetapkanAt.toISOString(), batasKeberatan: tahunanRow.batasKeberatan }
          : null,
        bolehKeberatan: relasi === 'pemilik' && !!tahunanRow?.ditetapkanAt && bolehKeberatan(now, tahunanRow.batasKeberatan) && !adaTerbuka,
        keberatan: keberatan.map((k) => ({ id: k.id, status: k.status, diajukanAt: k.diajukanAt.toISOString(), diputusAt: iso(k.diputusAt) })),
      },
      saranHasilKerja,
      izin: { nilai: relasi === 'penilai' && s.status === 'disetujui' },
    };
  }

  // ------------------------------------------------------------------------------------------ distribusi

  /**
   * GET /kinerja/distribusi — the kurva distribusi of one OPD and period per unit (kinerja.md §1.7): counts
   * per predikat (one GROUP BY over kinerja_penilaian, rolled up over each unit's subtree), the unit's
   * predikat organisasi and the warnings of `periksaDistribusi` (never a block), the recorded reason to
   * keep, and — for admin, admin OPD and the unit's leaders — the pegawai behind the counts. `unitId`
   * narrows the rows to one unit's subtree (drill-down); `pegawai: false` leaves the names out (the
   * overview of a large OPD: at 10× the city the largest OPD has ~12,000 names, ~1 MB).
   * @throws TIDAK_MEMIMPIN_UNIT (403: the caller sees no OPD) | OPD_TIDAK_DITEMUKAN (404: absent or out of
   *   scope) | UNIT_TIDAK_DITEMUKAN (404 querystring.unitId) | PERIODE_TIDAK_VALID (400 querystring.periodeKe)
   */
  async function distribusi(p: Pengguna, q: Omit<DistribusiQuery, 'pegawai'> & { pegawai?: boolean }): Promise<Distribusi> {
    const per = await periodeQuery(q.tahun, q.periodeKe);
    const kp = await kepemimpinan(p, q.tahun);
    const pilihan = await opdPilihan(p, kp);
    if (q.opdId != null && !pilihan.some((o) => o.id === q.opdId)) throw E.OPD_TIDAK_DITEMUKAN();
    if (!pilihan.length) throw E.TIDAK_MEMIMPIN_UNIT();
    const opd = q.opdId != null ? pilihan.find((o) => o.id === q.opdId)! : pilihan.find((o) => o.id === p.opdId) ?? pilihan[0]!;
    const units = await repo.listUnit(db, opd.id);
    const lingkup = lingkupOpd(p, opd.id, units, kp);
    if (!lingkup.terlihat.size) throw E.OPD_TIDAK_DITEMUKAN();

    const baris = await repo.hitungDistribusiOpd(db, opd.id, q.tahun, q.periodeKe, per.mulai, per.selesai);
    const { pohon, hasil } = rollup(units, opd.id, baris);
    let terlihat = pohon.urutan.filter((x) => lingkup.terlihat.has(x.unit.id));
    if (q.unitId != null) {
      if (!lingkup.terlihat.has(q.unitId)) throw E.UNIT_TIDAK_DITEMUKAN(undefined, [{ field: 'querystring.unitId', message: 'unit tidak ditemukan pada OPD ini' }]);
      const cabang = new Set(pohon.turunan(q.unitId));
      terlihat = terlihat.filter((x) => cabang.has(x.unit.id));
    }
    const poRows = await repo.listPredikatOrganisasi(db, terlihat.map((x) => x.unit.id), q.tahun, q.periodeKe);
    const oleh = await olehLabel(poRows);
    const poMap = new Map(poRows.map((r) => [r.unitId, r]));
    const unitNama = q.pegawai === false ? [] : terlihat.filter((x) => lingkup.nama.has(x.unit.id)).map((x) => x.unit.id);
    const orang = await repo.pegawaiDistribusi(db, opd.id, q.tahun, q.periodeKe, per.mulai, per.selesai, unitNama);
    const orangPerUnit = new Map<number, DistribusiUnit['pegawai'] & object>();
    for (const o of orang) {
      const list = orangPerUnit.get(o.unitId) ?? [];
      list.push({ id: o.pegawaiId, nama: namaDenganGelar(o), jabatan: o.jabatan, predikat: o.predikat, skpId: o.skpId });
      orangPerUnit.set(o.unitId, list);
    }
    const penetapan = await repo.findPenetapan(db, opd.id, q.tahun);

    return {
      opd, opdPilihan: pilihan, tahun: q.tahun, periodeKe: q.periodeKe,
      periode: { label: per.label, mulai: per.mulai, selesai: per.selesai },
      unit: terlihat.map(({ unit, tingkat }) => {
        const h = hasil.get(unit.id) ?? { jumlah: nol(), belum: 0 };
        const po = poMap.get(unit.id) ?? null;
        return {
          unit: { id: unit.id, nama: unit.nama, jenis: unit.jenis, indukId: pohon.indukDari(unit), tingkat },
          jumlah: h.jumlah, total: totalDari(h.jumlah), belumDinilai: h.belum,
          predikatOrganisasi: po
            ? { predikat: po.predikat, capaian: po.capaian, alasanPertahankan: po.alasanPertahankan, oleh: oleh(po), updatedAt: po.updatedAt.toISOString() }
            : null,
          peringatan: po ? periksaDistribusi(po.predikat, h.jumlah) : [],
          bolehTetapkanPredikat: lingkup.tetapkanPredikat.has(unit.id),
          bolehLihatPegawai: lingkup.nama.has(unit.id),
          pegawai: lingkup.nama.has(unit.id) && q.pegawai !== false ? orangPerUnit.get(unit.id) ?? [] : null,
        };
      }),
      penetapan: penetapan
        ? { ditetapkanAt: penetapan.ditetapkanAt.toISOString(), batasKeberatan: penetapan.batasKeberatan, jumlahPegawai: penetapan.jumlahPegawai }
        : null,
      bolehTetapkan: lingkup.penetapan && !penetapan,
    };
  }

  /** Scope + period checks shared by setting the predikat organisasi and keeping an outlier. */
  async function siapkanOrganisasi(p: Pengguna, unitId: number, tahun: number, ke: number, now: Date) {
    const { u, units, lingkup } = await unitDalamLingkup(p, unitId, tahun);
    if (!lingkup.tetapkanPredikat.has(unitId)) throw E.PREDIKAT_ORGANISASI_TIDAK_BERWENANG();
    const per = await periodeDariKe(db, tahun, ke);
    if (tanggalWib(now) < per.mulai) throw E.PERIODE_BELUM_MULAI(`${per.label} baru dimulai ${tanggalPanjangId(per.mulai)}.`);
    if (ke === 0 && (await repo.findPenetapan(db, u.opdId!, tahun))) throw KinerjaErrors.TERKUNCI();
    return { u, units, per };
  }

  /**
   * PUT /kinerja/organisasi/:unitId/:tahun/:ke — sets the predikat kinerja organisasi of a unit for a
   * period or the year (kinerja.md §1.7 step 1), by the leader of the parent organisation, the admin OPD or
   * BKPSDM (who is recorded). A changed predikat clears an earlier reason to keep (it was about another
   * pattern); `capaian` absent keeps the stored one. Audited (`kinerja.predikat_organisasi`).
   * @throws UNIT_TIDAK_DITEMUKAN (404) | PREDIKAT_ORGANISASI_TIDAK_BERWENANG (403) | PERIODE_TIDAK_VALID (400
   *   params.ke) | PERIODE_BELUM_MULAI, TERKUNCI (annual after penetapan) (409)
   */
  async function setPredikatOrganisasi(
    p: Pengguna, unitId: number, tahun: number, ke: number, body: PredikatOrganisasiBody, now: Date = new Date(),
  ): Promise<PredikatOrganisasiDto> {
    await siapkanOrganisasi(p, unitId, tahun, ke, now);
    const row = await db.transaction(async (tx) => {
      const lama = await repo.findPredikatOrganisasi(tx, unitId, tahun, ke);
      const tetap = lama?.predikat === body.predikat;
      const r = await repo.upsertPredikatOrganisasi(tx, {
        unitId, tahun, periodeKe: ke, predikat: body.predikat,
        capaian: body.capaian === undefined ? lama?.capaian ?? null : body.capaian?.trim() || null,
        alasanPertahankan: tetap ? lama!.alasanPertahankan : null,
        peringatan: tetap ? lama!.peringatan : null,
        olehPegawaiId: p.pegawaiId, olehAkunId: p.akunId, updatedAt: now,
      });
      await recordAudit(tx, {
        akunId: p.akunId, aksi: 'kinerja.predikat_organisasi', entitas: 'kinerja_predikat_organisasi', entitasId: r.id,
        data: { unitId, tahun, periodeKe: ke, sebelum: lama ? { predikat: lama.predikat, capaian: lama.capaian } : null, sesudah: { predikat: r.predikat, capaian: r.capaian } },
      });
      return r;
    });
    return poDto(row, (await olehLabel([row]))(row));
  }

  /**
   * POST /kinerja/organisasi/:unitId/:tahun/:ke/pertahankan — the leader keeps a distribution that does not
   * fit the pattern, with a reason (kinerja.md §1.7: a guideline, "leader override recorded with a reason");
   * the current warnings are stored as a snapshot. Same authority as setting the predikat. Audited.
   * @throws as setPredikatOrganisasi, and PREDIKAT_ORGANISASI_BELUM_ADA, DISTRIBUSI_SESUAI (409);
   *   400 body.alasan (< 10 characters, by the contract)
   */
  async function pertahankan(
    p: Pengguna, unitId: number, tahun: number, ke: number, body: PertahankanBody, now: Date = new Date(),
  ): Promise<PredikatOrganisasiDto> {
    const { u, units, per } = await siapkanOrganisasi(p, unitId, tahun, ke, now);
    const po = await repo.findPredikatOrganisasi(db, unitId, tahun, ke);
    if (!po) throw E.PREDIKAT_ORGANISASI_BELUM_ADA();
    const baris = await repo.hitungDistribusiOpd(db, u.opdId!, tahun, ke, per.mulai, per.selesai);
    const { hasil } = rollup(units, u.opdId!, baris);
    const peringatan = periksaDistribusi(po.predikat, hasil.get(unitId)?.jumlah ?? nol());
    if (!peringatan.length) throw E.DISTRIBUSI_SESUAI();
    const row = await db.transaction(async (tx) => {
      const lama = await repo.findPredikatOrganisasi(tx, unitId, tahun, ke);
      if (!lama) throw E.PREDIKAT_ORGANISASI_BELUM_ADA();
      const r = await repo.upsertPredikatOrganisasi(tx, {
        ...lama, alasanPertahankan: body.alasan.trim(), peringatan, olehPegawaiId: p.pegawaiId, olehAkunId: p.akunId, updatedAt: now,
      });
      await recordAudit(tx, {
        akunId: p.akunId, aksi: 'kinerja.pertahankan_distribusi', entitas: 'kinerja_predikat_organisasi', entitasId: r.id,
        data: { unitId, tahun, periodeKe: ke, predikat: r.predikat, alasan: r.alasanPertahankan, peringatan: peringatan.map((w) => w.kode) },
      });
      return r;
    });
    return poDto(row, (await olehLabel([row]))(row));
  }

  // ------------------------------------------------------------------------------------------ ringkasan

  /**
   * GET /kinerja/ringkasan — the city-wide predikat summary of a period per OPD: counts per predikat, SKPs
   * to rate and rated, the OPD's predikat organisasi, and how many of its units have distribution warnings.
   * Aggregates only: no name, no id of a person (issue #5: pimpinan sees aggregates). admin and pimpinan see
   * the city; an admin OPD (without those roles) only its own OPD (`lingkup: 'opd'`). One GROUP BY
   * statement over kinerja_penilaian + skp for the whole city.
   * @throws PERIODE_TIDAK_VALID (400 querystring.periodeKe)
   */
  async function ringkasan(p: Pengguna, q: RingkasanQuery): Promise<Ringkasan> {
    const per = await periodeQuery(q.tahun, q.periodeKe);
    const kota = isAdmin(p) || p.roles.includes('pimpinan');
    const opdSaja = kota ? null : p.opdId ?? -1;
    const [baris, units, opdAll] = await Promise.all([
      repo.hitungRingkasan(db, q.tahun, q.periodeKe, per.mulai, per.selesai, opdSaja),
      repo.listUnit(db, opdSaja),
      repo.listOpd(db),
    ]);
    const opdList = opdAll.filter((o) => opdSaja == null || o.id === opdSaja);
    const poRows = await repo.listPredikatOrganisasi(db, opdSaja == null ? null : units.map((u) => u.id), q.tahun, q.periodeKe);
    const poMap = new Map(poRows.map((r) => [r.unitId, r]));
    const unitPerOpd = new Map<number, repo.UnitRow[]>();
    for (const u of units) unitPerOpd.set(u.opdId!, [...(unitPerOpd.get(u.opdId!) ?? []), u]);
    const barisPerOpd = new Map<number, repo.BarisRingkasan[]>();
    for (const b of baris) barisPerOpd.set(b.opdId, [...(barisPerOpd.get(b.opdId) ?? []), b]);

    const jumlahKota = nol();
    let totalKota = 0;
    let dinilaiKota = 0;
    const opd = opdList.map((o) => {
      const us = unitPerOpd.get(o.id) ?? [];
      const { hasil } = rollup(us, o.id, barisPerOpd.get(o.id) ?? []);
      const akar = hasil.get(o.id) ?? { jumlah: nol(), belum: 0 };
      let jumlahPeringatan = 0;
      let jumlahDipertahankan = 0;
      for (const u of us) {
        const po = poMap.get(u.id);
        const h = hasil.get(u.id);
        if (!po || !h) continue;
        if (periksaDistribusi(po.predikat, h.jumlah).length) {
          jumlahPeringatan++;
          if (po.alasanPertahankan) jumlahDipertahankan++;
        }
      }
      const dinilai = totalDari(akar.jumlah);
      tambahkan(jumlahKota, akar.jumlah);
      dinilaiKota += dinilai;
      totalKota += dinilai + akar.belum;
      return {
        id: o.id, nama: o.nama, jumlah: akar.jumlah, total: dinilai + akar.belum, dinilai,
        predikatOrganisasi: poMap.get(o.id)?.predikat ?? null, jumlahPeringatan, jumlahDipertahankan,
      };
    });
    return {
      tahun: q.tahun, periodeKe: q.periodeKe, periode: { label: per.label, mulai: per.mulai, selesai: per.selesai },
      lingkup: kota ? 'kota' : 'opd',
      kota: { jumlah: jumlahKota, total: totalKota, dinilai: dinilaiKota },
      opd,
    };
  }

  // ------------------------------------------------------------------------------------------ penetapan

  async function penetapanDto(rows: repo.PenetapanRow[]): Promise<PenetapanDto[]> {
    const oleh = await olehLabel(rows);
    const nama = await deps.org.getUnitNames(rows.map((r) => r.opdId));
    return rows.map((r) => ({
      id: r.id, opd: { id: r.opdId, nama: nama.get(r.opdId) ?? '' }, tahun: r.tahun, ditetapkanAt: r.ditetapkanAt.toISOString(),
      batasKeberatan: r.batasKeberatan, jumlahPegawai: r.jumlahPegawai, oleh: oleh(r),
    }));
  }

  /**
   * POST /kinerja/penetapan — the annual penetapan of one OPD (kinerja.md §1.7 "Format Penetapan Predikat
   * Kinerja"; plan "Penetapan"): every annual penilaian (ke = 0) of the OPD gets `ditetapkanAt` = now and
   * `batasKeberatan` = the WIB date of now + the year's keberatan window in WORKING days (kalender: weekends,
   * national holidays, cuti bersama; domain `batasKeberatan`), and becomes read-only; annual ratings and the
   * annual predikat organisasi of the OPD's units are locked. Each pegawai is notified (`kinerja.dinilai`,
   * periode "Tahunan <tahun>"). One transaction; audited (`kinerja.penetapan`).
   * @throws OPD_TIDAK_DITEMUKAN (404: absent or out of scope) | PENETAPAN_TIDAK_BERWENANG (403) |
   *   SUDAH_DITETAPKAN, TIDAK_ADA_PENILAIAN_TAHUNAN (409)
   */
  async function tetapkan(p: Pengguna, body: PenetapanBody, now: Date = new Date()): Promise<PenetapanHasil> {
    const u = await repo.findUnit(db, body.opdId);
    if (!u || !u.isOpd) throw E.OPD_TIDAK_DITEMUKAN();
    const lingkup = lingkupOpd(p, u.id, await repo.listUnit(db, u.id), await kepemimpinan(p, body.tahun));
    if (!lingkup.terlihat.size) throw E.OPD_TIDAK_DITEMUKAN();
    if (!lingkup.penetapan) throw E.PENETAPAN_TIDAK_BERWENANG();
    if (await repo.findPenetapan(db, u.id, body.tahun)) throw E.SUDAH_DITETAPKAN();
    if ((await repo.countPenilaianTahunan(db, u.id, body.tahun)) === 0) throw E.TIDAK_ADA_PENILAIAN_TAHUNAN();
    const { batasKeberatanHariKerja } = await pengaturanTahun(db, body.tahun);
    const r = rentangKalenderKeberatan(now, batasKeberatanHariKerja);
    const kal = await deps.kalender.kalender(r.dari, r.sampai);
    const batas = batasKeberatan(now, batasKeberatanHariKerja, kal);
    const belumDinilai = await repo.countBelumDinilaiTahunan(db, u.id, body.tahun);
    const periode = `Tahunan ${body.tahun}`;
    const row = await db.transaction(async (tx) => {
      const dikunci = await repo.tetapkanPenilaianTahunan(tx, u.id, body.tahun, now, batas);
      const pt = await repo.insertPenetapan(tx, {
        opdId: u.id, tahun: body.tahun, olehAkunId: p.akunId, olehPegawaiId: p.pegawaiId, ditetapkanAt: now, batasKeberatan: batas,
        jumlahPegawai: dikunci.length,
      });
      if (!pt) throw E.SUDAH_DITETAPKAN();
      const label = await repo.pegawaiLabel(tx, dikunci.map((d) => d.pegawaiId));
      for (const d of dikunci) {
        await deps.notifikasi.antrikan(tx, {
          kunci: `kinerja.dinilai:${d.id}:tahunan`, templat: 'kinerja.dinilai', telepon: label.get(d.pegawaiId)?.telepon ?? null,
          data: { periode, predikat: LABEL_PREDIKAT[d.predikat], tautan: `/app/kinerja/skp/${d.skpId}/tahunan` },
        });
      }
      await recordAudit(tx, {
        akunId: p.akunId, aksi: 'kinerja.penetapan', entitas: 'kinerja_penetapan', entitasId: pt.id,
        data: { opdId: u.id, tahun: body.tahun, batasKeberatan: batas, jumlahPenilaian: dikunci.length, belumDinilai },
      });
      return pt;
    });
    const [dto] = await penetapanDto([row]);
    return { penetapan: dto!, jumlahPenilaian: row.jumlahPegawai, belumDinilai };
  }

  /** GET /kinerja/penetapan?tahun — penetapan of the year in the OPDs the caller may open (admin: all). */
  async function listPenetapan(p: Pengguna, tahun: number): Promise<PenetapanList> {
    const ids = isAdmin(p) ? null : (await opdPilihan(p, await kepemimpinan(p, tahun))).map((o) => o.id);
    return { items: await penetapanDto(await repo.listPenetapan(db, tahun, ids)) };
  }

  // ------------------------------------------------------------------------------------------ keberatan

  async function keberatanDto(p: Pengguna, rows: repo.KeberatanRow[]): Promise<Keberatan[]> {
    if (!rows.length) return [];
    const pn = new Map((await repo.listPenilaianById(db, rows.map((r) => r.penilaianId))).map((r) => [r.id, r]));
    const sk = new Map((await repo.listSkpById(db, [...pn.values()].map((r) => r.skpId))).map((r) => [r.id, r]));
    const label = await repo.pegawaiLabel(db, rows.flatMap((r) => [r.pegawaiId, r.pemutusId]));
    return rows.map((k) => {
      const n = pn.get(k.penilaianId)!;
      const s = sk.get(n.skpId)!;
      const l = label.get(k.pegawaiId);
      return {
        id: k.id, penilaianId: k.penilaianId, skpId: s.id, tahun: n.tahun, periodeKe: n.periodeKe,
        pegawai: { id: k.pegawaiId, nama: namaPegawai(label, k.pegawaiId) ?? '', nip: l?.nip ?? '', jabatan: s.jabatanNama },
        pemutus: k.pemutusId != null ? { id: k.pemutusId, nama: namaPegawai(label, k.pemutusId) ?? '' } : null,
        alasan: k.alasan, status: k.status, keputusan: k.keputusan,
        sebelum: (k.sebelum as Keberatan['sebelum']) ?? null, sesudah: (k.sesudah as Keberatan['sesudah']) ?? null,
        penilaian: nilaiDari(n), diajukanAt: k.diajukanAt.toISOString(), diputusAt: iso(k.diputusAt),
        bolehPutus: k.status === 'diajukan' && pemutusAdalah(p, k),
      };
    });
  }

  const pemutusAdalah = (p: Pengguna, k: { pemutusId: number | null }) =>
    k.pemutusId != null ? p.pegawaiId === k.pemutusId : isAdmin(p);

  /**
   * POST /kinerja/penilaian/:id/keberatan — the pegawai objects to their ditetapkan annual penilaian
   * (kinerja.md §1.3 "Keberatan": in stages, to the atasan of the penilai), until `batasKeberatan` (WIB date,
   * inclusive), one open keberatan at a time. The decider is the SKP's atasan pejabat penilai (BKPSDM when
   * there is none), notified (`kinerja.keberatan`). One transaction (the penilaian row is locked); audited.
   * @param now decides (WIB) whether the window is still open
   * @throws PENILAIAN_TIDAK_DITEMUKAN (404: absent or no relation) | AKSES_DITOLAK (403: not the pemilik) |
   *   BELUM_DITETAPKAN, BATAS_KEBERATAN_LEWAT, KEBERATAN_MASIH_DIPROSES (409); 400 body.alasan (contract)
   */
  async function ajukanKeberatan(p: Pengguna, penilaianId: number, body: KeberatanBody, now: Date = new Date()): Promise<Keberatan> {
    const pn = await repo.findPenilaianById(db, penilaianId);
    if (!pn) throw E.PENILAIAN_TIDAK_DITEMUKAN();
    const s = (await repo.findSkp(db, pn.skpId))!;
    if (!(await relasiSkp(deps.org, p, s))) throw E.PENILAIAN_TIDAK_DITEMUKAN();
    await wajibRelasi(deps.org, p, s, ['pemilik']);
    if (pn.periodeKe !== 0 || !pn.ditetapkanAt || !pn.batasKeberatan) throw E.BELUM_DITETAPKAN();
    if (!bolehKeberatan(now, pn.batasKeberatan)) {
      throw E.BATAS_KEBERATAN_LEWAT(`Batas waktu pengajuan keberatan adalah ${tanggalPanjangId(pn.batasKeberatan)}; keberatan tidak dapat diajukan lagi.`);
    }
    const label = await repo.pegawaiLabel(db, [s.pegawaiId, s.atasanPenilaiId]);
    const row = await db.transaction(async (tx) => {
      await repo.findPenilaianById(tx, pn.id, true);
      if ((await repo.listKeberatanPenilaian(tx, [pn.id])).some((k) => k.status === 'diajukan')) throw E.KEBERATAN_MASIH_DIPROSES();
      const k = await repo.insertKeberatan(tx, {
        penilaianId: pn.id, pegawaiId: s.pegawaiId, pemutusId: s.atasanPenilaiId, alasan: body.alasan.trim(), status: 'diajukan', diajukanAt: now,
      });
      await recordAudit(tx, { akunId: p.akunId, aksi: 'kinerja.keberatan_ajukan', entitas: 'kinerja_keberatan', entitasId: k.id, data: { penilaianId: pn.id, skpId: s.id } });
      if (s.atasanPenilaiId != null) {
        await deps.notifikasi.antrikan(tx, {
          kunci: `kinerja.keberatan:${k.id}:diajukan`, templat: 'kinerja.keberatan', telepon: label.get(s.atasanPenilaiId)?.telepon ?? null,
          data: {
            tahun: String(pn.tahun), status: `diajukan oleh ${namaPegawai(label, s.pegawaiId) ?? 'pegawai'} dan menunggu keputusan Anda`,
            nama: namaPegawai(label, s.pegawaiId), tautan: '/app/kinerja/keberatan',
          },
        });
      }
      return k;
    });
    return (await keberatanDto(p, [row]))[0]!;
  }

  /** GET /kinerja/keberatan — the caller's own keberatan and those they decide (admin: those without an atasan penilai). */
  async function listKeberatan(p: Pengguna): Promise<KeberatanList> {
    const milik = p.pegawaiId != null ? await repo.listKeberatan(db, { pegawaiId: p.pegawaiId }) : [];
    const putus = [
      ...(p.pegawaiId != null ? await repo.listKeberatan(db, { pemutusId: p.pegawaiId }) : []),
      ...(isAdmin(p) ? await repo.listKeberatan(db, { pemutusId: null }) : []),
    ];
    return { milikSaya: await keberatanDto(p, milik), untukDiputus: await keberatanDto(p, putus) };
  }

  /**
   * POST /kinerja/keberatan/:id/putus — the atasan pejabat penilai (or BKPSDM when the SKP has none)
   * decides: `ditolak` with a reason, or `diterima` with new ratings — the penilaian gets them, the
   * predikat is recomputed from the matrix (an earlier override is dropped), the old values are kept in
   * `sebelum`; the penilaian stays ditetapkan. The pegawai is notified (`kinerja.keberatan`). One
   * transaction; audited (`kinerja.keberatan_putus`).
   * @throws KEBERATAN_TIDAK_DITEMUKAN (404: absent or no relation to the SKP) | BUKAN_PEMUTUS (403) |
   *   RATING_WAJIB (400 body.ratingHasilKerja / body.ratingPerilaku) | KEBERATAN_SUDAH_DIPUTUS, REVISI_USANG (409)
   */
  async function putusKeberatan(p: Pengguna, id: number, body: PutusKeberatanBody, now: Date = new Date()): Promise<Keberatan> {
    const k = await repo.findKeberatan(db, id);
    if (!k) throw E.KEBERATAN_TIDAK_DITEMUKAN();
    const pn = (await repo.findPenilaianById(db, k.penilaianId))!;
    const s = (await repo.findSkp(db, pn.skpId))!;
    if (!pemutusAdalah(p, k)) {
      if (!(await relasiSkp(deps.org, p, s))) throw E.KEBERATAN_TIDAK_DITEMUKAN();
      throw E.BUKAN_PEMUTUS();
    }
    if (k.status !== 'diajukan') throw E.KEBERATAN_SUDAH_DIPUTUS();
    if (memuatDeretNik(body.catatan)) {
      throw E.CATATAN_MEMUAT_NIK(undefined, [{ field: 'body.catatan', message: 'Hapus angka 16 digit atau lebih (NIK/KK/NIP) dari catatan' }]);
    }
    if (body.keputusan === 'diterima') {
      const kurang = [
        ...(body.ratingHasilKerja ? [] : [{ field: 'body.ratingHasilKerja', message: 'wajib diisi bila keberatan diterima' }]),
        ...(body.ratingPerilaku ? [] : [{ field: 'body.ratingPerilaku', message: 'wajib diisi bila keberatan diterima' }]),
      ];
      if (kurang.length) throw E.RATING_WAJIB(undefined, kurang);
    }
    const label = await repo.pegawaiLabel(db, [s.pegawaiId]);
    const row = await db.transaction(async (tx) => {
      const kini = (await repo.findPenilaianById(tx, pn.id, true))!;
      let sebelum: ReturnType<typeof nilaiDari> | null = null;
      let sesudah: ReturnType<typeof nilaiDari> | null = null;
      if (body.keputusan === 'diterima') {
        const hk = body.ratingHasilKerja!;
        const pk = body.ratingPerilaku!;
        const matriks = predikatKinerja(hk, pk);
        const baru = await repo.updatePenilaian(tx, kini.id, kini.revisi, {
          ratingHasilKerja: hk, ratingPerilaku: pk, predikatMatriks: matriks, predikat: matriks, alasanPredikat: null,
        });
        if (!baru) throw KinerjaErrors.REVISI_USANG();
        sebelum = nilaiDari(kini);
        sesudah = nilaiDari(baru);
      }
      const r = await repo.updateKeberatan(tx, k.id, { status: body.keputusan, keputusan: body.catatan.trim(), sebelum, sesudah, diputusAt: now });
      if (!r) throw E.KEBERATAN_SUDAH_DIPUTUS();
      await recordAudit(tx, {
        akunId: p.akunId, aksi: 'kinerja.keberatan_putus', entitas: 'kinerja_keberatan', entitasId: k.id,
        data: { penilaianId: pn.id, keputusan: body.keputusan, sebelum, sesudah },
      });
      await deps.notifikasi.antrikan(tx, {
        kunci: `kinerja.keberatan:${k.id}:${body.keputusan}`, templat: 'kinerja.keberatan', telepon: label.get(s.pegawaiId)?.telepon ?? null,
        data: {
          tahun: String(pn.tahun), status: body.keputusan === 'diterima' ? `diterima; predikat kini ${LABEL_PREDIKAT[sesudah!.predikat]}` : 'ditolak',
          catatan: body.catatan.trim(), tautan: `/app/kinerja/skp/${s.id}/tahunan`,
        },
      });
      return r;
    });
    return (await keberatanDto(p, [row]))[0]!;
  }

  return {
    nilai, daftarPenilaianSkp, distribusi, setPredikatOrganisasi, pertahankan, ringkasan, tetapkan, listPenetapan,
    ajukanKeberatan, listKeberatan, putusKeberatan,
  };
}
export type KinerjaPenilaianService = ReturnType<typeof createKinerjaPenilaianService>;
