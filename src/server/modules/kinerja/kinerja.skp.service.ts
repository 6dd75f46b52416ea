import type {
  BuatSkpBodyValid as BuatSkpBody, EkspektasiBodyValid as EkspektasiBody, KembalikanBodyValid as KembalikanBody, KinerjaSaya, Orang,
  PohonOpd, PohonSkp, RevisiBodyValid as RevisiBody, RhkAtasan, SimpulPohon, SkpDetail, SkpRingkas, Tim,
  UbahPenilaiBodyValid as UbahPenilaiBody, UbahSkpBodyValid as UbahSkpBody,
} from '../../../contracts/kinerja-skp.ts';
import { memuatDeretNik } from '../../../domain/shared/nik.ts';
import { namaDenganGelar } from '../../../domain/org/atasan.ts';
import { perilakuSkp, KODE_PERILAKU } from '../../../domain/kinerja/perilaku.ts';
import { daftarPeriode } from '../../../domain/kinerja/periode.ts';
import { cariMetrik } from '../../../domain/kinerja/metrik.ts';
import type { Predikat } from '../../../domain/kinerja/predikat.ts';
import {
  izinSkp, LABEL_STATUS_SKP, periksaMetrikIndikator, periksaSkpUntukDiajukan, rentangSkpBaru, transisiSkp,
  type AksiSkp, type GalatRencana, type JenisJabatan, type RhkRencana, type StatusSkp,
} from '../../../domain/kinerja/skp.ts';
import { tanggalWib } from '../../../domain/shared/tanggal.ts';
import { normalisasiTelepon } from '../../../domain/shared/telepon.ts';
import type { DbOrTx } from '../../db/client.ts';
import { recordAudit } from '../audit/index.ts';
import { RELASI_BACA, relasiSkp, wajibRelasi, type Pengguna, type Relasi, type SkpAkses } from './kinerja.akses.ts';
import type { KinerjaDeps } from './kinerja.deps.ts';
import { KinerjaErrors } from './kinerja.errors.ts';
import { pengaturanTahun } from './kinerja.periode.ts';
import { SkpErrors } from './kinerja.skp.errors.ts';
import * as repo from './kinerja.skp.repository.ts';

const nama = (o: { nama: string; gelarDepan: string | null; gelarBelakang: string | null }) => namaDenganGelar(o);
const keOrang = (o: repo.OrangRow | undefined): Orang | null => (o ? { id: Number(o.id), nama: nama(o), nip: o.nip, jabatan: o.jabatan } : null);
const keAkses = (s: repo.SkpRow): SkpAkses => ({ id: s.id, pegawaiId: s.pegawaiId, penilaiId: s.penilaiId, atasanPenilaiId: s.atasanPenilaiId, opdId: s.opdId, aktif: s.aktif });
const tautanSkp = (id: number) => `/app/kinerja/skp/${id}`;
const tahunWib = (now: Date) => Number(tanggalWib(now).slice(0, 4));
/** The lingkup an indikator binding means: as given, or the metric's only one. */
const lingkupMetrik = (ind: { metrik?: string | null; metrikLingkup?: string | null }) =>
  (ind.metrik && !ind.metrikLingkup && cariMetrik(ind.metrik)?.lingkup.length === 1 ? cariMetrik(ind.metrik)!.lingkup[0]! : ind.metrikLingkup ?? null);

/**
 * SKP planning use cases of module `kinerja` (issue #5 "Planning"; PermenPANRB 6/2022; kinerja.md
 * §1.2–§1.4, §7.5): my year, SKP creation (with the mutasi rule), editing the plan, the workflow
 * (ajukan → setujui | kembalikan), the BerAKHLAK ekspektasi khusus, the cascade picker and trees, the
 * atasan's team view, and BKPSDM's change of penilai.
 *
 * Access: every use case on one SKP decides with {@link relasiSkp}/{@link wajibRelasi} (404 without a
 * relation, 403 with the wrong one). Every state change is one transaction with an `skp_riwayat` row (for
 * workflow steps), `recordAudit`, and the notification queued in the same transaction. `now` is a
 * parameter (tests pin it; the server passes the current instant).
 */
