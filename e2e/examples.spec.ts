import { diagnosticItems, examples, expect, expectedDiagnostics, loadExample, openExample, test } from './fixtures';

for (const { file, title } of examples) {
  test(`the example "${title}" opens with one node per element and the diagnostics the core reports`, async ({ page }) => {
    const expected = expectedDiagnostics(loadExample(file));
    await openExample(page, file);
    await expect(diagnosticItems(page)).toHaveCount(expected.length);
    const shownRules = await diagnosticItems(page).locator('.rule-id').allTextContents();
    expect(shownRules.sort()).toEqual(expected.map((d) => d.ruleId).sort());
  });
}
