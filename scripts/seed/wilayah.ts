import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * Kemendagri wilayah of Kota Tanjungbalai for the seed (kinerja.md §6.2): 6 kecamatan, 31 kelurahan.
 * Source file: scripts/seed/data/wilayah-tanjungbalai.json (a committed copy of shared/data/…, so a
 * fresh clone works), falling back to ../shared/data/ beside the repository.
 */
export const WilayahJsonSchema = z.object({
  kota: z.object({ kode: z.string(), nama: z.string(), provinsi: z.object({ kode: z.string(), nama: z.string() }) }),
  kecamatan: z.array(z.object({
    kode: z.string().regex(/^\d{2}\.\d{2}\.\d{2}$/),
    kode_certain: z.boolean(),
    nama: z.string(),
    kelurahan: z.array(z.string()).min(1),
  })).min(1),
});
export type WilayahJson = z.infer<typeof WilayahJsonSchema>;

const SUMBER = [
  new URL('./data/wilayah-tanjungbalai.json', import.meta.url),
  new URL('../../../shared/data/wilayah-tanjungbalai.json', import.meta.url),
];

/** Reads and validates the wilayah file (committed copy first). @throws Error when neither file exists or it is malformed. */
export function bacaWilayahJson(): WilayahJson {
  const url = SUMBER.find((u) => existsSync(fileURLToPath(u)));
  if (!url) throw new Error('Berkas wilayah-tanjungbalai.json tidak ditemukan (scripts/seed/data/ atau ../shared/data/).');
  return WilayahJsonSchema.parse(JSON.parse(readFileSync(url, 'utf8')));
}

/**
 * Kelurahan codes the domain notes give (kinerja.md §6.2, from a Kemendagri-coded public seeder [M]):
 * the last 4 digits of the 10-digit code, by kecamatan kode and kelurahan name.
 */
export const KODE_KELURAHAN_DIKETAHUI: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  '12.74.04': { 'Beting Kuala Kapias': '1005', 'Kapias Pulau Buaya': '1004' },
  '12.74.05': { Gading: '1003', Sirantau: '1004' },
  '12.74.06': { 'Bunga Tanjung': '1004', 'Pulau Simardan': '1001', 'Semula Jadi': '1002' },
};

export type WilayahRow = {
  kode: string;
  nama: string;
  tingkat: 'provinsi' | 'kota' | 'kecamatan' | 'kelurahan';
  indukKode: string | null;
  kodePasti: boolean;
};

/**
 * Wilayah rows (provinsi, kota, kecamatan, kelurahan) with Kemendagri codes, parents first.
 * A kelurahan code is `<kecamatan kode>.<4 digits>`: the code from {@link KODE_KELURAHAN_DIKETAHUI} when
 * known, else the lowest free number from 1001 upward in the file's list order. `kodePasti` is true for
 * a kecamatan marked `kode_certain`, and for a kelurahan only when its kecamatan is certain and its own
 * number is known. Pure.
 */
export function susunWilayah(w: WilayahJson): WilayahRow[] {
  const rows: WilayahRow[] = [
    { kode: w.kota.provinsi.kode, nama: w.kota.provinsi.nama, tingkat: 'provinsi', indukKode: null, kodePasti: true },
    { kode: w.kota.kode, nama: w.kota.nama, tingkat: 'kota', indukKode: w.kota.provinsi.kode, kodePasti: true },
  ];
  for (const k of w.kecamatan) {
    rows.push({ kode: k.kode, nama: k.nama, tingkat: 'kecamatan', indukKode: w.kota.kode, kodePasti: k.kode_certain });
    const diketahui = KODE_KELURAHAN_DIKETAHUI[k.kode] ?? {};
    const terpakai = new Set(Object.values(diketahui));
    let berikut = 1001;
    for (const nama of k.kelurahan) {
      let nomor = diketahui[nama];
      const pasti = nomor !== undefined;
      if (!nomor) {
        while (terpakai.has(String(berikut))) berikut++;
        nomor = String(berikut);
        terpakai.add(nomor);
      }
      rows.push({ kode: `${k.kode}.${nomor}`, nama, tingkat: 'kelurahan', indukKode: k.kode, kodePasti: k.kode_certain && pasti });
    }
  }
  return rows;
}
