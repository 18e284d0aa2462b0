import { expect, openExample, test, viewSettled } from './fixtures';

test.use({ viewport: { width: 1280, height: 800 } });

/** Whether the element's box lies whole inside the canvas. */
async function wholeInCanvas(page: import('@playwright/test').Page, selector: string): Promise<boolean> {
  const canvas = await page.locator('.react-flow').boundingBox();
  const box = await page.locator(selector).boundingBox();
  if (!canvas || !box) return false;
  return box.x >= canvas.x && box.y >= canvas.y && box.x + box.width <= canvas.x + canvas.width && box.y + box.height <= canvas.y + canvas.height;
}

test('on a laptop screen, the node selected stays whole in view when the inspector narrows the canvas, at the same zoom', async ({ page }) => {
  await openExample(page, 'hub-two-branches-p2s.json');
  const zoom = () => page.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);
  const scaleBefore = (await zoom()).split(',')[0];
  await page.locator('.react-flow__node[data-id="gw-hub"]').click();
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toBeVisible();
  await viewSettled(page);
  expect(await wholeInCanvas(page, '.react-flow__node[data-id="gw-hub"]')).toBe(true);
  expect((await zoom()).split(',')[0]).toBe(scaleBefore);
});
