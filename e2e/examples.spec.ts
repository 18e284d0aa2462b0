import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { loadDocumentText } from '../src/core/model/load';
import { validate } from '../src/core/rules/validate';

const examples: { file: string; title: string }[] = JSON.parse(readFileSync('public/examples/index.json', 'utf8'));

for (const { file, title } of examples) {
  test(`the example "${title}" opens and shows the diagnostics the core reports`, async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    const loaded = loadDocumentText(readFileSync(`public/examples/${file}`, 'utf8'));
    if (!loaded.ok) throw new Error(`${file} does not load: ${loaded.error.message}`);
    const expected = validate(loaded.doc);

    await page.goto('/');
    await page.getByLabel('Example design').selectOption(file);
    const design = page.getByRole('region', { name: 'Design' });
    await expect(design.getByRole('heading', { level: 2 })).toHaveText(loaded.doc.name);
    await expect(design.locator('li.diag')).toHaveCount(expected.length);
    const shownRules = await design.locator('li.diag .rule-id').allTextContents();
    expect(shownRules.sort()).toEqual(expected.map((d) => d.ruleId).sort());
    expect(errors).toEqual([]);
  });
}
