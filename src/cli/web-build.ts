import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function newestMtime(dir: string): number {
  let max = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    max = Math.max(max, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return max;
}

/** Builds the web app with Vite when dist/web is missing or older than src/web, src/contracts or src/domain. */
export async function buildWebIfNeeded(log: (m: string) => void = console.log): Promise<boolean> {
  const index = path.join(ROOT, 'dist/web/index.html');
  if (existsSync(index)) {
    const built = statSync(index).mtimeMs;
    const src = Math.max(...['src/web', 'src/contracts', 'src/domain', 'index.html', 'vite.config.ts'].map((d) => {
      const p = path.join(ROOT, d);
      return !existsSync(p) ? 0 : statSync(p).isDirectory() ? newestMtime(p) : statSync(p).mtimeMs;
    }));
    if (built >= src) return false;
  }
  log('Membangun aplikasi web (Vite)…');
  const t0 = performance.now();
  const { build } = await import('vite');
  await build({ configFile: path.join(ROOT, 'vite.config.ts'), root: path.join(ROOT, 'src/web'), logLevel: 'warn' });
  log(`Aplikasi web selesai dibangun dalam ${((performance.now() - t0) / 1000).toFixed(1)} s.`);
  return true;
}
