import { eq, sql } from 'drizzle-orm';
import type { Role } from '../../src/contracts/auth.ts';
import { GOLONGAN_PNS, type GolonganPns } from '../../src/domain/org/golongan.ts';
import { JENJANG_LABEL, RENTANG_GOLONGAN_JF, type JenisJabatan, type JenjangJf } from '../../src/domain/org/jabatan.ts';
import { makeNip, type JenisKelamin } from '../../src/domain/org/nip.ts';
import { queryRows, type Database, type DbOrTx } from '../../src/server/db/client.ts';
import { hashPassword, type Argon2Cost } from '../../src/server/lib/password.ts';
import { akun } from '../../src/server/modules/auth/auth.table.ts';
import { jabatan, pegawai, unitOrganisasi, wilayah } from '../../src/server/modules/org/org.table.ts';
import {
  JF, KECAMATAN, KELURAHAN, OPD, PELAKSANA_UMUM, SETDA, type BidangDef, type JfDef, type JfKey, type OpdDef,
} from './data/opd.ts';
import { buatNama, GELAR_D3_UMUM, GELAR_S1_UMUM, GELAR_S2_UMUM } from './data/nama.ts';
import { buatAcak, type Acak } from './prng.ts';
import { bacaWilayahJson, susunWilayah, type WilayahJson, type WilayahRow } from './wilayah.ts';

/**
 * Deterministic demo organisation of Kota Tanjungbalai: wilayah (kinerja.md §6.2), the unit tree of the
 * placeholder OPD list (§6.3, §5.5), jabatan with their reporting line (§5.4, §1.3), a synthetic roster of
 * ~4,000 ASN with valid NIPs (§5.2) and golongan matching their jabatan (§5.3, §5.4), and the demo accounts.
 *
 * Everything is planned in memory first ({@link rencanakanOrg}, pure and seeded: same seed → same rows),
 * then written with multi-row inserts in chunks of {@link UKURAN_CHUNK} inside one transaction.
 */

/** The seed's "today" for ages and TMT (kept fixed so output never depends on the clock). */
export const TAHUN_ACUAN = 2026;
/** Default PRNG seed. */
export const SEED_BAWAAN = 1274_2026;
/** Password of every demo account. */
export const SANDI_DEMO = 'tanjungbalai2026';
/** argon2id cost used when the caller gives none (OWASP minimum, as config defaults). */
export const ARGON2_BAWAAN: Argon2Cost = { memoryCost: 19456, timeCost: 2 };
/** Rows per INSERT statement. */
export const UKURAN_CHUNK = 500;
/** Global staff-size factor, tuned so the roster is ~4,000 ASN. */
const SKALA_STAF = 1.15;

type UnitRow = typeof unitOrganisasi.$inferInsert & { id: number; opdId: number | null; parentId: number | null };
type JabatanRow = typeof jabatan.$inferInsert & { id: number };
type PegawaiRow = typeof pegawai.$inferInsert & { id: number; unitId: number; jabatanId: number };

/** The people the demo accounts belong to. */
export type TokohDemo = {
  bkpsdmId: number;
  disdukcapilId: number;
  diskominfoId: number;
  kepalaDukcapil: PegawaiRow;
  kabidDukcapil: PegawaiRow;
  petugasDukcapil: PegawaiRow;
  sekda: PegawaiRow;
  pegawaiLain: PegawaiRow;
};

export type RencanaOrg = {
  wilayah: WilayahRow[];
  unit: UnitRow[];
  jabatan: JabatanRow[];
  pegawai: PegawaiRow[];
  tokoh: TokohDemo;
};

type Profil = {
  jenis: JenisJabatan;
  jenjang: JenjangJf | 'PRATAMA' | null;
  jf?: JfDef;
  /** Override of the share of women. */
  perempuan?: number;
  /** Context for titles (kepala of a health OPD is a doctor). */
  kesehatan?: boolean;
};

