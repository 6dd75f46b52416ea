/**
 * Demo SKM data (PermenPANRB 14/2017) for Tanjungbalai's main service units: for each unit, four quarterly
 * surveys of one year (Triwulan I–III `ditutup`, IV `aktif`) with a population, and 150–400 deterministic
 * responses each (seeded PRNG, never Math.random): answers mostly 3–4, a visibly weaker unsur, U4 "Gratis"
 * for Disdukcapil (adminduk services are free, UU 24/2013 as amended), demographics, a few suggestions.
 *
 * Called by the org seed at its end, when the units exist. Units are looked up by name/kind, so a missing
 * unit is skipped (logged), and a unit that already has surveys for the year is left alone (idempotent).
 */
import { sql } from 'drizzle-orm';
import type { ResponBody } from '../../src/contracts/skm.ts';
import { queryRows, type Database } from '../../src/server/db/client.ts';
import { periodeSurvei } from '../../src/server/modules/skm/index.ts';
import { skmRespon, skmSurvei } from '../../src/server/modules/skm/skm.table.ts';
import { UNSUR_KODE, type UnsurKode } from '../../src/domain/skm/unsur.ts';
import { tambahHari, tanggalWib } from '../../src/domain/shared/tanggal.ts';
import { labelPeriode } from '../../src/domain/skm/periode.ts';
import { buatAcak, type Acak } from './prng.ts';

type Unit = { id: number; kode: string; nama: string; singkatan: string | null; jenis: string; is_unit_layanan: boolean };
type Bobot4 = readonly [number, number, number, number];

/** How one unit's demo respondents answer. */
type Profil = {
  nama: string;
  /** Matches the unit (name, acronym, code or kind). */
  cocok: (u: Unit) => boolean;
  /** All matching service units (Disdukcapil may have several), or only the first. */
  semua: boolean;
  /** Service users per quarter (population N for Krejcie–Morgan). */
  populasi: readonly [number, number, number, number];
  /** Responses per quarter (IV is the running quarter, so fewer). */
  responden: readonly [number, number, number, number];
  /** Relative weights of the answers 1, 2, 3, 4 (default for every unsur). */
  dasar: Bobot4;
  /** Per-unsur overrides. */
  khusus: Partial<Record<UnsurKode, Bobot4>>;
  layanan: readonly string[];
  saran: readonly string[];
};

const SARAN_UMUM = [
  'Pelayanan sudah baik, pertahankan.',
  'Petugas ramah dan membantu, terima kasih.',
  'Mohon informasi persyaratan dipasang lebih jelas di ruang tunggu.',
  'Antrian sebaiknya bisa diambil secara daring agar tidak menunggu lama.',
  'Tolong sediakan kotak saran yang mudah dijangkau.',
  'Toilet perlu lebih sering dibersihkan.',
  'Kursi di ruang tunggu kurang, banyak warga berdiri.',
  'Parkir sempit, mohon ditata.',
] as const;

const PROFIL: readonly Profil[] = [
  {
    nama: 'Disdukcapil',
    cocok: (u) => /kependudukan|dukcapil/i.test(`${u.nama} ${u.singkatan ?? ''} ${u.kode}`),
    semua: true,
    populasi: [3150, 3420, 3280, 3360],
    responden: [352, 367, 349, 214],
    dasar: [1, 5, 52, 42],
    khusus: { U4: [0, 1, 6, 93], U3: [2, 11, 55, 32], U9: [6, 27, 47, 20], U8: [2, 9, 56, 33] },
    layanan: ['KTP-el', 'Kartu Keluarga', 'Akta Kelahiran', 'Kartu Identitas Anak', 'Pindah Datang', 'Akta Kematian'],
    saran: [
      'Blangko KTP-el sering kosong, mohon stok dijaga.',
      'Proses akta kelahiran sudah cepat, terima kasih.',
      'Ruang tunggu panas, mohon tambah kipas atau AC.',
      'Jaringan sering lambat sehingga perekaman lama.',
      'Mohon layanan jemput bola untuk lansia.',
    ],
  },
  {
    nama: 'DPMPTSP',
    cocok: (u) => /penanaman modal|ptsp|perizinan terpadu/i.test(`${u.nama} ${u.singkatan ?? ''} ${u.kode}`),
    semua: false,
    populasi: [960, 1040, 1010, 1100],
    responden: [258, 266, 262, 168],
    dasar: [1, 7, 56, 36],
    khusus: { U2: [3, 14, 55, 28], U3: [3, 15, 54, 28], U9: [4, 20, 52, 24], U4: [1, 4, 30, 65] },
    layanan: ['NIB (OSS)', 'Persetujuan Bangunan Gedung', 'Izin Usaha Mikro', 'Surat Izin Praktik'],
    saran: [
      'Sistem OSS membingungkan, mohon pendampingan.',
      'Status permohonan sebaiknya bisa dilacak daring.',
      'Petugas helpdesk sangat membantu.',
    ],
  },
  {
    nama: 'RSUD',
    cocok: (u) => u.jenis === 'RSUD' || /rumah sakit|\brsud\b/i.test(`${u.nama} ${u.singkatan ?? ''} ${u.kode}`),
    semua: false,
    populasi: [6400, 6900, 6650, 7000],
    responden: [361, 388, 372, 226],
    dasar: [2, 11, 57, 30],
    khusus: { U3: [5, 24, 50, 21], U4: [3, 14, 55, 28], U9: [6, 26, 48, 20], U7: [2, 8, 52, 38] },
    layanan: ['Rawat Jalan', 'Instalasi Gawat Darurat', 'Laboratorium', 'Rawat Inap', 'Farmasi'],
    saran: [
      'Waktu tunggu di poli terlalu lama.',
      'Antrian farmasi perlu dipercepat.',
      'Perawat IGD sigap dan ramah.',
      'Mohon jadwal dokter diumumkan lebih awal.',
    ],
  },
  {
    nama: 'Kecamatan',
    cocok: (u) => u.jenis === 'KECAMATAN' || /^kecamatan\b/i.test(u.nama),
    semua: false,
    populasi: [430, 470, 455, 500],
    responden: [201, 212, 208, 152],
    dasar: [1, 8, 58, 33],
    khusus: { U9: [7, 28, 46, 19], U8: [3, 15, 54, 28] },
    layanan: ['Surat Keterangan', 'Legalisasi Dokumen', 'Rekomendasi', 'Dispensasi Nikah'],
    saran: [
      'Camat dan staf mudah ditemui.',
      'Mohon papan informasi pelayanan diperbarui.',
    ],
  },
];

