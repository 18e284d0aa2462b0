import type { Page } from '@playwright/test';

/** A page-side flag the timings below wait for, and what they record. */
interface Recorder {
  benchFiguresMarks: number[];
  benchDiagnosticsMarks: number[];
}

/** Clicks the side tab named `name` from inside the page, so no locator lookup (slow among 500 nodes) runs meanwhile. */
async function clickTab(page: Page, name: string): Promise<void> {
  await page.evaluate((tabName) => {
    const tab = [...document.querySelectorAll<HTMLElement>('[role="tab"]')].find((t) => t.textContent === tabName);
    if (!tab) throw new Error(`no ${tabName} tab`);
    tab.click();
  }, name);
}

/** Types `text` into the field of the selected VNet's first prefix and commits it with Enter, as the keystroke timing does. */
async function commitPrefix(page: Page, text: string): Promise<void> {
  const field = page.getByLabel('Address space entry 1', { exact: true });
  await field.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

async function marks(page: Page, count: number): Promise<number[]> {
  await page.waitForFunction((n) => (window as unknown as Recorder).benchFiguresMarks.length >= n, count, { timeout: 30_000 });
  return page.evaluate(() => (window as unknown as Recorder).benchFiguresMarks);
}

/**
 * The Figures tab on a big design, with a VNet selected (its inspector open). `open`: milliseconds
 * from the click on the tab to the address map being in the DOM and painted (the first task after
 * the next frame), `runs` times; each open follows an edit of the VNet's first prefix, so the figures
 * are computed afresh, as they are after any real edit. `edit`: with the tab open, milliseconds from
 * the Enter that commits such an edit to the address map showing the new prefix, painted; `editToDiagnostics`:
 * from that Enter to the (hidden) diagnostics summary changing, which figures computed in the same
 * render would delay. Edits that the field applied before the Enter (typing paused past its live-draft
 * delay, as it can on a loaded machine) are left out.
 * `conflicting(vnetId)` gives the prefix the edits alternate with the original.
 */
export async function figuresTabTimings(page: Page, conflicting: (vnetId: string) => string, runs = 7): Promise<{ open: number[]; edit: number[]; editToDiagnostics: number[] }> {
  const vnetId = await page.evaluate(() => document.querySelector<HTMLElement>('.react-flow__node-vnet.selected')?.dataset.id);
  if (!vnetId) throw new Error('the figures timing needs a selected VNet');
  const original = await page.getByLabel('Address space entry 1', { exact: true }).inputValue();
  const prefixes = [conflicting(vnetId), original];
  await page.evaluate(() => {
    (window as unknown as Recorder).benchFiguresMarks = [];
  });

  const open: number[] = [];
  for (let i = 0; i <= runs; i++) {
    await commitPrefix(page, prefixes[i % 2]!);
    await page.waitForTimeout(500);
    await page.evaluate(() => {
      const w = window as unknown as Recorder;
      const tab = [...document.querySelectorAll<HTMLElement>('[role="tab"]')].find((t) => t.textContent === 'Figures')!;
      let clicked: number | undefined;
      tab.addEventListener('click', (e) => (clicked = e.timeStamp), { capture: true, once: true });
      const observer = new MutationObserver(() => {
        if (clicked === undefined || !document.querySelector('[data-figure="address-map"] .fig-seg')) return;
        observer.disconnect();
        const start = clicked;
        requestAnimationFrame(() => setTimeout(() => w.benchFiguresMarks.push(performance.now() - start), 0));
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
    await clickTab(page, 'Figures');
    const recorded = await marks(page, i + 1);
    if (i > 0) open.push(recorded[i]!);
    await clickTab(page, 'Diagnostics');
    await page.waitForTimeout(300);
  }

  await clickTab(page, 'Figures');
  await page.waitForSelector('[data-figure="address-map"] .fig-seg');
  await page.evaluate(() => {
    const w = window as unknown as Recorder;
    w.benchFiguresMarks = [];
    w.benchDiagnosticsMarks = [];
  });
  const edit: number[] = [];
  const editToDiagnostics: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const prefix = prefixes[(runs + 1 + i) % 2]!;
    await page.evaluate(
      ({ owner, text }) => {
        const w = window as unknown as Recorder;
        const map = document.querySelector('[data-figure="address-map"]')!;
        const summaryNode = document.querySelector('.diagnostics .panel-summary')!;
        const summaryBefore = summaryNode.textContent;
        const shows = () => map.querySelector(`.fig-seg[data-owner="${CSS.escape(owner)}"][data-prefix="${CSS.escape(text)}"]`) !== null;
        let pressed: number | undefined;
        const mark = (list: number[], observer: MutationObserver, painted: boolean) => {
          observer.disconnect();
          const start = pressed!;
          if (painted) requestAnimationFrame(() => setTimeout(() => list.push(performance.now() - start), 0));
          else list.push(performance.now() - start);
        };
        const observer = new MutationObserver(() => {
          if (pressed !== undefined && shows()) mark(w.benchFiguresMarks, observer, true);
        });
        const summary = new MutationObserver(() => {
          if (pressed !== undefined) mark(w.benchDiagnosticsMarks, summary, false);
        });
        const onKey = (e: KeyboardEvent) => {
          if (e.key !== 'Enter') return;
          window.removeEventListener('keydown', onKey, true);
          pressed = e.timeStamp;
          // Typing that paused past the field's live-draft delay applied the edit before the Enter: no timing.
          if (shows()) {
            observer.disconnect();
            w.benchFiguresMarks.push(Number.NaN);
          }
          if (summaryNode.textContent !== summaryBefore) {
            summary.disconnect();
            w.benchDiagnosticsMarks.push(Number.NaN);
          }
        };
        window.addEventListener('keydown', onKey, true);
        observer.observe(map, { childList: true, subtree: true, attributes: true });
        summary.observe(summaryNode, { childList: true, characterData: true, subtree: true });
      },
      { owner: vnetId, text: prefix },
    );
    await commitPrefix(page, prefix);
    const recorded = await marks(page, i + 1);
    await page.waitForFunction((n) => (window as unknown as Recorder).benchDiagnosticsMarks.length >= n, i + 1, { timeout: 10_000 });
    const diagnostics = await page.evaluate(() => (window as unknown as Recorder).benchDiagnosticsMarks);
    if (i > 0 && !Number.isNaN(recorded[i]!) && !Number.isNaN(diagnostics[i]!)) {
      edit.push(recorded[i]!);
      editToDiagnostics.push(diagnostics[i]!);
    }
    await page.waitForTimeout(300);
  }
  await clickTab(page, 'Diagnostics');
  return { open, edit, editToDiagnostics };
}