const JENJANG_AHLI = ['AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA'] as const;
const JENJANG_TERAMPIL = ['PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA'] as const;
const BOBOT_JENJANG: Record<string, number> = {
  AHLI_PERTAMA: 45, AHLI_MUDA: 38, AHLI_MADYA: 17, PEMULA: 8, TERAMPIL: 52, MAHIR: 30, PENYELIA: 10,
};
const KELAS_JF: Record<string, number> = {
  AHLI_PERTAMA: 8, AHLI_MUDA: 9, AHLI_MADYA: 11, AHLI_UTAMA: 13, PEMULA: 5, TERAMPIL: 6, MAHIR: 7, PENYELIA: 8,
};
/** Birth-year ranges per jabatan kind/level, so age fits the post (BUP 58/60, kinerja.md §5.4). */
const LAHIR: Record<string, readonly [number, number]> = {
  JPT: [1966, 1976], ADMINISTRATOR: [1968, 1983], PENGAWAS: [1968, 1990], PELAKSANA: [1968, 2002],
  AHLI_PERTAMA: [1986, 2000], AHLI_MUDA: [1975, 1991], AHLI_MADYA: [1966, 1982],
  PEMULA: [1994, 2002], TERAMPIL: [1976, 2000], MAHIR: [1970, 1993], PENYELIA: [1968, 1985],
};
/** PNS golongan range per structural kind (kinerja.md §5.3–5.4); JF use RENTANG_GOLONGAN_JF. */
const RENTANG_STRUKTURAL: Record<string, readonly [GolonganPns, GolonganPns]> = {
  JPT: ['IV/b', 'IV/c'], ADMINISTRATOR: ['III/d', 'IV/b'], PENGAWAS: ['III/b', 'III/d'], PELAKSANA: ['II/a', 'III/b'],
};
/** Jenjang at which a PPPK may be appointed (entry and middle levels; never structural). */
const JENJANG_PPPK = new Set<string>(['AHLI_PERTAMA', 'AHLI_MUDA', 'PEMULA', 'TERAMPIL', 'MAHIR']);
const PELUANG_PPPK_PELAKSANA = 0.14;
const BULAN_TMT = [1, 3, 4, 12, 2, 10] as const;

/**
 * Plans the whole demo organisation in memory. Pure apart from its inputs: the same `seed`, `wilayah` and
 * `idAwal` always give identical rows. Ids are assigned from `idAwal` (the current max id per table), so
 * rows can be inserted with explicit ids in single multi-row statements.
 */