const JK = ['L', 'P'] as const;
const USIA = ['<20', '20-29', '30-39', '40-49', '50-59', '60+'] as const;
const PENDIDIKAN = ['SD', 'SMP', 'SMA', 'D1-D3', 'D4/S1', 'S2', 'S3'] as const;
const PEKERJAAN = ['PNS/TNI/Polri', 'Pegawai swasta', 'Wiraswasta', 'Pelajar/Mahasiswa', 'Ibu rumah tangga', 'Tidak bekerja', 'Lainnya'] as const;
const KANAL = ['web', 'undangan', 'kertas', 'kiosk'] as const;
const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

function hashSeed(s: string): number {
  let h = 2166136261;
  for (const ch of s) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

/** Days between two ISO dates + 1 (inclusive count). */
const hariAntara = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000) + 1;

/** Shifts answer weights a little towards 4 for later quarters (the unit improves after each report). */
function geser(w: Bobot4, triwulan: number): Bobot4 {
  const k = triwulan - 1;
  return [Math.max(0, w[0] - k * 0.3), Math.max(0, w[1] - k), w[2], w[3] + k * 1.3];
}

function buatRespon(acak: Acak, p: Profil, surveiId: number, triwulan: number, mulai: string, selesai: string, unitNama: string) {
  const hari = hariAntara(mulai, selesai);
  const rows: Array<typeof skmRespon.$inferInsert> = [];
  for (let i = 0; i < p.responden[triwulan - 1]!; i++) {
    const kanal = acak.weighted(KANAL, [45, 30, 20, 5]);
    const kertas = kanal === 'kertas';
    const j = {} as Record<UnsurKode, number | null>;
    for (const k of UNSUR_KODE) {
      const w = geser(p.khusus[k] ?? p.dasar, triwulan);
      // Paper questionnaires are sometimes left blank on one question.
      j[k] = kertas && acak.chance(0.02) ? null : acak.weighted([1, 2, 3, 4], w);
    }
    const isiDemografi = !kertas || acak.chance(0.5);
    const d = isiDemografi
      ? {
          jenisKelamin: acak.chance(0.93) ? acak.weighted(JK, [47, 53]) : null,
          usia: acak.chance(0.9) ? acak.weighted(USIA, [5, 27, 28, 20, 13, 7]) : null,
          pendidikan: acak.chance(0.88) ? acak.weighted(PENDIDIKAN, [8, 14, 44, 11, 19, 3, 1]) : null,
          pekerjaan: acak.chance(0.88) ? acak.weighted(PEKERJAAN, [10, 22, 26, 12, 17, 6, 7]) : null,
        }
      : { jenisKelamin: null, usia: null, pendidikan: null, pekerjaan: null };
    const saran = acak.chance(0.07) ? acak.pick(acak.chance(0.5) ? p.saran : SARAN_UMUM) : null;
    rows.push({
      surveiId,
      tanggal: tambahHari(mulai, acak.int(0, hari - 1)),
      kanal,
      u1: j.U1, u2: j.U2, u3: j.U3, u4: j.U4, u5: j.U5, u6: j.U6, u7: j.U7, u8: j.U8, u9: j.U9,
      ...d,
      layananDiterima: acak.chance(0.8) ? acak.pick(p.layanan) : null,
      saran,
      konteks: kanal === 'undangan' ? { lokasi: unitNama, loket: acak.int(1, 4) } : null,
    });
  }
  // Insertion order follows the date, as real submissions would.
  return rows.sort((a, b) => (a.tanggal < b.tanggal ? -1 : a.tanggal > b.tanggal ? 1 : 0));
}

