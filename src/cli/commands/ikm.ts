/**
 * `sikap ikm FILE.csv|FILE.xlsx [--json] [--bobot exact|0.111|0.11]`: computes the IKM of PermenPANRB
 * 14/2017 from paper-survey results typed into a spreadsheet (columns U1…U9, one row per respondent).
 * Spec: /work/shared/domain/pelayanan.md §1.3–§1.4; DESIGN.md §4 (CLI).
 *
 * Exit codes:
 * - 0: result printed;
 * - 1: invalid data (a cell that is not 1–4, a missing/duplicate U column, no respondents, an unsur with no
 *   answer, a corrupt file) — every problem goes to `err`, NO result is printed;
 * - 2: usage error (unknown `--bobot`, missing file, unsupported extension).
 */
import { basename } from 'node:path';
import { IKM_BOBOT, IkmError, computeIkm, isIkmBobot, roundHalfUp, type IkmResult } from '../../domain/skm/ikm.ts';
import { validateIkmRows, type IkmInputError } from '../../domain/skm/ikm-input.ts';
import { UNSUR_KODE, type UnsurKode } from '../../domain/skm/unsur.ts';
import { TabularFileError, readTabularFile } from '../../server/lib/tabular-file.ts';

import { defaultIo, type CliIo } from '../io.ts';

export type { CliIo };

/** The `--json` output: exactly these keys. `nrr` values are rounded half-up to 4 decimals, `ikm` to 2. */
export interface IkmJsonOutput {
  responden: number;
  nrr: Record<UnsurKode, number>;
  ikm: number;
  mutu: IkmResult['mutu'];
  kinerja: IkmResult['kinerja'];
}

/** Builds the `--json` object (NRR rounded half-up to 4 decimals for output only; IKM already 2 decimals). */
export function toIkmJson(result: IkmResult): IkmJsonOutput {
  const nrr = {} as Record<UnsurKode, number>;
  for (const kode of UNSUR_KODE) nrr[kode] = roundHalfUp(result.nrr[kode], 4);
  return { responden: result.responden, nrr, ikm: result.ikm, mutu: result.mutu, kinerja: result.kinerja };
}

/** Indonesian decimal notation with a fixed number of decimals: 3.25 → "3,2500". */
function angka(x: number, digits: number): string {
  return roundHalfUp(x, digits).toFixed(digits).replace('.', ',');
}

const BOBOT_LABEL: Record<IkmResult['bobot'], string> = {
  exact: '1/9 (eksak)',
  '0.111': '0,111',
  '0.11': '0,11 (seperti tercetak di PermenPANRB 14/2017; skor maksimum 99,00)',
};

function formatTable(file: string, result: IkmResult, barisKosong: readonly number[]): string {
  const namaWidth = Math.max(...result.perUnsur.map((u) => u.nama.length));
  const row = (cells: readonly [string, string, string, string, string, string, string]): string =>
    [
      cells[0].padEnd(4),
      cells[1].padEnd(namaWidth),
      cells[2].padStart(7),
      cells[3].padStart(6),
      cells[4].padStart(14),
      cells[5].padStart(8),
      cells[6],
    ].join('  ');
  const tableLines = result.perUnsur.map((u) =>
    row([
      u.kode,
      u.nama,
      String(u.jumlahJawaban),
      angka(u.nrr, 4),
      angka(u.nrrTertimbang, 4),
      angka(u.nilaiKonversi, 2),
      `${u.mutu} (${u.kinerja})`,
    ]),
  );
  const header = row(['Kode', 'Unsur', 'Jawaban', 'NRR', 'NRR tertimbang', 'Konversi', 'Mutu']);
  const width = Math.max(header.length, ...tableLines.map((l) => l.length));
  const lines = [
    'Indeks Kepuasan Masyarakat (PermenPANRB 14/2017)',
    `Berkas    : ${basename(file)}`,
    `Responden : ${result.responden}`,
    `Bobot     : ${BOBOT_LABEL[result.bobot]}`,
  ];
  if (barisKosong.length > 0) lines.push(`Dilewati  : baris kosong ${barisKosong.join(', ')}`);
  lines.push('', header, '-'.repeat(width), ...tableLines, '-'.repeat(width));
  lines.push(
    `Nilai IKM (interval 1–4)  : ${angka(result.ikmNilaiInterval, 4)}`,
    `IKM (konversi 25–100)     : ${angka(result.ikm, 2)}`,
    `Mutu pelayanan            : ${result.mutu}`,
    `Kinerja unit pelayanan    : ${result.kinerja}`,
  );
  return lines.join('\n');
}

function formatInputError(e: IkmInputError): string {
  if (e.jenis === 'NILAI_TIDAK_VALID') {
    return `Baris ${e.baris}, kolom ${e.kolom}: nilai "${String(e.nilai)}" tidak valid — ${e.pesan}`;
  }
  return `Baris ${e.baris} (header), kolom ${e.kolom}: ${e.pesan}`;
}

/**
 * Runs `sikap ikm`: reads the file, validates every row (ikm-input), computes the IKM (ikm.ts) and prints
 * either a readable Indonesian table or, with `json`, exactly one JSON object
 * `{"responden", "nrr": {"U1"…"U9"}, "ikm", "mutu", "kinerja"}` (NRR rounded to 4 decimals, IKM to 2).
 *
 * @param file  path to a .csv (`,` or `;`) or .xlsx file; header row U1…U9 (case-insensitive), other columns ignored
 * @param opts.json   print JSON instead of the table
 * @param opts.bobot  'exact' (default) | '0.111' | '0.11'
 * @param io    output sinks (stdout/stderr by default)
 * @returns the exit code: 0 ok, 1 invalid data, 2 usage error
 */
export async function runIkmCommand(
  file: string,
  opts: { json?: boolean; bobot?: string },
  io: CliIo = defaultIo,
): Promise<number> {
  const bobot = opts.bobot ?? 'exact';
  if (!isIkmBobot(bobot)) {
    io.err(`Nilai --bobot tidak dikenal: "${bobot}". Pilihan: ${IKM_BOBOT.join(', ')}.`);
    return 2;
  }

  let table: Awaited<ReturnType<typeof readTabularFile>>;
  try {
    table = await readTabularFile(file);
  } catch (error) {
    if (error instanceof TabularFileError) {
      io.err(error.message);
      return error.code === 'EKSTENSI_TIDAK_DIDUKUNG' || error.code === 'BERKAS_TIDAK_DITEMUKAN' ? 2 : 1;
    }
    throw error;
  }

  const validated = validateIkmRows({ rows: table.rows, firstDataRow: table.firstDataRow, kolom: table.header });
  if (!validated.ok) {
    for (const e of validated.errors) io.err(formatInputError(e));
    io.err(`${validated.errors.length} kesalahan ditemukan; IKM tidak dihitung. Perbaiki berkas lalu ulangi.`);
    return 1;
  }

  let result: IkmResult;
  try {
    result = computeIkm({ responses: validated.responses, bobot });
  } catch (error) {
    if (error instanceof IkmError) {
      io.err(error.message);
      return 1;
    }
    throw error;
  }

  if (opts.json) {
    if (validated.barisKosong.length > 0) io.err(`Catatan: baris kosong dilewati: ${validated.barisKosong.join(', ')}`);
    io.out(JSON.stringify(toIkmJson(result)));
  } else {
    io.out(formatTable(file, result, validated.barisKosong));
  }
  return 0;
}
