/**
 * Our exports checked by the real Bicep compiler (Bicep CLI 0.49.2 from NuGet, see scripts/bicep/):
 * - `bicep build` of exportBicep: no errors and no warnings (default linter rules on), and the JSON it
 *   makes equals exportArm (apart from Bicep's `_generator` metadata; key order does not matter).
 * - `bicep decompile` of exportArm, then `bicep build` of that: no errors and no type warnings (BCP…), and
 *   the JSON equals exportArm again once dependsOn lists are sorted (the decompiler picks other symbols,
 *   and Bicep orders dependsOn by symbol).
 *
 * Without `dotnet` these tests are skipped, loudly; with CI=true they run and fail if the compiler cannot
 * be had. At most two compiler processes run at a time (the machines have 2 cores); builds go through one
 * process for all files (`--pattern`), since starting the compiler is most of its cost.
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { findBicep, BICEP_VERSION } from '../../../scripts/bicep/find-bicep.mjs';
import { TEST_TODAY } from '../testing/expect';
import { exportArm } from './arm';
import { exportBicep } from './bicep';
import { generatedDesigns, hostileDesign, loadExamples, type NamedDesign } from './test-fixtures';

const REQUIRED = process.env.CI === 'true';
const hasDotnet = spawnSync('dotnet', ['--version'], { stdio: 'ignore' }).status === 0;
const RUN = REQUIRED || hasDotnet || Boolean(process.env.BICEP_PATH);
const SKIP_REASON = 'SKIPPED: the .NET SDK (dotnet) is not installed, so the Bicep compiler cannot be restored from NuGet (set BICEP_PATH to a bicep executable, or CI=true to make this fail)';
if (!RUN) {
  console.warn(`\n*** bicep-compiler.test.ts: ${SKIP_REASON} ***\n`);
}

/** Designs built with `bicep build` (and compared with exportArm). */
const BUILD_DESIGNS: NamedDesign[] = [
  ...loadExamples(),
  ...generatedDesigns([1, 2, 3]),
  { name: 'hostile', doc: hostileDesign() },
];
/** Designs whose ARM export is decompiled (the hostile one without what the decompiler itself mishandles). */
const DECOMPILE_DESIGNS: NamedDesign[] = [
  ...loadExamples(),
  ...generatedDesigns([1, 2]),
  { name: 'hostile-decompilable', doc: hostileDesign({ decompilable: true }) },
];

interface Diagnostic {
  /** File name (without folder) the diagnostic is about. */
  readonly file: string;
  readonly level: 'Error' | 'Warning' | 'Info';
  readonly code: string;
  readonly text: string;
}

interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly diagnostics: Diagnostic[];
  readonly stderr: string;
  readonly ms: number;
}

/** Two compiler processes at a time. */
const MAX_PROCESSES = 2;
let running = 0;
const waiting: (() => void)[] = [];
async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_PROCESSES) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

const DIAGNOSTIC = /^(.*)\((\d+),(\d+)\) : (Error|Warning|Info) ([\w-]+): (.*)$/;

const timings: { step: string; ms: number }[] = [];

let bicep = '';
let work = '';

function runBicep(args: readonly string[], step: string): Promise<RunResult> {
  return slot(
    () =>
      new Promise<RunResult>((resolve) => {
        const started = performance.now();
        execFile(bicep, [...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } }, (error, stdout, stderr) => {
          const ms = performance.now() - started;
          timings.push({ step, ms });
          const diagnostics: Diagnostic[] = [];
          for (const line of stderr.split('\n')) {
            const m = DIAGNOSTIC.exec(line.trim());
            if (m) diagnostics.push({ file: basename(m[1]!), level: m[4] as Diagnostic['level'], code: m[5]!, text: line.trim() });
          }
          const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
          resolve({ code, stdout, diagnostics, stderr, ms });
        });
      }),
  );
}

/**
 * Builds every .bicep file of a folder in one compiler process (`--pattern`): starting the compiler costs
 * about 2 s, each further file about 0.1 s. Each test then reads its own output and diagnostics.
 */
function buildFolder(folder: string, step: string): Promise<RunResult> {
  return runBicep(['build', '--pattern', join(folder, '*.bicep'), '--outdir', join(folder, 'out')], step);
}

let ourBuild: Promise<RunResult> | undefined;
/** `bicep build` of exportBicep for every design of BUILD_DESIGNS (once, shared by the tests). */
function buildOurs(): Promise<RunResult> {
  ourBuild ??= (() => {
    const folder = join(work, 'ours');
    mkdirSync(folder);
    for (const { name, doc } of BUILD_DESIGNS) writeFileSync(join(folder, `${name}.bicep`), exportBicep(doc, { today: TEST_TODAY }));
    return buildFolder(folder, 'build (all designs, one process)');
  })();
  return ourBuild;
}