export function rencanakanOrg(opts: {
  wilayah: WilayahJson;
  idAwal?: { unit: number; jabatan: number; pegawai: number };
  seed?: number;
}): RencanaOrg {
  const acak = buatAcak(opts.seed ?? SEED_BAWAAN);
  const idAwal = opts.idAwal ?? { unit: 0, jabatan: 0, pegawai: 0 };
  const units: UnitRow[] = [];
  const jabatans: JabatanRow[] = [];
  const orang: PegawaiRow[] = [];
  let idUnit = idAwal.unit;
  let idJabatan = idAwal.jabatan;
  let idPegawai = idAwal.pegawai;
  const nipDipakai = new Map<string, number>();
  const jabatanKunci = new Map<string, JabatanRow>();

  const vary = (x: number) => Math.max(1, Math.round(x * SKALA_STAF * (0.75 + 0.5 * acak.next())));

  /** Adds a unit; `urutan` is the creation order (a pre-order walk), so a flat sort by urutan reads like the tree. */
  function unit(u: Omit<UnitRow, 'id' | 'opdId' | 'urutan'> & { opdId?: number | null }, isOpd = false): UnitRow {
    const id = ++idUnit;
    const row: UnitRow = { ...u, id, opdId: isOpd ? id : u.opdId ?? null, isOpd};
    units.push(row);
    return row;
  }

  function kelasJabatan(jenis: JenisJabatan, jenjang: string | null, nama: string): number {
    if (nama === SETDA.sekda) return 15;
    switch (jenis) {
      case 'JPT': return 14;
      case 'ADMINISTRATOR': return nama.startsWith('Camat') || nama.startsWith('Kepala Bidang') ? 11 : 10;
      case 'PENGAWAS': return nama.startsWith('Lurah') ? 9 : 8;
      case 'PELAKSANA': return 6;
      case 'FUNGSIONAL': return KELAS_JF[jenjang ?? ''] ?? 8;
    }
  }

  function jab(unitId: number, nama: string, jenis: JenisJabatan, jenjang: string | null, atasan: JabatanRow | null, kepala = false): JabatanRow {
    const row: JabatanRow = {
      id: ++idJabatan, unitId, nama, jenis, jenjang, kelasJabatan: kelasJabatan(jenis, jenjang, nama),
      atasanJabatanId: atasan?.id ?? null, isKepalaUnit: kepala,
    };
    jabatans.push(row);
    return row;
  }

  /** A shared non-managerial jabatan (pelaksana or a JF level) in a unit under one atasan, created once. */
  function jabBersama(unitId: number, nama: string, jenis: JenisJabatan, jenjang: string | null, atasan: JabatanRow): JabatanRow {
    const kunci = `${unitId}|${nama}|${atasan.id}`;
    let j = jabatanKunci.get(kunci);
    if (!j) {
      j = jab(unitId, nama, jenis, jenjang, atasan);
      jabatanKunci.set(kunci, j);
    }
    return j;
  }

  function gelar(p: Profil, jk: JenisKelamin, tahunLahir: number): { depan: string | null; belakang: string | null } {
    const kosong = (s: string | undefined) => (s ? s : null);
    const s1 = () => acak.pick(GELAR_S1_UMUM);
    const s2 = () => acak.pick(GELAR_S2_UMUM);
    if (p.jenis === 'FUNGSIONAL' && p.jf && p.jenjang && p.jenjang !== 'PRATAMA') {
      const ahli = p.jenjang.startsWith('AHLI');
      let belakang = ahli ? acak.pick(p.jf.gelarAhli ?? GELAR_S1_UMUM) : acak.pick(p.jf.gelarTerampil ?? GELAR_D3_UMUM);
      if (ahli && p.jenjang === 'AHLI_MADYA' && !p.jf.gelarDepan && !belakang.includes('M.') && acak.chance(0.45)) belakang += ', ' + s2();
      return { depan: kosong(p.jf.gelarDepan), belakang: kosong(belakang) };
    }
    switch (p.jenis) {
      case 'JPT':
        if (p.kesehatan) return { depan: 'dr.', belakang: acak.pick(['M.Kes.', 'M.K.M.', 'M.A.R.S.']) };
        if (tahunLahir < 1971 && acak.chance(0.35)) return { depan: jk === 'L' ? 'Drs.' : 'Dra.', belakang: s2() };
        return { depan: null, belakang: `${s1()}, ${s2()}` };
      case 'ADMINISTRATOR':
        return { depan: null, belakang: acak.chance(0.6) ? `${s1()}, ${s2()}` : s1() };
      case 'PENGAWAS':
        if (p.kesehatan && acak.chance(0.5)) return { depan: 'dr.', belakang: null };
        return { depan: null, belakang: acak.chance(0.25) ? `${s1()}, ${s2()}` : s1() };
      default: {
        const r = acak.next();
        return { depan: null, belakang: r < 0.5 ? null : r < 0.65 ? acak.pick(GELAR_D3_UMUM) : s1() };
      }
    }
  }

  function golonganPns(p: Profil, masaKerja: number): GolonganPns {
    const [lo, hi] = p.jenis === 'FUNGSIONAL' && p.jenjang && p.jenjang !== 'PRATAMA'
      ? RENTANG_GOLONGAN_JF[p.jenjang]
      : RENTANG_STRUKTURAL[p.jenis]!;
    const a = GOLONGAN_PNS.indexOf(lo);
    const b = GOLONGAN_PNS.indexOf(hi);
    const frac = Math.min(1, Math.max(0, (masaKerja - 3) / 24));
    let i = a + Math.round(frac * (b - a));
    if (acak.chance(0.25)) i += acak.chance(0.5) ? 1 : -1;
    return GOLONGAN_PNS[Math.min(b, Math.max(a, i))]!;
  }

  function golonganPppk(p: Profil): string {
    switch (p.jenis === 'FUNGSIONAL' ? p.jenjang : 'PELAKSANA') {
      case 'AHLI_PERTAMA': return 'IX';
      case 'AHLI_MUDA': return acak.pick(['X', 'XI']);
      case 'MAHIR': return 'VIII';
      case 'PEMULA': case 'TERAMPIL': return 'VII';
      default: return acak.weighted(['V', 'VI', 'VII'], [6, 1, 3]);
    }
  }

  function nomorUnik(awal15: string): string {
    const n = (nipDipakai.get(awal15) ?? 0) + 1;
    if (n > 999) throw new Error(`Nomor urut NIP habis untuk ${awal15}`);
    nipDipakai.set(awal15, n);
    return awal15 + String(n).padStart(3, '0');
  }

  /** One synthetic ASN holding jabatan `j` (kinerja.md §5.2 NIP, §5.3 golongan). */
  function buatPegawai(j: JabatanRow, p: Profil): PegawaiRow {
    const perempuan = p.perempuan ?? p.jf?.perempuan ??
      ({ JPT: 0.2, ADMINISTRATOR: 0.3, PENGAWAS: 0.4, PELAKSANA: 0.45, FUNGSIONAL: 0.45 } as const)[p.jenis];
    const jk: JenisKelamin = acak.chance(perempuan) ? 'P' : 'L';
    const nama = buatNama(acak, jk);
    const kunciLahir = p.jenis === 'FUNGSIONAL' ? (p.jenjang ?? 'AHLI_PERTAMA') : p.jenis;
    const [l0, l1] = LAHIR[kunciLahir] ?? LAHIR.PELAKSANA!;
    let tahunLahir = acak.int(l0, l1);
    const bulanLahir = acak.int(1, 12);
    const hariLahir = acak.int(1, 28);
    const bolehPppk = p.jenis === 'PELAKSANA' || (p.jenis === 'FUNGSIONAL' && JENJANG_PPPK.has(p.jenjang ?? ''));
    const peluangPppk = p.jenis === 'PELAKSANA' ? PELUANG_PPPK_PELAKSANA : p.jf?.pppk ?? 0.12;
    const isPppk = bolehPppk && acak.chance(peluangPppk);
    const g = gelar(p, jk, tahunLahir);
    const dd = String(hariLahir).padStart(2, '0');
    const mm = String(bulanLahir).padStart(2, '0');
    let nip: string;
    let golongan: string;
    let tmtCpns: string | null = null;
    if (isPppk) {
      // NI PPPK: tanggal lahir (8) + tahun pengangkatan (4) + "21" (PPPK, not a month) + jenis kelamin (1) + urut (3).
      const tahunAngkat = acak.weighted([2019, 2021, 2022, 2023, 2024, 2025], [1, 3, 3, 3, 4, 2]);
      if (tahunAngkat - tahunLahir < 20) tahunLahir = tahunAngkat - 20 - acak.int(0, 6);
      nip = nomorUnik(`${tahunLahir}${mm}${dd}${tahunAngkat}21${jk === 'L' ? 1 : 2}`);
      golongan = golonganPppk(p);
    } else {
      const tahunTmt = Math.min(2024, Math.max(tahunLahir + 19, tahunLahir + acak.int(21, 30)));
      const bulanTmt = acak.pick(BULAN_TMT);
      const awal = makeNip({ tanggalLahir: `${tahunLahir}-${mm}-${dd}`, tmtCpns: `${tahunTmt}-${String(bulanTmt).padStart(2, '0')}`, jenisKelamin: jk, urutan: 1 });
      nip = nomorUnik(awal.slice(0, 15));
      golongan = golonganPns(p, TAHUN_ACUAN - tahunTmt);
      tmtCpns = `${tahunTmt}-${String(bulanTmt).padStart(2, '0')}-01`;
    }
    const row: PegawaiRow = {
      id: ++idPegawai, nip, jenisAsn: isPppk ? 'PPPK' : 'PNS', nama, gelarDepan: g.depan, gelarBelakang: g.belakang,
      jenisKelamin: jk, tanggalLahir: `${tahunLahir}-${mm}-${dd}`, golongan, tmtCpns, jabatanId: j.id, unitId: j.unitId,
    };
    orang.push(row);
    return row;
  }

  const isi = (j: JabatanRow, p: Profil, n = 1) => Array.from({ length: n }, () => buatPegawai(j, p));
  const kepalaIsi = (j: JabatanRow, p: Profil) => isi(j, p)[0]!;

  function pilihJenjang(def: JfDef): JenjangJf {
    const pilihan: readonly JenjangJf[] = def.jenjang
      ?? (def.kategori === 'AHLI' ? JENJANG_AHLI : def.kategori === 'TERAMPIL' ? JENJANG_TERAMPIL : acak.chance(0.6) ? JENJANG_AHLI : JENJANG_TERAMPIL);
    return acak.weighted(pilihan, pilihan.map((x) => BOBOT_JENJANG[x] ?? 1));
  }

  /** JF holders in a unit: Ahli Madya report to `madya`, Ahli Muda to `muda`, others round-robin to `lain`. */
  function isiJf(unitId: number, daftar: ReadonlyArray<readonly [JfKey, number]>, atasan: { madya: JabatanRow; muda: JabatanRow; lain: readonly JabatanRow[] }) {
    let k = 0;
    for (const [kunci, n] of daftar) {
      const def: JfDef = JF[kunci];
      for (let i = 0; i < n; i++) {
        const jenjang = pilihJenjang(def);
        const ke = jenjang === 'AHLI_MADYA' ? atasan.madya : jenjang === 'AHLI_MUDA' ? atasan.muda : atasan.lain[k++ % atasan.lain.length]!;
        const j = jabBersama(unitId, `${def.namaJabatan ?? def.nama} ${JENJANG_LABEL[jenjang]}`, 'FUNGSIONAL', jenjang, ke);
        isi(j, { jenis: 'FUNGSIONAL', jenjang, jf: def });
      }
    }
  }

  function isiPelaksana(unitId: number, nama: readonly string[], atasan: JabatanRow, n: number) {
    for (let i = 0; i < n; i++) isi(jabBersama(unitId, acak.pick(nama), 'PELAKSANA', null, atasan), { jenis: 'PELAKSANA', jenjang: null });
  }

  // ------------------------------------------------------------------------------------------- structure
  const pemkot = unit({ kode: 'PEMKOT', nama: 'Pemerintah Kota Tanjungbalai', singkatan: 'Pemko Tanjungbalai', jenis: 'PEMKOT', parentId: null, wilayahKode: opts.wilayah.kota.kode });

  // Sekretariat Daerah: Sekda (the top ASN; the Wali Kota is not an ASN and is not seeded), three Asisten, eight Bagian.
  const setda = unit({ kode: `OPD-${SETDA.kode}`, nama: SETDA.nama, singkatan: SETDA.singkatan, jenis: 'SETDA', parentId: pemkot.id }, true);
  const jSekda = jab(setda.id, SETDA.sekda, 'JPT', 'PRATAMA', null, true);
  const sekda = kepalaIsi(jSekda, { jenis: 'JPT', jenjang: 'PRATAMA' });
  isiPelaksana(setda.id, ['Pengadministrasi Perkantoran', 'Pengelola Layanan Operasional'], jSekda, 3);
  for (const as of SETDA.asisten) {
    const jAsisten = jab(setda.id, as.nama, 'JPT', 'PRATAMA', jSekda);
    isi(jAsisten, { jenis: 'JPT', jenjang: 'PRATAMA' });
    for (const b of as.bagian) {
      const u = unit({ kode: `OPD-SETDA-${b.kode}`, nama: b.nama, jenis: 'BAGIAN', parentId: setda.id, opdId: setda.id });
      const jKabag = jab(u.id, `Kepala ${b.nama}`, 'ADMINISTRATOR', null, jAsisten, true);
      isi(jKabag, { jenis: 'ADMINISTRATOR', jenjang: null });
      const subbag = b.subbag.map((n) => jab(u.id, n, 'PENGAWAS', null, jKabag));
      for (const s of subbag) {
        isi(s, { jenis: 'PENGAWAS', jenjang: null });
        isiPelaksana(u.id, PELAKSANA_UMUM, s, vary(2.5));
      }
      isiJf(u.id, b.jf, { madya: jKabag, muda: jKabag, lain: subbag });
    }
  }

  // Other OPDs.
  const opdId = new Map<string, number>();
  const kabidDi = new Map<string, JabatanRow>();
  const kepalaDi = new Map<string, PegawaiRow>();
  OPD.forEach((d) => bangunOpd(d));

  function bangunOpd(d: OpdDef) {
    const opd = unit({ kode: `OPD-${d.kode}`, nama: d.nama, singkatan: d.singkatan, jenis: d.jenis, parentId: pemkot.id, isUnitLayanan: d.isUnitLayanan ?? false }, true);
    opdId.set(d.kode, opd.id);
    const kesehatan = d.kode === 'DINKES' || d.kode === 'RSUD';
    // Kepala OPD reports to the Sekda by default (kinerja.md §1.3 [L]: Sekda or Wali Kota; override per pegawai).
    const jKepala = jab(opd.id, d.kepala ?? `Kepala ${d.nama}`, 'JPT', 'PRATAMA', jSekda, true);
    kepalaDi.set(d.kode, kepalaIsi(jKepala, { jenis: 'JPT', jenjang: 'PRATAMA', kesehatan }));
    const pelaksana = d.pelaksana ?? PELAKSANA_UMUM;
    if (d.sekretariat !== false) {
      const sek = d.sekretariat ?? {};
      const u = unit({ kode: `OPD-${d.kode}-SEKRE`, nama: sek.nama ?? 'Sekretariat', jenis: 'BAGIAN', parentId: opd.id, opdId: opd.id });
      const namaSekretaris = sek.kepala ?? `Sekretaris ${d.jenis === 'BADAN' ? 'Badan' : d.jenis === 'INSPEKTORAT' ? 'Inspektorat' : 'Dinas'}`;
      const jSek = jab(u.id, namaSekretaris, 'ADMINISTRATOR', null, jKepala, true);
      isi(jSek, { jenis: 'ADMINISTRATOR', jenjang: null });
      const subbag = sek.subbag ?? ['Kepala Subbagian Umum dan Kepegawaian', 'Kepala Subbagian Keuangan', 'Kepala Subbagian Perencanaan dan Pelaporan'].slice(0, d.skala >= 1 ? 3 : 2);
      for (const n of subbag) {
        const j = jab(u.id, n, 'PENGAWAS', null, jSek);
        isi(j, { jenis: 'PENGAWAS', jenjang: null });
        isiPelaksana(u.id, PELAKSANA_UMUM, j, vary(2.5 * d.skala));
      }
    }
    const kabid: JabatanRow[] = [];
    d.bidang.forEach((b: BidangDef, bi) => {
      const u = unit({
        kode: `OPD-${d.kode}-B${bi + 1}`, nama: b.nama, jenis: b.jenis ?? 'BIDANG', parentId: opd.id, opdId: opd.id, isUnitLayanan: b.isUnitLayanan ?? false,
      });
      const jKabid = jab(u.id, b.kepala ?? `Kepala ${b.nama}`, 'ADMINISTRATOR', null, jKepala, true);
      isi(jKabid, { jenis: 'ADMINISTRATOR', jenjang: null, kesehatan });
      kabid.push(jKabid);
      kabidDi.set(`${d.kode}|${b.nama}`, jKabid);
      const seksi = (b.seksi ?? ['Kepala Seksi Perencanaan dan Pengembangan', 'Kepala Seksi Pembinaan dan Pengendalian']).map((n) => jab(u.id, n, 'PENGAWAS', null, jKabid));
      for (const s of seksi) {
        isi(s, { jenis: 'PENGAWAS', jenjang: null });
        isiPelaksana(u.id, b.pelaksana ?? pelaksana, s, vary(3 * d.skala));
      }
      if (!seksi.length) isiPelaksana(u.id, b.pelaksana ?? pelaksana, jKabid, vary(2 * d.skala));
      const jf = b.jf ?? Array.from({ length: vary(4 * d.skala) }, () => [acak.pick(d.jf), 1] as const);
      isiJf(u.id, jf, { madya: jKepala, muda: jKabid, lain: seksi.length ? seksi : [jKabid] });
    });
    (d.upt ?? []).forEach((t) => {
      const u = unit({ kode: `OPD-${d.kode}-${t.kode}`, nama: t.nama, jenis: 'UPT', parentId: opd.id, opdId: opd.id });
      const induk = kabid[t.bidangInduk] ?? jKepala;
      const kepalaJf = t.kepala.jf ? JF[t.kepala.jf] : undefined;
      const jKep = t.kepala.jenis === 'FUNGSIONAL'
        ? jab(u.id, t.kepala.nama, 'FUNGSIONAL', 'AHLI_MADYA', induk, true)
        : jab(u.id, t.kepala.nama, 'PENGAWAS', null, induk, true);
      isi(jKep, t.kepala.jenis === 'FUNGSIONAL'
        ? { jenis: 'FUNGSIONAL', jenjang: 'AHLI_MADYA', jf: kepalaJf }
        : { jenis: 'PENGAWAS', jenjang: null, kesehatan });
      isiJf(u.id, t.jf.map(([k, n]) => [k, Math.max(1, Math.round(n * SKALA_STAF))] as const), { madya: jKep, muda: jKep, lain: [jKep] });
      isiPelaksana(u.id, [t.pelaksanaNama], jKep, t.pelaksana);
    });
  }

  // Kecamatan and kelurahan (kinerja.md §5.5, §6.2): Camat reports to the Sekda, Lurah to the Camat.
  const wil = susunWilayah(opts.wilayah);
  opts.wilayah.kecamatan.forEach((k) => {
    const kec = unit({
      kode: `OPD-KEC-${k.kode.replaceAll('.', '')}`, nama: `Kecamatan ${k.nama}`, singkatan: `Kec. ${k.nama}`, jenis: 'KECAMATAN',
      parentId: pemkot.id, isUnitLayanan: true, wilayahKode: k.kode,
    }, true);
    const jCamat = jab(kec.id, `${KECAMATAN.camat} ${k.nama}`, 'ADMINISTRATOR', null, jSekda, true);
    isi(jCamat, { jenis: 'ADMINISTRATOR', jenjang: null });
    const jSekcam = jab(kec.id, KECAMATAN.sekcam, 'ADMINISTRATOR', null, jCamat);
    isi(jSekcam, { jenis: 'ADMINISTRATOR', jenjang: null });
    for (const n of KECAMATAN.subbag) {
      const j = jab(kec.id, n, 'PENGAWAS', null, jSekcam);
      isi(j, { jenis: 'PENGAWAS', jenjang: null });
      isiPelaksana(kec.id, KECAMATAN.pelaksana, j, vary(1.5));
    }
    for (const n of KECAMATAN.seksi) {
      const j = jab(kec.id, n, 'PENGAWAS', null, jCamat);
      isi(j, { jenis: 'PENGAWAS', jenjang: null });
      isiPelaksana(kec.id, KECAMATAN.pelaksana, j, vary(1.5));
    }
    wil.filter((w) => w.tingkat === 'kelurahan' && w.indukKode === k.kode).forEach((w) => {
      const kel = unit({
        kode: `KEL-${w.kode.replaceAll('.', '')}`, nama: `Kelurahan ${w.nama}`, jenis: 'KELURAHAN', parentId: kec.id, opdId: kec.id, isUnitLayanan: true, wilayahKode: w.kode,
      });
      const jLurah = jab(kel.id, `${KELURAHAN.lurah} ${w.nama}`, 'PENGAWAS', null, jCamat, true);
      isi(jLurah, { jenis: 'PENGAWAS', jenjang: null });
      const bawah = [KELURAHAN.seklur, ...KELURAHAN.seksi].map((n) => jab(kel.id, n, 'PENGAWAS', null, jLurah));
      for (const j of bawah) {
        isi(j, { jenis: 'PENGAWAS', jenjang: null });
        isiPelaksana(kel.id, KELURAHAN.pelaksana, j, vary(1.4));
      }
    });
  });

  // --------------------------------------------------------------------------------- demo people
  const dukcapil = OPD.find((d) => d.kode === 'DISDUKCAPIL')!;
  const jKabidDukcapil = kabidDi.get(`DISDUKCAPIL|${dukcapil.bidang[0]!.nama}`)!;
  const dalam = (j: JabatanRow) => orang.filter((o) => o.jabatanId === j.id);
  const kabidDukcapil = dalam(jKabidDukcapil)[0]!;
  // Petugas loket: the first PNS "Operator Layanan Operasional" in the bidang whose line reaches the demo Kabid.
  const seksiKabid = new Set(jabatans.filter((j) => j.atasanJabatanId === jKabidDukcapil.id).map((j) => j.id));
  const petugasDukcapil = orang.find((o) => {
    const j = jabatans.find((x) => x.id === o.jabatanId)!;
    return o.jenisAsn === 'PNS' && j.nama === 'Operator Layanan Operasional' && j.atasanJabatanId != null && seksiKabid.has(j.atasanJabatanId);
  })!;
  const kominfo = opdId.get('DISKOMINFO')!;
  const pegawaiLain = orang.find((o) => {
    const j = jabatans.find((x) => x.id === o.jabatanId)!;
    return o.jenisAsn === 'PNS' && j.jenis === 'PELAKSANA' && units.find((u) => u.id === o.unitId)?.opdId === kominfo;
  })!;
  return {
    wilayah: wil,
    unit: units,
    jabatan: jabatans,
    pegawai: orang,
    tokoh: {
      bkpsdmId: opdId.get('BKPSDM')!,
      disdukcapilId: opdId.get('DISDUKCAPIL')!,
      diskominfoId: kominfo,
      kepalaDukcapil: kepalaDi.get('DISDUKCAPIL')!,
      kabidDukcapil,
      petugasDukcapil,
      sekda,
      pegawaiLain,
    },
  };
}

