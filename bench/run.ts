/**
 * Runs the benchmarks one after another as child processes (`npx tsx bench/<name>.ts`), relaying their
 * output, and exits non-zero when any of them failed. Sequential on purpose: benchmarks on a 2-core
 * machine must not compete with each other (STACK.md, "Measured ceilings").
 *
 * Benchmarks: bench/ikm.ts (IKM aggregate over 1M responses), bench/seed.ts (demo seed; skipped when the
 * file does not exist yet). The environment (DATABASE_URL, BENCH_ROWS, …) is passed through.
 *
 * Run: `npm run bench` (= `tsx bench/run.ts`).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BENCHMARKS = ['bench/ikm.ts', 'bench/seed.ts'];

/**
 * Runs one benchmark file with `npx tsx`, inheriting stdout/stderr so its lines appear as they are printed.
 *
 * @param file  path relative to the repository root
 * @returns the child's exit code (1 when it was killed by a signal)
 */
function runOne(file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', file], { cwd: ROOT, stdio: 'inherit', env: process.env });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

let failed = 0;
for (const file of BENCHMARKS) {
  if (!existsSync(path.join(ROOT, file))) {
    console.log(`## ${file}: skipped (file not found)`);
    continue;
  }
  console.log(`## ${file}`);
  const t0 = performance.now();
  const code = await runOne(file);
  const s = ((performance.now() - t0) / 1000).toFixed(1);
  if (code !== 0) {
    failed++;
    console.log(`## ${file}: FAILED (exit ${code}) after ${s} s`);
  } else {
    console.log(`## ${file}: done in ${s} s`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