let roundTrip: Promise<{ decompiles: Map<string, RunResult>; build: RunResult }> | undefined;
/** `bicep decompile` of exportArm for every design of DECOMPILE_DESIGNS (a process each), then one build of the results. */
function decompileAndRebuild(): Promise<{ decompiles: Map<string, RunResult>; build: RunResult }> {
  roundTrip ??= (async () => {
    const folder = join(work, 'decompiled');
    mkdirSync(folder);
    const decompiles = new Map<string, RunResult>();
    await Promise.all(
      DECOMPILE_DESIGNS.map(async ({ name, doc }) => {
        const json = join(work, `${name}.arm.json`);
        writeFileSync(json, exportArm(doc, { today: TEST_TODAY }));
        decompiles.set(name, await runBicep(['decompile', json, '--outfile', join(folder, `${name}.bicep`), '--force'], `decompile ${name}`));
      }),
    );
    return { decompiles, build: await buildFolder(folder, 'rebuild (all decompiled files, one process)') };
  })();
  return roundTrip;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The template without Bicep's own `_generator` metadata. */
function withoutGenerator(template: { [key: string]: Json }): { [key: string]: Json } {
  const metadata = { ...(template.metadata as { [key: string]: Json }) };
  delete metadata._generator;
  return { ...template, metadata };
}

/** dependsOn lists sorted, for templates whose Bicep symbols differ. */
function sortedDependsOn(template: { [key: string]: Json }): { [key: string]: Json } {
  const resources = (template.resources as { [key: string]: Json }[]).map((r) =>
    Array.isArray(r.dependsOn) ? { ...r, dependsOn: [...(r.dependsOn as string[])].sort() } : r,
  );
  return { ...template, resources };
}

const describeName = RUN ? `the Bicep compiler ${BICEP_VERSION} on our exports` : `the Bicep compiler on our exports — ${SKIP_REASON}`;

describe.concurrent(describeName, () => {
  beforeAll(() => {
    if (!RUN) return;
    // Throws (failing every test) when the compiler cannot be restored: required under CI=true.
    const started = performance.now();
    bicep = findBicep();
    timings.push({ step: 'find-bicep (restore)', ms: performance.now() - started });
    work = mkdtempSync(join(tmpdir(), 'vpn-designer-bicep-'));
  }, 600_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
    if (timings.length) {
      const by = new Map<string, number[]>();
      for (const t of timings) {
        const key = t.step.split(' ')[0]!;
        by.set(key, [...(by.get(key) ?? []), t.ms]);
      }
      const lines = [...by].map(([k, ms]) => `${k}: ${ms.length} run(s), ${Math.round(ms.reduce((a, b) => a + b, 0))} ms in total, max ${Math.round(Math.max(...ms))} ms`);
      console.log(`bicep compiler timings:\n  ${lines.join('\n  ')}`);
    }
  });

  for (const { name, doc } of BUILD_DESIGNS) {
    it.skipIf(!RUN)(`${name}: bicep build reports no errors and no warnings, and its JSON equals exportArm`, async ({ expect }) => {
      const r = await buildOurs();
      const file = `${name}.bicep`;
      expect(r.diagnostics.filter((d) => d.file === file).map((d) => d.text)).toEqual([]);
      const out = join(work, 'ours', 'out', `${name}.json`);
      expect(existsSync(out), `bicep build wrote no ${name}.json:\n${r.stderr}`).toBe(true);
      const built = JSON.parse(readFileSync(out, 'utf8')) as { [key: string]: Json };
      const ours = JSON.parse(exportArm(doc, { today: TEST_TODAY })) as { [key: string]: Json };
      expect(withoutGenerator(built)).toEqual(ours);
    }, 300_000);
  }

  it.skipIf(!RUN)('bicep build of all our Bicep files exits with 0', async ({ expect }) => {
    const r = await buildOurs();
    expect(r.code, r.stderr).toBe(0);
  }, 300_000);

  for (const { name, doc } of DECOMPILE_DESIGNS) {
    it.skipIf(!RUN)(`${name}: bicep decompile of exportArm builds again without errors or type warnings, to the same JSON`, async ({ expect }) => {
      const { decompiles, build } = await decompileAndRebuild();
      const d = decompiles.get(name)!;
      expect(d.stderr).not.toMatch(/fatal error/i);
      const file = `${name}.bicep`;
      const diagnostics = build.diagnostics.filter((x) => x.file === file);
      // Type warnings are BCP codes (BCP035 missing property, BCP036 wrong type, BCP037 unknown property…);
      // the decompiled file may draw linter warnings, which say nothing about our JSON.
      expect(diagnostics.filter((x) => x.level === 'Error').map((x) => x.text)).toEqual([]);
      expect(diagnostics.filter((x) => x.level === 'Warning' && /^BCP\d+$/.test(x.code)).map((x) => x.text)).toEqual([]);
      const out = join(work, 'decompiled', 'out', `${name}.json`);
      expect(existsSync(out), `bicep build wrote no ${name}.json:\n${build.stderr}`).toBe(true);
      const rebuilt = withoutGenerator(JSON.parse(readFileSync(out, 'utf8')) as { [key: string]: Json });
      const ours = JSON.parse(exportArm(doc, { today: TEST_TODAY })) as { [key: string]: Json };
      expect(sortedDependsOn(rebuilt)).toEqual(sortedDependsOn(ours));
    }, 300_000);
  }
});
