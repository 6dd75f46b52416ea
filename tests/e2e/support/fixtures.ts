import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** The password of every demo account created by the demo seed (SEED_DEMO=true). */
export const DEMO_PASSWORD = 'tanjungbalai2026';

/** Impacts that fail a journey (axe-core impact levels: minor, moderate, serious, critical). */
const FAIL_IMPACTS = new Set(['serious', 'critical']);

/**
 * Logs in through the /masuk form as a user would: fills "NIP atau nama pengguna" and "Kata sandi", presses
 * "Masuk", and waits until the browser has left /masuk (the app redirects to /admin, /app or `?ke=`).
 * Fails at once with the form's error text when the server rejects the credentials.
 *
 * @param page      the Playwright page
 * @param username  NIP or username of a demo account
 * @param password  defaults to the demo password {@link DEMO_PASSWORD}
 * @throws Error with the alert text on rejected credentials, or after 15 s still on /masuk
 */
export async function loginAs(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/masuk');
  // By role + accessible name: the visible label text carries the required marker ("Kata sandi *"), and the
  // password field sits next to a visibility toggle button.
  await page.getByRole('textbox', { name: 'NIP atau nama pengguna', exact: true }).fill(username);
  await page.getByRole('textbox', { name: 'Kata sandi', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  // Whichever comes first: leaving /masuk (success) or the form's error alert (fail fast with its text).
  const alert = page.locator('form').getByRole('alert');
  const hasil = await Promise.race(
    [
      page.waitForURL((u) => !/^\/masuk\/?$/.test(u.pathname), { timeout: 15_000 }).then(() => 'masuk' as const),
      alert.waitFor({ state: 'visible', timeout: 15_000 }).then(() => 'gagal' as const),
    ].map((p) => p.catch(() => 'timeout' as const)),
  );
  if (hasil === 'gagal') throw new Error(`loginAs(${username}) gagal: ${(await alert.innerText()).replace(/\s+/g, ' ')}`);
  if (hasil === 'timeout') throw new Error(`loginAs(${username}): masih di /masuk setelah 15 s`);
}

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules: tags wcag2a, wcag2aa, wcag21a, wcag21aa) on the current page
 * and fails the test when any violation has impact "serious" or "critical", printing each one (rule id,
 * impact, help text, help URL and up to 5 offending nodes). Minor and moderate findings are only printed.
 *
 * @param page     the Playwright page, already showing the state to check
 * @param options.exclude  CSS selectors to leave out (e.g. a third-party widget), default none
 */
export async function expectNoSeriousA11yViolations(page: Page, options: { exclude?: string[] } = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const results = await builder.analyze();
  const describe = (v: (typeof results.violations)[number]) =>
    `- [${v.impact ?? '?'}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
    v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.replace(/\n/g, ' ') ?? ''}`).join('\n');
  const serious = results.violations.filter((v) => FAIL_IMPACTS.has(v.impact ?? ''));
  const other = results.violations.filter((v) => !FAIL_IMPACTS.has(v.impact ?? ''));
  if (other.length) console.log(`axe (${page.url()}): ${other.length} minor/moderate\n${other.map(describe).join('\n')}`);
  expect(serious.length, `axe: serious/critical WCAG violations on ${page.url()}:\n${serious.map(describe).join('\n')}`).toBe(0);
}

/** Fixtures of the SIKAP journeys. */
export interface SikapFixtures {
  /** {@link loginAs} bound to nothing: `await loginAs(page, 'admin')`. */
  loginAs: typeof loginAs;
  /** {@link expectNoSeriousA11yViolations}. */
  expectNoSeriousA11yViolations: typeof expectNoSeriousA11yViolations;
}

/**
 * Playwright's `test` extended with SIKAP helpers as fixtures, so journeys can write
 * `test('…', async ({ page, loginAs, expectNoSeriousA11yViolations }) => …)`.
 */
export const test = base.extend<SikapFixtures>({
  // eslint-disable-next-line no-empty-pattern
  loginAs: async ({}, use) => use(loginAs),
  // eslint-disable-next-line no-empty-pattern
  expectNoSeriousA11yViolations: async ({}, use) => use(expectNoSeriousA11yViolations),
});

export { expect };
