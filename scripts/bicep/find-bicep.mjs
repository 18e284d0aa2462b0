#!/usr/bin/env node
// Prints the path of the Bicep CLI (the real compiler) that the export tests run.
//
// The CLI comes from NuGet (package Azure.Bicep.CommandLine.linux-x64, which ships the `bicep` executable):
// `dotnet restore` of restore.csproj beside this file downloads it into the NuGet packages folder. The
// restore runs once: when the executable is already there, nothing is downloaded. Restore output
// (obj/) goes to a temporary folder, so the work tree stays clean.
//
//   node scripts/bicep/find-bicep.mjs     → prints the path, or explains on stderr and exits 1
//
// BICEP_PATH, when set, names an executable to use instead.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BICEP_PACKAGE = 'azure.bicep.commandline.linux-x64';
export const BICEP_VERSION = '0.49.2';

const here = dirname(fileURLToPath(import.meta.url));

/** The NuGet global packages folder (NUGET_PACKAGES, else ~/.nuget/packages). */
function packagesFolder() {
  return process.env.NUGET_PACKAGES || join(homedir(), '.nuget', 'packages');
}

/** Where `dotnet` itself says the global packages folder is (when it differs from the usual one). */
function packagesFolderFromDotnet() {
  try {
    const out = execFileSync('dotnet', ['nuget', 'locals', 'global-packages', '--list'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const m = /global-packages:\s*(.+)/.exec(out);
    return m ? m[1].trim() : undefined;
  } catch {
    return undefined;
  }
}

/** The `bicep` executable inside a restored package folder, or undefined. */
function findIn(folder) {
  const root = join(folder, BICEP_PACKAGE, BICEP_VERSION);
  if (!existsSync(root)) return undefined;
  const stack = [root];
  while (stack.length) {
    const dir = stack.pop();
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) stack.push(path);
      else if (entry.name === 'bicep' && statSync(path).size > 0) return path;
    }
  }
  return undefined;
}

function restore() {
  const obj = mkdtempSync(join(tmpdir(), 'bicep-restore-'));
  try {
    const r = spawnSync(
      'dotnet',
      ['restore', join(here, 'restore.csproj'), `-p:BaseIntermediateOutputPath=${obj}/`, `-p:MSBuildProjectExtensionsPath=${obj}/`, '--verbosity', 'quiet'],
      { encoding: 'utf8', env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1', DOTNET_SKIP_FIRST_TIME_EXPERIENCE: '1' } },
    );
    if (r.error) throw new Error(`could not run dotnet (${r.error.message}); install the .NET SDK`);
    if (r.status !== 0) throw new Error(`dotnet restore failed (exit ${r.status}):\n${r.stdout}${r.stderr}`);
  } finally {
    rmSync(obj, { recursive: true, force: true });
  }
}

/** The path of the Bicep CLI, restoring it first when needed. Throws with a reason when it cannot. */
export function findBicep() {
  if (process.env.BICEP_PATH) {
    if (!existsSync(process.env.BICEP_PATH)) throw new Error(`BICEP_PATH is set to ${process.env.BICEP_PATH}, which does not exist`);
    return process.env.BICEP_PATH;
  }
  let path = findIn(packagesFolder());
  if (!path) {
    restore();
    path = findIn(packagesFolder());
    const fromDotnet = path ? undefined : packagesFolderFromDotnet();
    if (!path && fromDotnet) path = findIn(fromDotnet);
  }
  if (!path) throw new Error(`dotnet restore ran, but no bicep executable was found under ${join(packagesFolder(), BICEP_PACKAGE, BICEP_VERSION)}`);
  // NuGet extracts files without the executable bit on some systems.
  if ((statSync(path).mode & 0o111) !== 0o111) chmodSync(path, 0o755);
  return path;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    console.log(findBicep());
  } catch (e) {
    console.error(`find-bicep: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