/**
 * Seeds the demo SKM surveys and responses.
 *
 * @param database  an open, migrated database whose org data is already seeded
 * @param opts.now  "today" (default: the current time): the demo has the four quarters up to and including
 *   the current one (WIB); the current quarter is `aktif` with answers up to yesterday, the three before are
 *   `ditutup`. Deterministic for a given date, so the demo never goes stale as the calendar moves on.
 * @param opts.log    progress lines (Indonesian)
 * @returns how many surveys and responses were inserted (0 when everything was already there)
 */
export async function seedSkmDemo(
  database: Database,
  opts: { log?: (m: string) => void; now?: Date } = {},
): Promise<{ survei: number; respon: number }> {
  const { db } = database;
  const log = opts.log ?? (() => undefined);
  const hariIni = tanggalWib(opts.now ?? new Date());
  const tahunIni = Number(hariIni.slice(0, 4));
  const kuartalIni = Math.floor((Number(hariIni.slice(5, 7)) - 1) / 3) + 1;
  // The four quarters ending with the current one, oldest first (they may span two years).
  const kuartal = [3, 2, 1, 0].map((mundur) => {
    let ke = kuartalIni - mundur;
    let tahun = tahunIni;
    while (ke < 1) {
      ke += 4;
      tahun -= 1;
    }
    return { tahun, ke };
  });
  const units = await queryRows<Unit>(db, sql`
    select id, kode, nama, singkatan, jenis, is_unit_layanan from unit_organisasi
    where aktif order by is_unit_layanan desc, urutan, kode`);
  const sudah = new Set(
    (await queryRows<{ unit_id: number }>(db, sql`select distinct unit_id from skm_survei`)).map((r) => Number(r.unit_id)),
  );

  let nSurvei = 0;
  let nRespon = 0;
  const dipakai = new Set<number>();
  await db.transaction(async (tx) => {
    for (const p of PROFIL) {
      const cocok = units.filter((u) => !dipakai.has(u.id) && p.cocok(u));
      // Prefer units flagged as unit layanan; fall back to any match.
      const layanan = cocok.filter((u) => u.is_unit_layanan);
      const pilihan = layanan.length ? layanan.slice(0, p.semua ? undefined : 1) : cocok.slice(0, 1);
      if (pilihan.length === 0) {
        log(`SKM demo: unit ${p.nama} tidak ditemukan, dilewati.`);
        continue;
      }
      for (const unit of pilihan) {
        dipakai.add(unit.id);
        if (sudah.has(unit.id)) {
          log(`SKM demo: ${unit.nama} sudah memiliki survei, dilewati.`);
          continue;
        }
        const acak = buatAcak(hashSeed(`${unit.kode}|${kuartal[3]!.tahun}-${kuartal[3]!.ke}`));
        for (const [i, { tahun, ke }] of kuartal.entries()) {
          const urutan = i + 1; // 1 = oldest … 4 = the running quarter (drives the profile and the trend)
          const periode = periodeSurvei({ jenisPeriode: 'triwulan', tahun, ke });
          const kode = Array.from({ length: 8 }, () => BASE32[acak.int(0, 31)]).join('');
          const [s] = await tx.insert(skmSurvei).values({
            unitId: unit.id, layanan: null, judul: `SKM ${unit.nama} ${periode.label}`, jenisPeriode: 'triwulan', tahun, ke,
            mulai: periode.mulai, selesai: periode.selesai, populasi: p.populasi[urutan - 1]!, bobot: 'exact',
            status: urutan < 4 ? 'ditutup' : 'aktif', kode, demografi: true,
          }).returning({ id: skmSurvei.id });
          // The running quarter has answers up to yesterday (at least its first day).
          const kemarin = tambahHari(hariIni, -1);
          const selesai = urutan < 4 ? periode.selesai : kemarin < periode.mulai ? periode.mulai : kemarin;
          const rows = buatRespon(acak, p, s!.id, urutan, periode.mulai, selesai, unit.nama);
          for (let i = 0; i < rows.length; i += 500) await tx.insert(skmRespon).values(rows.slice(i, i + 500));
          nSurvei += 1;
          nRespon += rows.length;
        }
        log(`SKM demo: ${unit.nama} — 4 survei triwulan (${labelPeriode({ jenisPeriode: 'triwulan', ...kuartal[0]! })} s.d. ${labelPeriode({ jenisPeriode: 'triwulan', ...kuartal[3]! })}).`);
      }
    }
  });
  log(`SKM demo: ${nSurvei} survei, ${nRespon} respon.`);
  return { survei: nSurvei, respon: nRespon };
}
