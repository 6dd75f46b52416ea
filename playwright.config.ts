import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';

/**
 * Browser journeys (tests/e2e) against a real `sikap serve --build` on 127.0.0.1:3299 with a fresh PGlite
 * data directory and the demo seed. Chromium comes from Debian (`/usr/bin/chromium`, or CHROMIUM_PATH):
 * `npx playwright install` cannot download browsers here (STACK.md, "Playwright with Debian chromium").
 *
 * Env: CHROMIUM_PATH (browser binary), SIKAP_E2E_SKIP_BUILD=1 (serve the existing dist/web, no rebuild).
 *
 * Projects: `desktop` (1280×800) runs every `*.spec.ts` except `*.mobile.spec.ts`; `mobile` (Pixel 7
 * descriptor: 390×844 here, touch, isMobile) runs only `*.mobile.spec.ts`.
 */

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const E2E_PORT = Number(process.env.SIKAP_E2E_PORT ?? 3299);
const BASE_URL = `http://127.0.0.1:${E2E_PORT}`;

// The config is evaluated by the runner and again by every worker: pin the data directory in the
// environment on the first evaluation so all processes (and globalTeardown) agree on it.
if (!process.env.SIKAP_E2E_DATA_DIR) {
  const tmp = path.join(ROOT, 'tmp');
  mkdirSync(tmp, { recursive: true });
  // Remove data directories left by earlier runs (a crashed run skips globalTeardown). Only ones older
  // than an hour, so a run started by someone else in this tree a moment ago is never touched.
  for (const name of readdirSync(tmp)) {
    const p = path.join(tmp, name);
    if (name.startsWith('e2e-data-') && Date.now() - statSync(p).mtimeMs > 3600_000) {
      rmSync(p, { recursive: true, force: true });
    }
  }
  process.env.SIKAP_E2E_DATA_DIR = path.join(tmp, `e2e-data-${Date.now()}`);
}
const DATA_DIR = process.env.SIKAP_E2E_DATA_DIR;

/**
 * SIKAP_E2E_DATABASE_URL=postgres://… runs the journeys' server on PostgreSQL instead of PGlite, in a
 * fresh schema of this run (dropped by globalTeardown). CI runs the queue journey both ways.
 */
if (process.env.SIKAP_E2E_DATABASE_URL && !process.env.SIKAP_E2E_DATABASE_SCHEMA) {
  process.env.SIKAP_E2E_DATABASE_SCHEMA = `e2e_${Date.now()}`;
}

/**
 * The server's clock during the journeys: Monday 30 November 2026, 07:50 WIB (a working day; the first
 * booking session opens at 08:00, so its check-in window −30/+15 min is open). bin/sikap.mjs applies it.
 * Test code that needs "today" reads it through tests/e2e/support/api.ts (WAKTU_UJI).
 */
export const WAKTU_UJI = '2026-11-30T00:50:00.000Z';
process.env.SIKAP_WAKTU_UJI = WAKTU_UJI;

const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
  ],
};

export default defineConfig({
  testDir: 'tests/e2e',
  // SIKAP_E2E_OUTPUT: a separate results folder, so two people running journeys at once do not empty each other's.
  outputDir: process.env.SIKAP_E2E_OUTPUT ?? 'test-results',
  workers: 1,
  retries: 0,
  fullyParallel: false,
  forbidOnly: true,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  globalTeardown: './tests/e2e/support/global-teardown.ts',
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: CHROMIUM,
  },
  projects: [
    {
      name: 'desktop',
      testIgnore: /\.mobile\.spec\.ts$/,
      use: { viewport: { width: 1280, height: 800 }, launchOptions: CHROMIUM },
    },
    {
      name: 'mobile',
      testMatch: /\.mobile\.spec\.ts$/,
      // The device descriptor (touch, isMobile, DPR, UA) with the viewport of the brief and Debian's chromium.
      use: {
        ...devices['Pixel 7'],
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        browserName: 'chromium',
        launchOptions: CHROMIUM,
      },
    },
  ],
  webServer: {
    // SIKAP_E2E_SKIP_BUILD=1 serves the existing dist/web as is (e.g. CI built it in an earlier step).
    command: process.env.SIKAP_E2E_SKIP_BUILD === '1' ? 'node bin/sikap.mjs serve' : 'node bin/sikap.mjs serve --build',
    cwd: ROOT,
    url: `${BASE_URL}/api/v1/health`,
    // Build + migrations + the whole demo seed (~40 s quiet; several minutes on a loaded 2-core machine).
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(E2E_PORT),
      HOST: '127.0.0.1',
      DATA_DIR,
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'true',
      // CI's PostgreSQL pass sets DATABASE_URL for Vitest; the journeys' server runs on its own PGlite unless
      // SIKAP_E2E_DATABASE_URL asks for PostgreSQL (a fresh schema per run).
      DATABASE_URL: process.env.SIKAP_E2E_DATABASE_URL ?? '',
      DATABASE_SCHEMA: process.env.SIKAP_E2E_DATABASE_URL ? process.env.SIKAP_E2E_DATABASE_SCHEMA! : '',
      // Journeys log in and answer surveys many times from 127.0.0.1.
      LOGIN_RATE_LIMIT: '1000',
      SKM_MAX_PER_HARI: '1000',
      // Journeys check that one answer shows up at once; release in batches (K=10) is covered by skm.rilis.test.ts.
      SKM_AMBANG_ANONIM: '1',
      COOKIE_SECURE: 'false',
      SIKAP_WAKTU_UJI: WAKTU_UJI,
      // Deliver notifications quickly so the journey can see them in the outbox.
      NOTIFIKASI_INTERVAL_MS: '500',
    },
  },
});
