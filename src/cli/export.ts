import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { EXPORT_FORMAT_IDS, exportFiles, isExportFormatId, P2S_CLIENT_FORMAT_IDS } from '../core/export/files';
import { validate } from '../core/rules/validate';
import type { ParsedArgs } from './args';
import { EXIT, type CliIo } from './io';
import { loadDesignFile } from './load-design';
import { printable } from './printable';

/**
 * `vpn-designer export <design.json> --format <format>|all --out <dir> [--include-secrets]`: writes deployment,
 * device and client files. Device configurations get placeholders for pre-shared keys unless asked for the keys.
 */
export function exportCommand(args: ParsedArgs, io: CliIo): number {
  const file = args.positionals[0];
  const format = args.flags.get('format') ?? 'all';
  const outFlag = args.flags.get('out');
  const secretsFlag = args.flags.get('include-secrets');
  if (!file || typeof format !== 'string' || (outFlag !== undefined && typeof outFlag !== 'string') || typeof secretsFlag === 'string') {
    io.err('vpn-designer: usage: vpn-designer export <design.json> --format arm|bicep|device:<vendor>|p2s|p2s:<client>|all [--out <dir>] [--include-secrets]\n');
    return EXIT.badInput;
  }
  if (format !== 'all' && !isExportFormatId(format)) {
    io.err(`vpn-designer: unknown export format "${printable(format)}" (available: ${[...EXPORT_FORMAT_IDS, ...P2S_CLIENT_FORMAT_IDS].join(', ')}, all)\n`);
    return EXIT.badInput;
  }
  const doc = loadDesignFile(file, io);
  if (!doc) return EXIT.badInput;
  const out = outFlag ?? 'export';
  try {
    mkdirSync(out, { recursive: true });
    const includeSecrets = secretsFlag === true;
    for (const { path, content } of exportFiles(doc, format === 'all' ? EXPORT_FORMAT_IDS : [format], { includeSecrets })) {
      mkdirSync(dirname(join(out, path)), { recursive: true });
      writeFileSync(join(out, path), content);
      io.out(`wrote ${printable(join(out, path))}\n`);
    }
  } catch (e) {
    io.err(`vpn-designer: cannot write to ${printable(out)}: ${(e as Error).message}\n`);
    return EXIT.badInput;
  }
  if (secretsFlag === true && (format === 'all' || format.startsWith('device:'))) io.err('vpn-designer: the device configurations contain pre-shared keys: keep them out of source control and chats\n');
  const errors = validate(doc).filter((d) => d.severity === 'error').length;
  if (errors > 0) io.err(`vpn-designer: the design has ${errors} error${errors === 1 ? '' : 's'}; exported anyway (each file says so at the top)\n`);
  return EXIT.ok;
}
