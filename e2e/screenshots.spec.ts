import { openExample, test } from './fixtures';

// Screenshots for visual review, light and dark: `npm run screenshots` (writes to UI_SCREENSHOTS, default /tmp).
// Not part of the test run: playwright.config.ts includes this file only when UI_SCREENSHOTS is set.
const dir = process.env.UI_SCREENSHOTS ?? '/tmp';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme, viewport: { width: 1440, height: 900 } });
    test(`the broken example in the ${colorScheme} theme`, async ({ page }) => {
      await openExample(page, 'broken-design.json');
      await page.waitForTimeout(500); // the fit-view animation
      await page.screenshot({ path: `${dir}/ui-${colorScheme}.png` });
    });
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme, shortcuts help`, () => {
    test.use({ colorScheme, viewport: { width: 1440, height: 900 } });
    test(`the keyboard shortcuts help in the ${colorScheme} theme`, async ({ page }) => {
      await openExample(page, 'hub-two-branches-p2s.json');
      await page.keyboard.press('?');
      await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
      await page.screenshot({ path: `${dir}/ui-shortcuts-${colorScheme}.png` });
    });
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme, laptop screen`, () => {
    test.use({ colorScheme, viewport: { width: 1280, height: 800 } });
    test(`the hub example with its gateway selected on a laptop screen in the ${colorScheme} theme`, async ({ page }) => {
      await openExample(page, 'hub-two-branches-p2s.json');
      await page.locator('.react-flow__node[data-id="gw-hub"]').click();
      await page.getByRole('complementary', { name: 'Inspector' }).waitFor();
      await page.waitForTimeout(500); // the fit-view animation
      await page.screenshot({ path: `${dir}/ui-laptop-${colorScheme}.png` });
    });
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme, connect to`, () => {
    test.use({ colorScheme, viewport: { width: 1280, height: 800 } });
    test(`the Connect to… control of a gateway in the ${colorScheme} theme`, async ({ page }) => {
      await openExample(page, 'broken-design.json');
      await page.locator('.react-flow__node[data-id="gw-basic"]').click();
      const select = page.getByRole('complementary', { name: 'Inspector' }).getByRole('combobox', { name: 'Connect to' });
      await select.focus();
      await select.selectOption('site-hq');
      await page.screenshot({ path: `${dir}/ui-connect-${colorScheme}.png` });
      // A native select's popup is not in page screenshots: show its options as a list box instead.
      await select.evaluate((el: HTMLSelectElement) => (el.size = 14));
      await page.screenshot({ path: `${dir}/ui-connect-list-${colorScheme}.png` });
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Connection' }).waitFor();
      await page.waitForTimeout(500); // the view moving to the two ends
      await page.screenshot({ path: `${dir}/ui-connect-done-${colorScheme}.png` });
    });
  });
}
