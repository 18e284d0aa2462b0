import { chromium, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, preview, type PreviewServer } from 'vite';
import { CHROMIUM_ARGS } from '../playwright.config';
import type { TopologyDocument } from '../src/core/model/types';
import type { Severity } from '../src/core/rules/types';
import { validate } from '../src/core/rules/validate';
import { encodePlainShareLink } from '../src/core/share/link';
import { drawnElementCount, generateCanvasDesign } from '../src/core/testing/generate';
import { designGraph } from '../src/app/design/graph';
import { round } from './stats';
import { figuresTabTimings } from './ui-figures-tab';
import { initialScripts, lateFramePercent, percentile } from './ui-figures';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const APP_CONFIG = join(ROOT, 'vite.config.ts');
const BASELINE_CONFIG = join(ROOT, 'bench/ui/vite.config.ts');
const APP_PORT = Number(process.env.BENCH_UI_PORT ?? 4188);
const BASELINE_PORT = APP_PORT + 1;
const DRAWN = 500;
const CONNECTIONS = 600;
const VIEWPORT = { width: 1280, height: 800 };

export const TARGETS = { dragP95Ratio: 1.5, keystrokeMs: 50, initialJsGzipKb: 200 } as const;

/** Gzip size (KB) of the JavaScript the built index.html loads before first paint. */
export function initialJsGzipKb(outDir: string): number {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  let bytes = 0;
  for (const src of initialScripts(html)) bytes += gzipSync(readFileSync(join(outDir, src.replace(/^\.?\//, '')))).length;
  return bytes / 1024;
}

async function serve(configFile: string, outDir: string, port: number): Promise<PreviewServer> {
  return preview({ configFile, logLevel: 'error', build: { outDir }, preview: { host: '127.0.0.1', port, strictPort: true } });
}

/** Waits until the canvas shows `count` nodes and has settled (fit-view animation done, nothing pending). */
async function waitForCanvas(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => document.querySelectorAll('.react-flow__node').length === n, count, { timeout: 60_000 });
  await page.waitForTimeout(1_000);
}

/** The id and screen centre of the node of `selector` nearest the middle of the canvas, and the canvas size. */
async function centralNode(page: Page, selector: string): Promise<{ id: string; x: number; y: number; width: number; height: number }> {
  return page.evaluate((sel) => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    const cx = pane.left + pane.width / 2;
    const cy = pane.top + pane.height / 2;
    let best: { id: string; x: number; y: number; d: number } | undefined;
    for (const el of document.querySelectorAll<HTMLElement>(sel)) {
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      const d = Math.hypot(x - cx, y - cy);
      if (!best || d < best.d) best = { id: el.dataset.id ?? '', x, y, d };
    }
    if (!best) throw new Error(`no ${sel} on the canvas`);
    return { id: best.id, x: best.x, y: best.y, width: pane.width, height: pane.height };
  }, selector);
}

/**
 * Frame times (requestAnimationFrame deltas, ms) while one node is dragged: mouse down on the node
 * nearest the middle, 60 moves out, 60 moves back, mouse up; `rounds` times after one untimed round.
 * The node is found again each round (a selected node opens the inspector, which narrows the canvas)
 * and moved a sixth of the canvas, far from its edges, so React Flow never pans the view meanwhile; a round in
 * which the view moved anyway (panning re-renders every node and line) makes the figures void, and throws.
 * Also the main thread's busy time (Chromium's TaskDuration) per pointer move, which shows the work a
 * frame does even while it still fits in the frame.
 */
async function dragFrameTimes(page: Page, rounds = 3): Promise<{ frames: number[]; busyMsPerMove: number }> {
  const MOVES = 120;
  const frames: number[] = [];
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskSeconds = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN;
  let busySeconds = 0;
  for (let round = 0; round <= rounds; round++) {
    const { x, y, width, height } = await centralNode(page, '.react-flow__node');
    const [dx, dy] = [Math.round(width / 6), Math.round(height / 6)];
    await page.evaluate(() => {
      const w = window as unknown as { benchFrames: number[]; benchRecording: boolean };
      w.benchFrames = [];
      w.benchRecording = true;
      let last: number | undefined;
      const tick = (t: number) => {
        if (last !== undefined) w.benchFrames.push(t - last);
        last = t;
        if (w.benchRecording) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const viewport = () => page.evaluate(() => document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform);
    const before = await viewport();
    const busyBefore = await taskSeconds();
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + dx, y + dy, { steps: MOVES / 2 });
    await page.mouse.move(x, y, { steps: MOVES / 2 });
    await page.mouse.up();
    const busy = (await taskSeconds()) - busyBefore;
    const recorded = await page.evaluate(() => {
      const w = window as unknown as { benchFrames: number[]; benchRecording: boolean };
      w.benchRecording = false;
      return w.benchFrames;
    });
    const after = await viewport();
    if (after !== before) throw new Error(`the view panned during drag round ${round} (${before} → ${after}): the frame times would measure panning`);
    if (round > 0) {
      frames.push(...recorded);
      busySeconds += busy;
    }
    await page.waitForTimeout(300);
  }
  await cdp.detach();
  return { frames, busyMsPerMove: (busySeconds * 1000) / (rounds * MOVES) };
}

const severityCounts = (doc: TopologyDocument) => {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of validate(doc)) counts[d.severity] += 1;
  return JSON.stringify(counts);
};

/** Another VNet's first prefix that, put first in `vnetId`'s address space, changes the counts the diagnostics summary shows. */
function conflictingPrefix(doc: TopologyDocument, vnetId: string): string {
  const vnet = doc.vnets.find((v) => v.id === vnetId);
  if (!vnet) throw new Error(`${vnetId} is not a VNet of the design`);
  const before = severityCounts(doc);
  for (const other of doc.vnets) {
    const candidate = other.addressSpace[0];
    if (other === vnet || !candidate || vnet.addressSpace.includes(candidate)) continue;
    const changed = { ...doc, vnets: doc.vnets.map((v) => (v === vnet ? { ...v, addressSpace: [candidate, ...v.addressSpace.slice(1)] } : v)) };
    if (severityCounts(changed) !== before) return candidate;
  }
  throw new Error(`no prefix changes the diagnostics of ${vnetId}`);
}

/**
 * Milliseconds from the Enter that commits an edited address-space prefix (the keydown event's
 * timestamp) to the diagnostics summary changing in the DOM; the prefix alternates between one that
 * overlaps another VNet and the original, `runs` times after two untimed edits.
 */
async function keystrokeToDiagnostics(page: Page, doc: TopologyDocument, runs = 10): Promise<number[]> {
  const vnet = await centralNode(page, '.react-flow__node-vnet');
  await page.mouse.click(vnet.x, vnet.y);
  const field = page.getByLabel('Address space entry 1', { exact: true });
  await field.waitFor();
  const original = await field.inputValue();
  const conflicting = conflictingPrefix(doc, vnet.id);
  await page.evaluate(() => {
    const w = window as unknown as { benchLatencies: number[] };
    w.benchLatencies = [];
    let pressed: number | undefined;
    window.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') pressed = e.timeStamp;
    }, true);
    const summary = document.querySelector('.diagnostics .panel-summary')!;
    new MutationObserver(() => {
      if (pressed === undefined) return;
      w.benchLatencies.push(performance.now() - pressed);
      pressed = undefined;
    }).observe(summary, { childList: true, characterData: true, subtree: true });
  });
  const warmup = 2;
  for (let i = 0; i < runs + warmup; i++) {
    // Typed with the page's keyboard so no locator lookup (slow among 500 nodes) delays the Enter: the
    // field's live draft waits for a 250 ms pause, and the Enter must be what commits the edit.
    await field.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(i % 2 === 0 ? conflicting : original);
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => (window as unknown as { benchLatencies: number[] }).benchLatencies.length >= n, i + 1, { timeout: 10_000 });
  }
  return (await page.evaluate(() => (window as unknown as { benchLatencies: number[] }).benchLatencies)).slice(warmup);
}