export function createKinerjaSkpService(deps: KinerjaDeps) {
  const { db, org } = deps;

  /**
   * The access fields of one SKP (for the other kinerja parts: realisasi, penilaian, dokumen).
   * @throws KinerjaErrors.SKP_TIDAK_DITEMUKAN (404) when there is no such SKP
   */
  async function muatSkpAkses(id: number, tx: DbOrTx = db): Promise<SkpAkses> {
    const s = await repo.findSkp(tx, id);
    if (!s) throw KinerjaErrors.SKP_TIDAK_DITEMUKAN();
    return keAkses(s);
  }

  /** Locks the SKP in `tx` and checks the caller's relation (404 none / 403 not in `boleh`). */
  async function kunciDanRelasi(tx: DbOrTx, p: Pengguna, id: number, boleh: readonly Relasi[] = RELASI_BACA) {
    const s = await repo.lockSkp(tx, id);
    if (!s) throw KinerjaErrors.SKP_TIDAK_DITEMUKAN();
    const relasi = await wajibRelasi(org, p, keAkses(s), boleh, tx);
    return { s, relasi };
  }

  /** 403 for the wrong actor, 409 REVISI_USANG for a stale revisi, 409 STATUS_TIDAK_BOLEH for the status. */
  function periksaLangkah(s: repo.SkpRow, relasi: Relasi, aksi: AksiSkp, revisi: number): StatusSkp {
    const pelaku = relasi === 'pemilik' ? 'pemilik' : relasi === 'penilai' ? 'penilai' : null;
    const t = transisiSkp(s.status, aksi, pelaku);
    if (!t.ok && t.alasan === 'pelaku') throw KinerjaErrors.AKSES_DITOLAK(t.pesan);
    if (s.revisi !== revisi) throw KinerjaErrors.REVISI_USANG();
    if (!t.ok) throw SkpErrors.STATUS_TIDAK_BOLEH(t.pesan);
    return t.ke;
  }

  /** The plan of an SKP in SkpDetail order (utama first, saved order). */
  async function muatRencana(tx: DbOrTx, skpId: number) {
    const rhk = await repo.listRhk(tx, skpId);
    const ind = await repo.listIndikator(tx, rhk.map((r) => r.id));
    const perRhk = new Map<number, repo.IndikatorRow[]>();
    for (const i of ind) perRhk.set(i.rhkId, [...(perRhk.get(i.rhkId) ?? []), i]);
    return rhk.map((r) => ({ ...r, indikator: perRhk.get(r.id) ?? [] }));
  }

  /**
   * One SKP as SkpDetail for a caller whose relation is already known.
   */
  async function susunDetail(tx: DbOrTx, s: repo.SkpRow, relasi: Relasi): Promise<SkpDetail> {
    const [orang, unit, rencana, ekspektasi, riwayat, terkunci, pengaturan] = await Promise.all([
      repo.findOrang(tx, [s.pegawaiId, s.penilaiId, s.atasanPenilaiId].filter((x): x is number => x != null)),
      org.getUnitNames([s.unitId, s.opdId]),
      muatRencana(tx, s.id),
      repo.listEkspektasi(tx, s.id),
      repo.listRiwayat(tx, s.id),
      repo.isTerkunci(tx, s),
      pengaturanTahun(tx, s.tahun),
    ]);
    const pemilik = orang.get(s.pegawaiId);
    return {
      id: s.id, tahun: s.tahun, periodeMulai: s.periodeMulai, periodeSelesai: s.periodeSelesai, status: s.status, revisi: s.revisi,
      pendekatan: s.pendekatan, alasanBaru: s.alasanBaru, aktif: s.aktif, menggantikanSkpId: s.menggantikanSkpId,
      catatanKembali: s.catatanKembali,
      diajukanAt: s.diajukanAt ? s.diajukanAt.toISOString() : null,
      disetujuiAt: s.disetujuiAt ? s.disetujuiAt.toISOString() : null,
      terkunci,
      pegawai: {
        id: s.pegawaiId, nama: pemilik ? nama(pemilik) : '', nip: pemilik?.nip ?? '', jabatan: s.jabatanNama, jenisJabatan: s.jenisJabatan,
        unit: { id: s.unitId, nama: unit.get(s.unitId) ?? '' }, opd: { id: s.opdId, nama: unit.get(s.opdId) ?? '' },
      },
      penilai: s.penilaiId != null ? keOrang(orang.get(s.penilaiId)) : null,
      atasanPenilai: s.atasanPenilaiId != null ? keOrang(orang.get(s.atasanPenilaiId)) : null,
      relasi,
      izin: izinSkp({ relasi, status: s.status, terkunci, adaPenilai: s.penilaiId != null }),
      periode: daftarPeriode(s.tahun, pengaturan.jenisPeriode)
        .filter((x) => x.selesai >= s.periodeMulai && x.mulai <= s.periodeSelesai)
        .map((x) => ({ ke: x.ke, label: x.label, mulai: x.mulai, selesai: x.selesai })),
      rhk: rencana.map((r) => ({
        id: r.id, jenis: r.jenis, uraian: r.uraian, parentRhkId: r.parentRhkId, sumberPk: r.sumberPk,
        parent: r.parentRhkId != null && r.parentUraian != null
          ? { id: r.parentRhkId, uraian: r.parentUraian, pegawaiNama: nama({ nama: r.parentNama ?? '', gelarDepan: r.parentGelarDepan, gelarBelakang: r.parentGelarBelakang }) }
          : null,
        indikator: r.indikator.map((i) => ({
          id: i.id, aspek: i.aspek, uraian: i.uraian, targetAngka: i.targetAngka, targetSatuan: i.targetSatuan, targetNarasi: i.targetNarasi,
          perspektif: i.perspektif, metrik: i.metrik, metrikLingkup: i.metrikLingkup, metrikRefId: i.metrikRefId,
        })),
      })),
      perilaku: perilakuSkp(ekspektasi),
      riwayat: riwayat.map((r) => ({
        aksi: r.aksi, catatan: r.catatan, at: r.at,
        oleh: r.nama != null ? nama({ nama: r.nama, gelarDepan: r.gelarDepan, gelarBelakang: r.gelarBelakang }) : r.akunNama,
      })),
    };
  }

  async function detailSesudah(tx: DbOrTx, p: Pengguna, id: number): Promise<SkpDetail> {
    const s = (await repo.findSkp(tx, id))!;
    const relasi = (await relasiSkp(org, p, keAkses(s), tx)) ?? 'admin';
    return susunDetail(tx, s, relasi);
  }

  /** The phone of a pegawai for WhatsApp, normalised (628…), or null (then the message is stored as dilewati). */
  const teleponDari = (o: repo.OrangRow | undefined) => (o?.telepon ? normalisasiTelepon(o.telepon) : null);

  const riwayat = (tx: DbOrTx, p: Pengguna, skpId: number, aksi: string, at: Date, catatan?: string | null) =>
    repo.insertRiwayat(tx, { skpId, aksi, olehPegawaiId: p.pegawaiId, olehAkunId: p.akunId, catatan: catatan ?? null, at });

  /** Checks `tahun` for my-year views and creation: the current year or the next one (WIB). */
  function periksaTahunBuat(tahun: number, now: Date, field: string) {
    const kini = tahunWib(now);
    if (tahun < kini || tahun > kini + 1) {
      throw SkpErrors.TAHUN_TIDAK_VALID(undefined, [{ field, message: `harus ${kini} atau ${kini + 1}` }]);
    }
  }

  // ------------------------------------------------------------------------------------------ reads

  /**
   * GET /kinerja/saya: the caller's performance year (KinerjaSaya). `tahun` defaults to the current WIB
   * year. `saranBuat` applies the rule of POST /kinerja/skp (kinerja.md §1.2 Timing, §1.3 mutasi).
   */
  async function saya(p: Pengguna, q: { tahun?: number }, now: Date = new Date()): Promise<KinerjaSaya> {
    const tahun = q.tahun ?? tahunWib(now);
    const pengaturan = await pengaturanTahun(db, tahun);
    const periode = daftarPeriode(tahun, pengaturan.jenisPeriode).map((x) => ({ ke: x.ke, label: x.label, mulai: x.mulai, selesai: x.selesai }));
    const dasar = {
      tahun, periode,
      pengaturan: { jenisPeriode: pengaturan.jenisPeriode, batasKeberatanHariKerja: pengaturan.batasKeberatanHariKerja, batasPenyusunanSkp: pengaturan.batasPenyusunanSkp },
    };
    const peg = p.pegawaiId != null ? await org.getPegawai(p.pegawaiId) : null;
    if (!peg) {
      return { ...dasar, pegawai: null, skp: [], penilai: null, jumlahBawahan: 0, saranBuat: null, saranBuatPesan: null };
    }
    const [rows, atasan] = await Promise.all([repo.listSkpPegawai(db, peg.id, tahun), org.getAtasan(peg.id)]);
    const [orang, jumlahRhk] = await Promise.all([
      repo.findOrang(db, rows.map((r) => r.penilaiId).filter((x): x is number => x != null)),
      repo.countRhk(db, rows.map((r) => r.id)),
    ]);
    const skp: SkpRingkas[] = rows.map((r) => ({
      id: r.id, tahun: r.tahun, periodeMulai: r.periodeMulai, periodeSelesai: r.periodeSelesai, status: r.status, revisi: r.revisi,
      aktif: r.aktif, alasanBaru: r.alasanBaru, jabatan: r.jabatanNama, catatanKembali: r.catatanKembali,
      penilai: r.penilaiId != null && orang.get(r.penilaiId) ? { id: r.penilaiId, nama: nama(orang.get(r.penilaiId)!) } : null,
      jumlahRhk: jumlahRhk.get(r.id) ?? 0,
    }));

    let saranBuat: KinerjaSaya['saranBuat'] = null;
    let saranBuatPesan: string | null = null;
    const kini = tahunWib(now);
    const berjalan = [...rows].reverse().find((r) => r.aktif) ?? null;
    if (peg.jabatanId == null || peg.jenisJabatan == null) {
      saranBuatPesan = SkpErrors.TANPA_JABATAN().message;
    } else if (tahun < kini || tahun > kini + 1) {
      saranBuatPesan = rows.length ? null : SkpErrors.TAHUN_TIDAK_VALID().message;
    } else if (!berjalan || berjalan.jabatanId !== peg.jabatanId) {
      if (!berjalan && rows.length) {
        saranBuatPesan = null;
      } else {
        const r = rentangSkpBaru(tanggalWib(now), pengaturan.jenisPeriode, tahun, berjalan ? { mulai: berjalan.periodeMulai } : null);
        if (r.jenis === 'awal') saranBuat = { alasan: 'awal', mulai: r.mulai, selesai: r.selesai, lamaSelesai: null };
        else if (r.jenis === 'lanjutan') saranBuat = { alasan: 'mutasi', mulai: r.mulai, selesai: r.selesai, lamaSelesai: r.lamaSelesai };
        else saranBuatPesan = r.pesan;
      }
    }
    return {
      ...dasar,
      pegawai: {
        id: peg.id, nama: peg.nama, nip: peg.nip, jabatan: peg.jabatan, jenisJabatan: peg.jenisJabatan,
        unit: { id: peg.unitId, nama: peg.unitNama }, opd: peg.opdId != null ? { id: peg.opdId, nama: peg.opdNama ?? '' } : null,
      },
      skp,
      penilai: atasan ? { id: atasan.id, nama: atasan.nama, jabatan: atasan.jabatan } : null,
      jumlahBawahan: peg.jumlahBawahan,
      saranBuat, saranBuatPesan,
    };
  }

  /**
   * GET /kinerja/skp/:id: the SKP with its plan, part B (BerAKHLAK), history, the caller's relation and
   * what they may do (`izin`).
   * @throws SKP_TIDAK_DITEMUKAN (404) when absent or the caller has no relation
   */
  async function detail(p: Pengguna, id: number): Promise<SkpDetail> {
    const s = await repo.findSkp(db, id);
    if (!s) throw KinerjaErrors.SKP_TIDAK_DITEMUKAN();
    const relasi = await wajibRelasi(org, p, keAkses(s));
    return susunDetail(db, s, relasi);
  }

  /**
   * GET /kinerja/skp/:id/rhk-atasan (pemilik): the RHK of the SKP's pejabat penilai for the same year that
   * this SKP's RHK may intervene in (kinerja.md §1.2 cascading "RHK pimpinan yang diintervensi").
   * @throws SKP_TIDAK_DITEMUKAN (404) | AKSES_DITOLAK (403) for anyone but the pemilik
   */
  async function rhkAtasan(p: Pengguna, id: number): Promise<RhkAtasan> {
    const s = await repo.findSkp(db, id);
    if (!s) throw KinerjaErrors.SKP_TIDAK_DITEMUKAN();
    await wajibRelasi(org, p, keAkses(s), ['pemilik']);
    if (s.penilaiId == null) return { penilai: null, skpId: null, rhk: [] };
    const [orang, rhk] = await Promise.all([repo.findOrang(db, [s.penilaiId]), repo.listRhkPegawaiTahun(db, s.penilaiId, s.tahun)]);
    const o = orang.get(s.penilaiId);
    return {
      penilai: o ? { id: o.id, nama: nama(o), jabatan: o.jabatan } : null,
      skpId: rhk.find((r) => r.aktif)?.skpId ?? rhk[0]?.skpId ?? null,
      rhk: rhk.map((r) => ({ id: r.id, skpId: r.skpId, jenis: r.jenis, uraian: r.uraian, status: r.status })),
    };
  }

  /** Nests flat tree rows by parent; `fokusSkpId` marks that SKP's RHK. Rows whose parent is absent are roots. */
  function susunPohon(rows: repo.SimpulRow[], fokusSkpId: number | null): SimpulPohon[] {
    const simpul = new Map<number, SimpulPohon>();
    for (const r of rows) {
      simpul.set(r.rhkId, {
        rhkId: r.rhkId, uraian: r.uraian, jenis: r.jenis, skpId: r.skpId, status: r.status, aktif: r.aktif,
        fokus: r.skpId === fokusSkpId,
        pegawai: { id: r.pegawaiId, nama: nama(r), jabatan: r.jabatan },
        anak: [],
      });
    }
    const akar: SimpulPohon[] = [];
    for (const r of rows) {
      const n = simpul.get(r.rhkId)!;
      const induk = r.parentRhkId != null && r.parentRhkId !== r.rhkId ? simpul.get(r.parentRhkId) : undefined;
      (induk ? induk.anak : akar).push(n);
    }
    // A loop in bad data would leave its members unreachable from any root: show them as roots.
    const terjangkau = new Set<number>();
    const jalan = (n: SimpulPohon) => { if (terjangkau.has(n.rhkId)) return; terjangkau.add(n.rhkId); n.anak.forEach(jalan); };
    akar.forEach(jalan);
    for (const r of rows) {
      if (!terjangkau.has(r.rhkId)) {
        const n = simpul.get(r.rhkId)!;
        for (const x of simpul.values()) x.anak = x.anak.filter((a) => a !== n);
        akar.push(n);
        jalan(n);
      }
    }
    return akar;
  }

  /**
   * GET /kinerja/skp/:id/pohon: the cascade around one SKP — the chain of RHK above its RHK up to the top
   * (context, no siblings) and everything below that intervenes in them (one recursive query).
   * @throws SKP_TIDAK_DITEMUKAN (404) without a relation
   */
  async function pohonSkp(p: Pengguna, id: number): Promise<PohonSkp> {
    const s = await repo.findSkp(db, id);
    if (!s) throw KinerjaErrors.SKP_TIDAK_DITEMUKAN();
    await wajibRelasi(org, p, keAkses(s));
    return { skpId: s.id, tahun: s.tahun, akar: susunPohon(await repo.pohonSekitarSkp(db, s.id), s.id) };
  }

  /**
   * GET /kinerja/pohon?opdId&tahun [kinerja:opd]: admin — the forest of any OPD (`opdId` required);
   * admin_opd — their own OPD (default); everyone else (an atasan) — their own subtree: the RHK of their
   * SKPs of the year and everything below. `opdId` of an OPD the caller may not see → 403.
   * @throws OPD_WAJIB (400) | OPD_TIDAK_DITEMUKAN (404) | AKSES_DITOLAK (403) | BUKAN_PEGAWAI (403)
   */
  async function pohonOpd(p: Pengguna, q: { opdId?: number; tahun?: number }, now: Date = new Date()): Promise<PohonOpd> {
    const tahun = q.tahun ?? tahunWib(now);
    const admin = p.roles.includes('admin');
    const adminOpd = p.roles.includes('admin_opd') && p.opdId != null;
    let opdId: number | null = null;
    if (admin) {
      if (q.opdId == null) throw SkpErrors.OPD_WAJIB(undefined, [{ field: 'query.opdId', message: 'wajib dipilih' }]);
      opdId = q.opdId;
    } else if (adminOpd && (q.opdId == null || q.opdId === p.opdId)) {
      opdId = p.opdId;
    }
    if (opdId != null) {
      const u = await org.getUnit(opdId);
      if (!u || !u.isOpd) throw SkpErrors.OPD_TIDAK_DITEMUKAN(undefined, [{ field: 'query.opdId', message: 'tidak ditemukan' }]);
      return { lingkup: 'opd', opd: { id: u.id, nama: u.nama }, tahun, akar: susunPohon(await repo.pohonOpd(db, opdId, tahun), null) };
    }
    if (p.pegawaiId == null) throw KinerjaErrors.BUKAN_PEGAWAI();
    if (q.opdId != null) {
      const peg = await org.getPegawai(p.pegawaiId);
      if (peg?.opdId !== q.opdId) throw KinerjaErrors.AKSES_DITOLAK('Anda hanya dapat melihat pohon kinerja di bawah Anda sendiri.');
    }
    return { lingkup: 'subpohon', opd: null, tahun, akar: susunPohon(await repo.pohonBawah(db, p.pegawaiId, tahun), null) };
  }

  /**
   * GET /kinerja/tim?tahun: my direct and indirect bawahan (effective line) with their running SKP of the
   * year and what waits for me: `setujui_skp` (an SKP I rate is diajukan), `nilai_periode` (an ended period
   * of an approved SKP I rate has no penilaian), `nilai_tahunan` (the year ended, no annual penilaian of a
   * running approved SKP I rate). Older SKPs I still rate (after a mutasi) are extra rows. A fixed number
   * of queries whatever the team size.
   */
  async function tim(p: Pengguna, q: { tahun?: number }, now: Date = new Date()): Promise<Tim> {
    const tahun = q.tahun ?? tahunWib(now);
    const me = p.pegawaiId;
    if (me == null) return { tahun, bawahan: [] };
    const hariIni = tanggalWib(now);
    const [bawahan, pengaturan] = await Promise.all([org.listBawahan(me, { tidakLangsung: true }), pengaturanTahun(db, tahun)]);
    const skps = await repo.listSkpTim(db, tahun, bawahan.map((b) => b.id), me);
    const [penilaian, orang] = await Promise.all([
      repo.listPenilaianSkp(db, skps.map((s) => s.id)),
      repo.findOrang(db, skps.map((s) => s.pegawaiId).filter((id) => !bawahan.some((b) => b.id === id))),
    ]);
    const unitNama = await org.getUnitNames([...bawahan.map((b) => b.unitId), ...[...orang.values()].map((o) => o.unitId)]);
    const periode = daftarPeriode(tahun, pengaturan.jenisPeriode);
    const dinilai = new Map<number, Map<number, string>>();
    for (const r of penilaian) {
      if (!dinilai.has(r.skpId)) dinilai.set(r.skpId, new Map());
      dinilai.get(r.skpId)!.set(r.periodeKe, r.predikat);
    }
    const perPegawai = new Map<number, repo.SkpRow[]>();
    for (const s of skps) perPegawai.set(s.pegawaiId, [...(perPegawai.get(s.pegawaiId) ?? []), s]);

    const baris = (peg: Tim['bawahan'][number]['pegawai'], langsung: boolean, s: repo.SkpRow | null): Tim['bawahan'][number] => {
      const penilaiSaya = s?.penilaiId === me;
      const n = s ? dinilai.get(s.id) ?? new Map<number, string>() : new Map<number, string>();
      const tindakan: Tim['bawahan'][number]['perluTindakan'] = [];
      const belum: number[] = [];
      if (s && penilaiSaya) {
        if (s.status === 'diajukan') tindakan.push('setujui_skp');
        if (s.status === 'disetujui') {
          for (const x of periode) {
            if (x.selesai < hariIni && x.selesai >= s.periodeMulai && x.mulai <= s.periodeSelesai && !n.has(x.ke)) belum.push(x.ke);
          }
          if (belum.length) tindakan.push('nilai_periode');
          if (s.aktif && `${tahun}-12-31` < hariIni && !n.has(0)) tindakan.push('nilai_tahunan');
        }
      }
      const terakhir = [...n.entries()].filter(([ke]) => ke >= 1).sort((a, b) => b[0] - a[0])[0];
      return {
        pegawai: peg, langsung, penilaiSaya,
        skp: s ? { id: s.id, status: s.status, revisi: s.revisi, periodeMulai: s.periodeMulai, periodeSelesai: s.periodeSelesai, aktif: s.aktif } : null,
        perluTindakan: tindakan, periodeBelumDinilai: belum,
        periodeTerakhir: terakhir ? { ke: terakhir[0], predikat: terakhir[1] as Predikat } : null,
      };
    };

    const out: Tim['bawahan'] = [];
    const tampil = new Set<number>();
    for (const b of bawahan) {
      const milik = perPegawai.get(b.id) ?? [];
      const utama = [...milik].reverse().find((s) => s.aktif) ?? milik[milik.length - 1] ?? null;
      const peg = { id: b.id, nama: b.nama, nip: b.nip, jabatan: b.jabatan, unit: unitNama.get(b.unitId) ?? null };
      out.push(baris(peg, b.langsung, utama));
      if (utama) tampil.add(utama.id);
      for (const s of milik) {
        if (!tampil.has(s.id) && s.penilaiId === me) { out.push(baris(peg, b.langsung, s)); tampil.add(s.id); }
      }
    }
    for (const s of skps) {
      if (tampil.has(s.id) || s.penilaiId !== me) continue;
      const o = orang.get(s.pegawaiId);
      const peg = { id: s.pegawaiId, nama: o ? nama(o) : '', nip: o?.nip ?? '', jabatan: s.jabatanNama, unit: o ? unitNama.get(o.unitId) ?? null : null };
      out.push(baris(peg, false, s));
      tampil.add(s.id);
    }
    return { tahun, bawahan: out };
  }

  // ------------------------------------------------------------------------------------------ writes

  /**
   * POST /kinerja/skp: makes a draft SKP for the caller (kinerja.md §1.2–§1.3; plan "Mutasi/promosi"):
   * snapshots of jabatan, jenis jabatan, jenjang, unit, OPD; penilai = the effective atasan now, atasan
   * penilai = the penilai's atasan. The first SKP of a year spans the whole year. When a running SKP of
   * that year is for ANOTHER jabatan (mutasi/promosi), it ends with the period containing today and the
   * new one starts the next period, with the new atasan as penilai (the old penilai rates the old SKP).
   * @returns SkpDetail of the new SKP
   * @throws BUKAN_PEGAWAI (403) | TAHUN_TIDAK_VALID (400, body.tahun; current or next year only) |
   *   TANPA_JABATAN (409) | SKP_SUDAH_ADA (409, same jabatan) | MUTASI_TIDAK_BISA (409, last period etc.)
   */
  async function buat(p: Pengguna, body: BuatSkpBody, now: Date = new Date()): Promise<SkpDetail> {
    const me = p.pegawaiId;
    if (me == null) throw KinerjaErrors.BUKAN_PEGAWAI();
    const tahun = body.tahun;
    periksaTahunBuat(tahun, now, 'body.tahun');
    const peg = await org.getPegawai(me);
    if (!peg || !peg.aktif) throw KinerjaErrors.BUKAN_PEGAWAI();
    if (peg.jabatanId == null || peg.jenisJabatan == null || peg.jabatan == null) throw SkpErrors.TANPA_JABATAN();
    const penilai = await org.getAtasan(me);
    const atasanPenilai = penilai ? await org.getAtasan(penilai.id) : null;
    const id = await db.transaction(async (tx) => {
      await repo.lockPegawaiSkp(tx, me);
      const ada = await repo.listSkpPegawai(tx, me, tahun);
      const berjalan = [...ada].reverse().find((s) => s.aktif) ?? null;
      if (ada.length && (!berjalan || berjalan.jabatanId === peg.jabatanId)) throw SkpErrors.SKP_SUDAH_ADA();
      const { jenisPeriode } = await pengaturanTahun(tx, tahun);
      const r = rentangSkpBaru(tanggalWib(now), jenisPeriode, tahun, berjalan ? { mulai: berjalan.periodeMulai } : null);
      if (r.jenis === 'tidak_bisa') throw SkpErrors.MUTASI_TIDAK_BISA(r.pesan);
      const alasanBaru = r.jenis === 'awal' ? 'awal' : body.alasanBaru ?? 'mutasi';
      if (r.jenis === 'lanjutan' && berjalan) {
        await repo.updateSkp(tx, berjalan.id, { periodeSelesai: r.lamaSelesai, aktif: false });
        await riwayat(tx, p, berjalan.id, 'diakhiri', now, `Berakhir ${r.lamaSelesai} karena ${alasanBaru} ke jabatan ${peg.jabatan}; SKP baru mulai ${r.mulai}.`);
        await recordAudit(tx, {
          akunId: p.akunId, aksi: 'kinerja.skp.diakhiri', entitas: 'skp', entitasId: berjalan.id,
          data: { periodeSelesai: { sebelum: berjalan.periodeSelesai, sesudah: r.lamaSelesai }, alasan: alasanBaru },
        });
      }
      const baru = await repo.insertSkp(tx, {
        pegawaiId: me, tahun, periodeMulai: r.mulai, periodeSelesai: r.selesai,
        jabatanId: peg.jabatanId, jabatanNama: peg.jabatan!, jenisJabatan: peg.jenisJabatan!, jenjang: peg.jenjang,
        unitId: peg.unitId, opdId: peg.opdId ?? peg.unitId,
        penilaiId: penilai?.id ?? null, atasanPenilaiId: atasanPenilai && atasanPenilai.id !== me ? atasanPenilai.id : null,
        pendekatan: body.pendekatan ?? 'kuantitatif', status: 'draft',
        menggantikanSkpId: r.jenis === 'lanjutan' ? berjalan!.id : null, alasanBaru, aktif: true, createdAt: now, updatedAt: now,
      });
      await riwayat(tx, p, baru.id, 'dibuat', now, r.jenis === 'lanjutan' ? `SKP baru karena ${alasanBaru}, berlaku ${r.mulai} – ${r.selesai}.` : null);
      await recordAudit(tx, {
        akunId: p.akunId, aksi: 'kinerja.skp.dibuat', entitas: 'skp', entitasId: baru.id,
        data: { tahun, periodeMulai: r.mulai, periodeSelesai: r.selesai, alasanBaru, penilaiId: baru.penilaiId, menggantikanSkpId: baru.menggantikanSkpId },
      });
      return baru.id;
    });
    return detailSesudah(db, p, id);
  }

  /**
   * PUT /kinerja/skp/:id (pemilik, draft/dikembalikan): replaces the plan (pendekatan, RHK, indikator).
   * RHK/indikator with an id are updated in place (an indikator keeps its RHK), new ones are added, those
   * left out removed. A draft may be incomplete (the submit rules run at ajukan) but what is given must be
   * sound: ids of this SKP, a parent that is an RHK of the penilai for the same year (or the one already
   * stored), a valid metric binding with a unit or queue lokasi of the SKP's OPD (never another OPD's data).
   * A perspektif is kept only for a JPT.
   * @throws SKP_TIDAK_DITEMUKAN (404) | AKSES_DITOLAK (403, not the pemilik) | REVISI_USANG (409) |
   *   STATUS_TIDAK_BOLEH (409) | RENCANA_TIDAK_VALID (400; fields `rhk[i].id`, `rhk[i].parentRhkId`,
   *   `rhk[i].indikator[j].id|metrik|metrikLingkup|metrikRefId`) | RHK_DIPAKAI (409) — nothing changed on error
   */
  async function ubah(p: Pengguna, id: number, body: UbahSkpBody, now: Date = new Date()): Promise<SkpDetail> {
    // Queue lokasi of the SKP's OPD, for lokasi-bound indikator (antrian reads on its own connection: before the transaction).
    const adaLokasi = body.rhk.some((r) => r.indikator.some((i) => i.metrik && i.metrikRefId != null && lingkupMetrik(i) === 'lokasi'));
    const sAwal = adaLokasi ? await repo.findSkp(db, id) : null;
    const lokasiOpd = new Set(sAwal && deps.antrian
      ? (await deps.antrian.statistik.daftarLokasi(await org.listUnitIdOpd(sAwal.opdId))).map((l) => l.id)
      : []);
    await db.transaction(async (tx) => {
      const { s, relasi } = await kunciDanRelasi(tx, p, id);
      periksaLangkah(s, relasi, 'ubah', body.revisi);
      const jpt = s.jenisJabatan === 'JPT';
      const lama = await muatRencana(tx, s.id);
      const rhkLama = new Map(lama.map((r) => [r.id, r]));
      const bolehParent = new Set(s.penilaiId != null ? (await repo.listRhkPegawaiTahun(tx, s.penilaiId, s.tahun)).map((r) => r.id) : []);
      const galat: GalatRencana[] = [];
      const dipakaiRhk = new Set<number>();
      const dipakaiInd = new Set<number>();
      const unitDicek = new Map<number, boolean>();
      for (const [i, r] of body.rhk.entries()) {
        const awal = `rhk[${i}]`;
        const ada = r.id != null ? rhkLama.get(r.id) : undefined;
        if (r.id != null && (!ada || dipakaiRhk.has(r.id))) galat.push({ field: `${awal}.id`, message: 'RHK tidak ditemukan pada SKP ini.' });
        if (r.id != null) dipakaiRhk.add(r.id);
        if (r.parentRhkId != null && !bolehParent.has(r.parentRhkId) && ada?.parentRhkId !== r.parentRhkId) {
          galat.push({ field: `${awal}.parentRhkId`, message: 'RHK atasan yang dipilih bukan RHK pada SKP pejabat penilai Anda tahun ini.' });
        }
        const indLama = new Set(ada?.indikator.map((x) => x.id) ?? []);
        for (const [j, ind] of r.indikator.entries()) {
          const q = `${awal}.indikator[${j}]`;
          if (ind.id != null && (!indLama.has(ind.id) || dipakaiInd.has(ind.id))) galat.push({ field: `${q}.id`, message: 'Indikator tidak ditemukan pada RHK ini.' });
          if (ind.id != null) dipakaiInd.add(ind.id);
          const lingkup = lingkupMetrik(ind);
          galat.push(...periksaMetrikIndikator({ ...ind, metrikLingkup: lingkup }, q));
          if (ind.metrik && lingkup === 'lokasi' && ind.metrikRefId != null && !lokasiOpd.has(ind.metrikRefId)) {
            galat.push({ field: `${q}.metrikRefId`, message: 'Lokasi antrian harus lokasi pada perangkat daerah SKP ini.' });
          }
          if (ind.metrik && lingkup === 'unit' && ind.metrikRefId != null) {
            if (!unitDicek.has(ind.metrikRefId)) {
              const u = await org.getUnit(ind.metrikRefId, tx);
              unitDicek.set(ind.metrikRefId, !!u && (u.opdId ?? u.id) === s.opdId);
            }
            if (!unitDicek.get(ind.metrikRefId)) galat.push({ field: `${q}.metrikRefId`, message: 'Unit kerja harus unit pada perangkat daerah SKP ini.' });
          }
        }
      }
      if (galat.length) throw SkpErrors.RENCANA_TIDAK_VALID(undefined, galat);

      const hapusRhk = lama.filter((r) => !dipakaiRhk.has(r.id)).map((r) => r.id);
      const hapusInd = lama.flatMap((r) => r.indikator).filter((i) => !dipakaiInd.has(i.id)).map((i) => i.id);
      const [anak, berealisasi] = await Promise.all([repo.listAnakLuar(tx, s.id, hapusRhk), repo.indikatorBerealisasi(tx, hapusInd)]);
      if (anak.length || berealisasi.length) {
        const pesan: string[] = [];
        for (const a of anak) pesan.push(`RHK "${rhkLama.get(a.parentRhkId)?.uraian ?? ''}" diintervensi oleh RHK "${a.uraian}" milik ${a.nama}.`);
        if (berealisasi.length) pesan.push(`${berealisasi.length} indikator sudah memiliki realisasi.`);
        throw SkpErrors.RHK_DIPAKAI(`Tidak dapat dihapus karena masih dipakai: ${pesan.join(' ')}`);
      }
      await repo.deleteIndikator(tx, hapusInd);
      await repo.deleteRhk(tx, hapusRhk);
      for (const [i, r] of body.rhk.entries()) {
        const nilaiRhk = { jenis: r.jenis, uraian: r.uraian, parentRhkId: r.parentRhkId ?? null, sumberPk: r.sumberPk ?? null, urutan: i };
        let rhkId: number;
        if (r.id != null) { await repo.updateRhk(tx, r.id, nilaiRhk); rhkId = r.id; } else rhkId = await repo.insertRhk(tx, { skpId: s.id, ...nilaiRhk });
        for (const [j, ind] of r.indikator.entries()) {
          const m = ind.metrik ? cariMetrik(ind.metrik) : undefined;
          const lingkup = m ? ind.metrikLingkup ?? (m.lingkup.length === 1 ? m.lingkup[0]! : null) : null;
          const nilai = {
            aspek: ind.aspek, uraian: ind.uraian, targetAngka: ind.targetAngka ?? null, targetSatuan: ind.targetSatuan ?? null,
            targetNarasi: ind.targetNarasi ?? null, perspektif: jpt ? ind.perspektif ?? null : null,
            metrik: m ? m.kode : null, metrikLingkup: lingkup, metrikRefId: m && lingkup !== 'pegawai' ? ind.metrikRefId ?? null : null, urutan: j,
          };
          if (ind.id != null) await repo.updateIndikator(tx, ind.id, nilai);
          else await repo.insertIndikator(tx, { rhkId, ...nilai });
        }
      }
      await repo.updateSkp(tx, s.id, { pendekatan: body.pendekatan, updatedAt: now });
      await recordAudit(tx, {
        akunId: p.akunId, aksi: 'kinerja.skp.diubah', entitas: 'skp', entitasId: s.id,
        data: { revisi: s.revisi + 1, jumlahRhk: body.rhk.length, jumlahIndikator: body.rhk.reduce((n, r) => n + r.indikator.length, 0), dihapus: { rhk: hapusRhk.length, indikator: hapusInd.length } },
      });
    });
    return detailSesudah(db, p, id);
  }

  /**
   * POST /kinerja/skp/:id/ajukan (pemilik): submits the SKP to the pejabat penilai after the submit rules
   * (domain `periksaSkpUntukDiajukan`; plan "Submit rules"); notifies the penilai (`kinerja.skp_diajukan`).
   * Error indices `rhk[i]` follow SkpDetail.rhk order.
   * @throws SKP_TIDAK_DITEMUKAN (404) | AKSES_DITOLAK (403) | REVISI_USANG (409) | STATUS_TIDAK_BOLEH (409) |
   *   TANPA_PENILAI (409) | SKP_BELUM_LENGKAP (400, every field) — nothing changed on error
   */
  async function ajukan(p: Pengguna, id: number, body: RevisiBody, now: Date = new Date()): Promise<SkpDetail> {
    await db.transaction(async (tx) => {
      const { s, relasi } = await kunciDanRelasi(tx, p, id);
      const ke = periksaLangkah(s, relasi, 'ajukan', body.revisi);
      if (s.penilaiId == null) throw SkpErrors.TANPA_PENILAI();
      const rencana = await muatRencana(tx, s.id);
      const atasan = (await repo.listRhkPegawaiTahun(tx, s.penilaiId, s.tahun)).map((r) => r.id);
      const galat = periksaSkpUntukDiajukan({
        jenisJabatan: s.jenisJabatan as JenisJabatan, pendekatan: s.pendekatan,
        rhk: rencana.map((r): RhkRencana => ({ jenis: r.jenis, uraian: r.uraian, parentRhkId: r.parentRhkId, indikator: r.indikator })),
      }, atasan);
      if (galat.length) throw SkpErrors.SKP_BELUM_LENGKAP(undefined, galat);
      const baru = await repo.updateSkp(tx, s.id, { status: ke, diajukanAt: now, catatanKembali: null, updatedAt: now });
      await riwayat(tx, p, s.id, 'diajukan', now);
      await recordAudit(tx, { akunId: p.akunId, aksi: 'kinerja.skp.diajukan', entitas: 'skp', entitasId: s.id, data: { dari: s.status, ke, revisi: baru.revisi } });
      const orang = await repo.findOrang(tx, [s.pegawaiId, s.penilaiId]);
      await deps.notifikasi.antrikan(tx, {
        kunci: `kinerja:skp_diajukan:${s.id}:${baru.revisi}`, templat: 'kinerja.skp_diajukan', telepon: teleponDari(orang.get(s.penilaiId)),
        data: { nama: orang.get(s.pegawaiId) ? nama(orang.get(s.pegawaiId)!) : null, tahun: s.tahun, tautan: tautanSkp(s.id) },
      });
    });
    return detailSesudah(db, p, id);
  }

  /** setujui / kembalikan: the penilai's decision, history, audit, notification to the pemilik. */
  async function putuskan(p: Pengguna, id: number, aksi: 'setujui' | 'kembalikan', revisi: number, catatan: string | null, now: Date) {
    await db.transaction(async (tx) => {
      const { s, relasi } = await kunciDanRelasi(tx, p, id);
      const ke = periksaLangkah(s, relasi, aksi, revisi);
      if (catatan && memuatDeretNik(catatan)) {
        throw SkpErrors.CATATAN_MEMUAT_NIK(undefined, [{ field: 'body.catatan', message: 'Hapus angka 16 digit atau lebih (NIK/KK/NIP) dari catatan' }]);
      }
      const baru = await repo.updateSkp(tx, s.id, aksi === 'setujui' ? { status: ke, disetujuiAt: now, updatedAt: now } : { status: ke, catatanKembali: catatan, updatedAt: now });
      await riwayat(tx, p, s.id, ke, now, catatan);
      await recordAudit(tx, { akunId: p.akunId, aksi: `kinerja.skp.${ke}`, entitas: 'skp', entitasId: s.id, data: { dari: s.status, ke, revisi: baru.revisi, catatan } });
      const orang = await repo.findOrang(tx, [s.pegawaiId]);
      await deps.notifikasi.antrikan(tx, {
        kunci: `kinerja:skp_diputus:${s.id}:${baru.revisi}`, templat: 'kinerja.skp_diputus', telepon: teleponDari(orang.get(s.pegawaiId)),
        data: { tahun: s.tahun, status: LABEL_STATUS_SKP[ke].toLowerCase(), catatan, tautan: tautanSkp(s.id) },
      });
    });
    return detailSesudah(db, p, id);
  }

  /**
   * POST /kinerja/skp/:id/setujui (penilai, diajukan → disetujui); notifies the pemilik (`kinerja.skp_diputus`).
   * @throws SKP_TIDAK_DITEMUKAN (404) | AKSES_DITOLAK (403) | REVISI_USANG (409) | STATUS_TIDAK_BOLEH (409)
   */
  const setujui = (p: Pengguna, id: number, body: RevisiBody, now: Date = new Date()) => putuskan(p, id, 'setujui', body.revisi, null, now);

  /**
   * POST /kinerja/skp/:id/kembalikan (penilai, diajukan → dikembalikan) with a note for the pegawai;
   * notifies the pemilik. Errors as {@link setujui}; an empty note is refused by the schema (400 body.catatan), a
   * note holding a NIK/KK-like number by CATATAN_MEMUAT_NIK (400 body.catatan; the note is sent by WhatsApp).
   */
  const kembalikan = (p: Pengguna, id: number, body: KembalikanBody, now: Date = new Date()) => putuskan(p, id, 'kembalikan', body.revisi, body.catatan, now);

  /**
   * PUT /kinerja/skp/:id/perilaku (penilai; any status until the annual penetapan): the ekspektasi khusus
   * pimpinan per BerAKHLAK value (kinerja.md §1.4). Does not bump `revisi` (the pemilik's plan edits are a
   * separate part); a `revisi` sent must still be the current one.
   * @throws SKP_TIDAK_DITEMUKAN (404) | AKSES_DITOLAK (403) | REVISI_USANG (409) | TERKUNCI (409)
   */
  async function ekspektasi(p: Pengguna, id: number, body: EkspektasiBody, now: Date = new Date()): Promise<SkpDetail> {
    await db.transaction(async (tx) => {
      const { s } = await kunciDanRelasi(tx, p, id, ['penilai']);
      if (body.revisi != null && body.revisi !== s.revisi) throw KinerjaErrors.REVISI_USANG();
      if (await repo.isTerkunci(tx, s)) throw KinerjaErrors.TERKUNCI();
      const sebelum = await repo.listEkspektasi(tx, s.id);
      const berubah: Record<string, { sebelum: string | null; sesudah: string | null }> = {};
      for (const kode of KODE_PERILAKU) {
        if (!(kode in body.ekspektasi)) continue;
        const v = body.ekspektasi[kode]?.trim() || null;
        if ((sebelum[kode] ?? null) === v) continue;
        await repo.simpanEkspektasi(tx, s.id, kode, v);
        berubah[kode] = { sebelum: sebelum[kode] ?? null, sesudah: v };
      }
      if (!Object.keys(berubah).length) return;
      await riwayat(tx, p, s.id, 'ekspektasi', now, `Ekspektasi khusus diperbarui: ${Object.keys(berubah).join(', ')}.`);
      await recordAudit(tx, { akunId: p.akunId, aksi: 'kinerja.skp.ekspektasi', entitas: 'skp', entitasId: s.id, data: berubah });
    });
    return detailSesudah(db, p, id);
  }

  /**
   * PATCH /kinerja/skp/:id/penilai (BKPSDM, kinerja:kelola): sets another pejabat penilai for one SKP
   * (kinerja.md §1.3 "structural superior by default, overrides allowed") and recomputes the atasan penilai
   * (the new penilai's effective atasan). Audited with before/after and the reason; a diajukan SKP is
   * announced to the new penilai. RHK that cascade from the old penilai stay; a draft must be re-linked
   * before it can be submitted.
   * @throws SKP_TIDAK_DITEMUKAN (404) | AKSES_DITOLAK (403, not admin) | PENILAI_TIDAK_VALID (400 body.penilaiId) |
   *   REVISI_USANG (409) | TERKUNCI (409)
   */
  async function ubahPenilai(p: Pengguna, id: number, body: UbahPenilaiBody, now: Date = new Date()): Promise<SkpDetail> {
    const calon = await org.getPegawai(body.penilaiId);
    const atasanCalon = calon ? await org.getAtasan(calon.id) : null;
    await db.transaction(async (tx) => {
      const s = await repo.lockSkp(tx, id);
      if (!s) throw KinerjaErrors.SKP_TIDAK_DITEMUKAN();
      if (!p.roles.includes('admin')) throw KinerjaErrors.AKSES_DITOLAK();
      if (body.revisi != null && body.revisi !== s.revisi) throw KinerjaErrors.REVISI_USANG();
      if (await repo.isTerkunci(tx, s)) throw KinerjaErrors.TERKUNCI();
      if (!calon || !calon.aktif) throw SkpErrors.PENILAI_TIDAK_VALID(undefined, [{ field: 'body.penilaiId', message: 'pegawai tidak ditemukan atau tidak aktif' }]);
      if (calon.id === s.pegawaiId) throw SkpErrors.PENILAI_TIDAK_VALID('Pegawai tidak dapat menjadi pejabat penilai SKP-nya sendiri.', [{ field: 'body.penilaiId', message: 'tidak boleh pegawai pemilik SKP' }]);
      if (calon.id === s.penilaiId) return;
      const atasanPenilaiId = atasanCalon && atasanCalon.id !== s.pegawaiId ? atasanCalon.id : null;
      const baru = await repo.updateSkp(tx, s.id, { penilaiId: calon.id, atasanPenilaiId });
      await riwayat(tx, p, s.id, 'penilai_diubah', now, `Pejabat penilai diganti menjadi ${calon.nama}. Alasan: ${body.alasan}`);
      await recordAudit(tx, {
        akunId: p.akunId, aksi: 'kinerja.skp.penilai', entitas: 'skp', entitasId: s.id,
        data: { sebelum: { penilaiId: s.penilaiId, atasanPenilaiId: s.atasanPenilaiId }, sesudah: { penilaiId: calon.id, atasanPenilaiId }, alasan: body.alasan },
      });
      if (s.status === 'diajukan') {
        const orang = await repo.findOrang(tx, [s.pegawaiId, calon.id]);
        await deps.notifikasi.antrikan(tx, {
          kunci: `kinerja:skp_diajukan:${s.id}:${baru.revisi}`, templat: 'kinerja.skp_diajukan', telepon: teleponDari(orang.get(calon.id)),
          data: { nama: orang.get(s.pegawaiId) ? nama(orang.get(s.pegawaiId)!) : null, tahun: s.tahun, tautan: tautanSkp(s.id) },
        });
      }
    });
    return detailSesudah(db, p, id);
  }

  return {
    muatSkpAkses, saya, detail, rhkAtasan, pohonSkp, pohonOpd, tim,
    buat, ubah, ajukan, setujui, kembalikan, ekspektasi, ubahPenilai,
  };
}
export type KinerjaSkpService = ReturnType<typeof createKinerjaSkpService>;
