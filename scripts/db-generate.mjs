// Generates a migration with drizzle-kit, then removes the "public". qualifier drizzle-kit writes into
// foreign keys, so the same migrations run in any schema (tests isolate runs by schema: ADR 0002).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

execFileSync('drizzle-kit', ['generate', ...process.argv.slice(2)], { stdio: 'inherit' });
const dir = new URL('../src/server/db/migrations/', import.meta.url);
for (const f of readdirSync(dir).filter((f) => f.endsWith('.sql'))) {
  const p = new URL(f, dir);
  const s = readFileSync(p, 'utf8');
  const t = s.replaceAll('"public".', '');
  if (t !== s) writeFileSync(p, t);
}