const verdict = (met: boolean) => (met ? 'met' : 'NOT met');

/**
 * The canvas under load: frame times while dragging one node of a 500-element, 600-connection design
 * against plain React Flow with as many default nodes and edges; keystroke-to-diagnostics latency;
 * gzip size of the JavaScript loaded before first paint. Builds both pages into a temporary directory,
 * serves them on 127.0.0.1, and drives Debian's Chromium.
 */
export async function benchUi(): Promise<{ figures: Record<string, number>; rows: string[][] }> {
  const doc = generateCanvasDesign(DRAWN, CONNECTIONS, 42);
  const lines = designGraph(doc).links.length;
  const nodes = drawnElementCount(doc);
  const dir = mkdtempSync(join(tmpdir(), 'vpn-designer-bench-ui-'));
  const appDir = join(dir, 'app');
  const baselineDir = join(dir, 'baseline');
  const servers: PreviewServer[] = [];
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    await build({ configFile: APP_CONFIG, logLevel: 'error', build: { outDir: appDir, emptyOutDir: true } });
    await build({ configFile: BASELINE_CONFIG, logLevel: 'error', build: { outDir: baselineDir, emptyOutDir: true } });
    servers.push(await serve(APP_CONFIG, appDir, APP_PORT), await serve(BASELINE_CONFIG, baselineDir, BASELINE_PORT));

    const context = await browser.newContext({ viewport: VIEWPORT });
    // tsx keeps function names by wrapping them in `__name(...)`, which the page scripts passed to evaluate() then call.
    await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    const errors: string[] = [];
    context.on('weberror', (e) => errors.push(e.error().message));
    const app = await context.newPage();
    app.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await app.goto(`http://127.0.0.1:${APP_PORT}/#${encodePlainShareLink(doc)}`);
    await waitForCanvas(app, nodes);
    const { frames: drag, busyMsPerMove } = await dragFrameTimes(app);
    const keystrokes = await keystrokeToDiagnostics(app, doc);

    const baseline = await context.newPage();
    await baseline.goto(`http://127.0.0.1:${BASELINE_PORT}/?nodes=${nodes}&edges=${lines}`);
    await waitForCanvas(baseline, nodes);
    const { frames: baselineDrag, busyMsPerMove: baselineBusyMsPerMove } = await dragFrameTimes(baseline);
    await app.bringToFront();
    const figuresTab = await figuresTabTimings(app, (vnetId) => conflictingPrefix(doc, vnetId));
    if (errors.length > 0) throw new Error(`the pages reported errors: ${errors.join('; ')}`);

    const p50 = percentile(drag, 50);
    const p95 = percentile(drag, 95);
    const baseP50 = percentile(baselineDrag, 50);
    const baseP95 = percentile(baselineDrag, 95);
    const ratio = p95 / baseP95;
    const keyMedian = percentile(keystrokes, 50);
    const keyP95 = percentile(keystrokes, 95);
    const initialKb = initialJsGzipKb(appDir);
    const figures = {
      'ui.drag_p50_ms': round(p50, 1),
      'ui.drag_p95_ms': round(p95, 1),
      'ui.baseline_drag_p50_ms': round(baseP50, 1),
      'ui.baseline_drag_p95_ms': round(baseP95, 1),
      'ui.drag_p95_ratio': round(ratio, 2),
      'ui.drag_late_frames_pct': round(lateFramePercent(drag), 1),
      'ui.baseline_drag_late_frames_pct': round(lateFramePercent(baselineDrag), 1),
      'ui.drag_busy_ms_per_move': round(busyMsPerMove, 1),
      'ui.baseline_drag_busy_ms_per_move': round(baselineBusyMsPerMove, 1),
      'ui.keystroke_to_diagnostics_ms': round(keyMedian, 1),
      'ui.keystroke_to_diagnostics_p95_ms': round(keyP95, 1),
      'bundle.initial_js_gzip_kb': round(initialKb, 1),
      'ui.figures_open_ms': round(percentile(figuresTab.open, 50), 1),
      'ui.figures_edit_ms': round(percentile(figuresTab.edit, 50), 1),
      'ui.figures_edit_to_diagnostics_ms': round(percentile(figuresTab.editToDiagnostics, 50), 1),
    };
    const size = `${nodes} elements, ${doc.connections.length} connections, ${lines} lines`;
    const rows = [
      ['drag frame times, app', `${size}, ${drag.length} frames`, `p50 ${figures['ui.drag_p50_ms']} ms, p95 ${figures['ui.drag_p95_ms']} ms, ${figures['ui.drag_late_frames_pct']}% late, main thread ${figures['ui.drag_busy_ms_per_move']} ms per move`],
      ['drag frame times, plain React Flow', `${nodes} default nodes, ${lines} edges, ${baselineDrag.length} frames`, `p50 ${figures['ui.baseline_drag_p50_ms']} ms, p95 ${figures['ui.baseline_drag_p95_ms']} ms, ${figures['ui.baseline_drag_late_frames_pct']}% late, main thread ${figures['ui.baseline_drag_busy_ms_per_move']} ms per move`],
      ['drag p95 app / plain React Flow', `target ≤ ${TARGETS.dragP95Ratio}`, `${figures['ui.drag_p95_ratio']}× (${verdict(ratio <= TARGETS.dragP95Ratio)})`],
      ['keystroke to diagnostics', `${size}, ${keystrokes.length} edits, target ≤ ${TARGETS.keystrokeMs} ms`, `${figures['ui.keystroke_to_diagnostics_ms']} ms median, p95 ${figures['ui.keystroke_to_diagnostics_p95_ms']} ms (${verdict(keyMedian <= TARGETS.keystrokeMs)})`],
      ['Figures tab open', `${size}, ${figuresTab.open.length} opens, each after an edit`, `${figures['ui.figures_open_ms']} ms median to the address map painted`],
      ['edit with the Figures tab open', `${size}, ${figuresTab.edit.length} edits`, `${figures['ui.figures_edit_ms']} ms median from Enter to the address map painted, ${figures['ui.figures_edit_to_diagnostics_ms']} ms to the diagnostics`],
      ['initial JavaScript (gzip)', `entry + modulepreloads, target ≤ ${TARGETS.initialJsGzipKb} KB`, `${figures['bundle.initial_js_gzip_kb']} KB (${verdict(initialKb <= TARGETS.initialJsGzipKb)})`],
    ];
    return { figures, rows };
  } finally {
    await browser.close();
    for (const server of servers) await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
