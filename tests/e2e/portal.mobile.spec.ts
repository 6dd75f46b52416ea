import { expect, test } from './support/fixtures.ts';

// Phone viewport (project "mobile": 390×844, touch): the portal must not scroll sideways.

test('home page has no horizontal scroll on a phone', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const { scrollWidth, innerWidth, isMobile } = await page.evaluate(() => ({
    scrollWidth: (document.scrollingElement ?? document.documentElement).scrollWidth,
    innerWidth: window.innerWidth,
    isMobile: navigator.maxTouchPoints > 0,
  }));
  expect(innerWidth).toBe(390);
  expect(isMobile).toBe(true);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
});
