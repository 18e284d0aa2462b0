import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { exportArm, exportBicep } from '../core/export';
import { DEVICE_VENDORS } from '../core/export/devices/vendors';
import { p2sProfiles } from '../core/export/p2s/profiles';
import type { TopologyDocument } from '../core/model/types';
import { validate } from '../core/rules/validate';
import type { ParsedArgs } from './args';
import { EXIT, type CliIo } from './io';
import { loadDesignFile } from './load-design';
import { printable } from './printable';

type Rendered = { file: string; text: string }[];

const fileSafe = (id: string) => id.replace(/[^A-Za-z0-9_.-]/g, '_');

/** The formats the CLI can write, with the files each one produces. */
const FORMATS: Record<string, (doc: TopologyDocument) => Rendered> = {
  arm: (doc) => [{ file: 'azuredeploy.json', text: exportArm(doc) }],
  bicep: (doc) => [{ file: 'main.bicep', text: exportBicep(doc) }],
  // One device configuration per site-to-site connection and vendor, keys as placeholders (secrets stay out of files).
  ...Object.fromEntries(
    Object.entries(DEVICE_VENDORS).map(([vendor, { extension, render }]) => [
      `device:${vendor}`,
      (doc: TopologyDocument): Rendered =>
        doc.connections.flatMap((c) => (c.kind === 's2s' ? [{ file: `${vendor}-${fileSafe(c.id)}.${extension}`, text: render(doc, c.id) }] : [])),
    ]),
  ),
  // Client profiles for each P2S configuration, in a folder per configuration.
  p2s: (doc) =>
    doc.p2sConfigurations.flatMap((p) => p2sProfiles(doc, p.id).map(({ fileName, text }) => ({ file: join(`p2s-${fileSafe(p.id)}`, fileName), text }))),
};

/** `vpn-designer export <design.json> --format <format>|all --out <dir>`: writes deployment, device and client files. */
export function exportCommand(args: ParsedArgs, io: CliIo): number {
  const file = args.positionals[0];
  const format = args.flags.get('format') ?? 'all';
  const outFlag = args.flags.get('out');
  if (!file || typeof format !== 'string' || (outFlag !== undefined && typeof outFlag !== 'string')) {
    io.err('vpn-designer: usage: vpn-designer export <design.json> --format arm|bicep|device:<vendor>|p2s|all [--out <dir>]\n');
    return EXIT.badInput;
  }
  const names = format === 'all' ? Object.keys(FORMATS) : [format];
  const unknown = names.filter((n) => !FORMATS[n]);
  if (unknown.length > 0) {
    io.err(`vpn-designer: unknown export format "${printable(unknown[0]!)}" (available: ${Object.keys(FORMATS).join(', ')}, all)\n`);
    return EXIT.badInput;
  }
  const doc = loadDesignFile(file, io);
  if (!doc) return EXIT.badInput;
  const out = outFlag ?? 'export';
  try {
    mkdirSync(out, { recursive: true });
    for (const name of names) {
      for (const { file: target, text } of FORMATS[name]!(doc)) {
        mkdirSync(dirname(join(out, target)), { recursive: true });
        writeFileSync(join(out, target), text);
        io.out(`wrote ${printable(join(out, target))}\n`);
      }
    }
  } catch (e) {
    io.err(`vpn-designer: cannot write to ${printable(out)}: ${(e as Error).message}\n`);
    return EXIT.badInput;
  }
  const errors = validate(doc).filter((d) => d.severity === 'error').length;
  if (errors > 0) io.err(`vpn-designer: the design has ${errors} error${errors === 1 ? '' : 's'}; exported anyway (each file says so at the top)\n`);
  return EXIT.ok;
}