async function sisipBertahap<T>(rows: T[], tulis: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += UKURAN_CHUNK) await tulis(rows.slice(i, i + UKURAN_CHUNK));
}

async function maxId(db: DbOrTx, tabel: 'unit_organisasi' | 'jabatan' | 'pegawai'): Promise<number> {
  const [r] = await queryRows<{ n: number }>(db, sql`select coalesce(max(id), 0)::int as n from ${sql.identifier(tabel)}`);
  return Number(r?.n ?? 0);
}

const namaTampil = (p: PegawaiRow) => `${p.gelarDepan ? p.gelarDepan + ' ' : ''}${p.nama}${p.gelarBelakang ? ', ' + p.gelarBelakang : ''}`;

/**
 * Writes the demo organisation and the demo accounts in one transaction: wilayah, units, jabatan,
 * pegawai (multi-row inserts of {@link UKURAN_CHUNK}), serial sequences moved past the explicit ids, then
 * six accounts sharing ONE argon2id hash of {@link SANDI_DEMO} (hashing per account would cost ~55 ms each).
 * Meant for an empty database (main.ts and the CLI check); ids continue after any existing rows.
 * @returns the demo logins with Indonesian role labels, and row counts
 */
export async function seedOrgDemo(database: Database, opts: { log?: (m: string) => void; argon2?: Argon2Cost; seed?: number } = {}) {
  const log = opts.log ?? (() => undefined);
  const { db } = database;
  const wilayahJson = bacaWilayahJson();
  const idAwal = { unit: await maxId(db, 'unit_organisasi'), jabatan: await maxId(db, 'jabatan'), pegawai: await maxId(db, 'pegawai') };
  const r = rencanakanOrg({ wilayah: wilayahJson, idAwal, seed: opts.seed });
  const passwordHash = await hashPassword(SANDI_DEMO, opts.argon2 ?? ARGON2_BAWAAN);
  const t = r.tokoh;
  const akunDemo: Array<{ peran: string; username: string; nama: string; roles: Role[]; pegawaiId: number | null; opdId: number | null }> = [
    { peran: 'Admin BKPSDM', username: 'admin', nama: 'Administrator BKPSDM', roles: ['admin'], pegawaiId: null, opdId: t.bkpsdmId },
    { peran: 'Admin OPD Disdukcapil', username: t.kepalaDukcapil.nip, nama: namaTampil(t.kepalaDukcapil), roles: ['admin_opd', 'atasan', 'pegawai'], pegawaiId: t.kepalaDukcapil.id, opdId: t.disdukcapilId },
    { peran: 'Atasan (Kabid Disdukcapil)', username: t.kabidDukcapil.nip, nama: namaTampil(t.kabidDukcapil), roles: ['atasan', 'pegawai'], pegawaiId: t.kabidDukcapil.id, opdId: t.disdukcapilId },
    { peran: 'Petugas loket Disdukcapil', username: t.petugasDukcapil.nip, nama: namaTampil(t.petugasDukcapil), roles: ['pegawai', 'petugas'], pegawaiId: t.petugasDukcapil.id, opdId: t.disdukcapilId },
    { peran: 'Pimpinan (Sekda)', username: t.sekda.nip, nama: namaTampil(t.sekda), roles: ['pimpinan', 'atasan', 'pegawai'], pegawaiId: t.sekda.id, opdId: null },
    { peran: 'Pegawai', username: t.pegawaiLain.nip, nama: namaTampil(t.pegawaiLain), roles: ['pegawai'], pegawaiId: t.pegawaiLain.id, opdId: t.diskominfoId },
  ];
  await db.transaction(async (tx) => {
    await sisipBertahap(r.wilayah, (c) => tx.insert(wilayah).values(c));
    await sisipBertahap(r.unit, (c) => tx.insert(unitOrganisasi).values(c));
    await sisipBertahap(r.jabatan, (c) => tx.insert(jabatan).values(c));
    await sisipBertahap(r.pegawai, (c) => tx.insert(pegawai).values(c));
    // The demo petugas reports directly to the demo Kabid (an atasan override, kinerja.md §1.3: the pejabat
    // penilai is configurable), so the "Atasan" demo login is their pejabat penilai in the kinerja demo.
    await tx.update(pegawai).set({ atasanOverrideId: t.kabidDukcapil.id }).where(eq(pegawai.id, t.petugasDukcapil.id));
    for (const tabel of ['unit_organisasi', 'jabatan', 'pegawai'] as const) {
      await tx.execute(sql`select setval(pg_get_serial_sequence(${tabel}, 'id'), (select max(id) from ${sql.identifier(tabel)}))`);
    }
    await tx.insert(akun).values(akunDemo.map(({ peran: _p, ...a }) => ({ ...a, passwordHash })));
  });
  // Fresh statistics after a bulk load, so the planner uses the indexes (e.g. pegawai by name) from the first request.
  await db.execute(sql`analyze wilayah, unit_organisasi, jabatan, pegawai, akun`);
  const pppk = r.pegawai.filter((p) => p.jenisAsn === 'PPPK').length;
  log(`Organisasi demo: ${r.unit.length} unit, ${r.jabatan.length} jabatan, ${r.pegawai.length} pegawai (${pppk} PPPK), ${r.wilayah.length} wilayah.`);
  return {
    logins: akunDemo.map((a) => ({ peran: a.peran, username: a.username, password: SANDI_DEMO })),
    jumlah: { unit: r.unit.length, jabatan: r.jabatan.length, pegawai: r.pegawai.length, pppk, wilayah: r.wilayah.length },
  };
}
