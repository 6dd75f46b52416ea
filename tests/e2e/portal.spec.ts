import { expect, test } from './support/fixtures.ts';

// Smoke test of the public portal. Independent of the demo data (the seed may still be a placeholder).

test('home page loads with its heading and no serious accessibility violation', async ({ page, expectNoSeriousA11yViolations }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(/SIKAP/);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveCount(1);
  await expect(heading).toHaveText('Pelayanan publik yang cepat, ramah, dan terukur');
  await expect(page.locator('html')).toHaveAttribute('lang', /^id/);
  await expectNoSeriousA11yViolations(page);
});

test('health endpoint answers ok on the embedded database', async ({ request }) => {
  const res = await request.get('/api/v1/health');
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { status: string; database: string; version: string };
  expect(body.status).toBe('ok');
  // The e2e server always runs on PGlite, even in CI's PostgreSQL pass (DATABASE_URL='' in the config).
  expect(body.database).toBe('pglite');
  expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
});
