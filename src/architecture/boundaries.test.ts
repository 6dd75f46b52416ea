import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The module boundaries of DESIGN.md §3, checked on every test run (our "lint" for architecture):
 * - src/domain imports nothing of ours outside src/domain, and no node:*, fastify, react or database code;
 * - a server module imports another module only through its index.ts;
 * - web features do not import each other; server and web share only src/domain and src/contracts.
 */
const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(f) ? [p] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    out.push((m[1] ?? m[2])!);
  }
  return out;
}

const rel = (p: string) => path.relative(SRC, p).split(path.sep).join('/');
const resolveFrom = (file: string, spec: string) => rel(path.resolve(path.dirname(file), spec));

describe('module boundaries (DESIGN.md §3)', () => {
  it('should keep src/domain pure: no I/O, framework or database imports, nothing of ours outside domain', () => {
    const bad: string[] = [];
    for (const f of files(path.join(SRC, 'domain'))) {
      if (f.endsWith('.test.ts')) continue;
      for (const spec of imports(f)) {
        const external = !spec.startsWith('.');
        if (external && /^(node:|fastify|react|drizzle|pg$|@electric-sql|exceljs|pdfmake)/.test(spec)) bad.push(`${rel(f)} → ${spec}`);
        if (!external && !resolveFrom(f, spec).startsWith('domain/')) bad.push(`${rel(f)} → ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('should let a server module reach another module only through its index.ts', () => {
    const bad: string[] = [];
    for (const f of files(path.join(SRC, 'server/modules'))) {
      if (/\.(test|testing)\.ts$/.test(f)) continue; // tests and fixtures may set up other modules' rows
      const own = rel(f).split('/')[2];
      for (const spec of imports(f).filter((s) => s.startsWith('.'))) {
        const target = resolveFrom(f, spec);
        const m = /^server\/modules\/([^/]+)\/(.+)$/.exec(target);
        if (!m || m[1] === own) continue;
        // Tables may be referenced for foreign keys (drizzle needs the column objects).
        if (m[2] === 'index.ts' || (f.endsWith('.table.ts') && (m[2] ?? '').endsWith('.table.ts'))) continue;
        bad.push(`${rel(f)} → ${target}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('should keep web features apart and share only domain and contracts with the server', () => {
    const bad: string[] = [];
    for (const f of files(path.join(SRC, 'web'))) {
      const r = rel(f);
      const feature = /^web\/features\/([^/]+)\//.exec(r)?.[1];
      for (const spec of imports(f).filter((s) => s.startsWith('.'))) {
        const target = resolveFrom(f, spec);
        if (!target.startsWith('web/') && !target.startsWith('domain/') && !target.startsWith('contracts/')) bad.push(`${r} → ${target}`);
        const other = /^web\/features\/([^/]+)\//.exec(target)?.[1];
        if (feature && other && other !== feature) bad.push(`${r} → ${target}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('should keep contracts free of server and web code', () => {
    const bad: string[] = [];
    for (const f of files(path.join(SRC, 'contracts'))) {
      for (const spec of imports(f).filter((s) => s.startsWith('.'))) {
        const target = resolveFrom(f, spec);
        if (!target.startsWith('contracts/') && !target.startsWith('domain/')) bad.push(`${rel(f)} → ${target}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
