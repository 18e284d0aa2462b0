import { readFileSync, statSync } from 'node:fs';
import { designFigures } from '../core/compute/figures';
import { loadDocumentText } from '../core/model/load';
import type { Diagnostic } from '../core/rules/types';
import { validate } from '../core/rules/validate';
import type { ParsedArgs } from './args';
import { formatFiguresText } from './figures-text';
import { EXIT, type CliIo } from './io';
import { printable } from './printable';

const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** `vpn-designer validate <file>`: loads, validates and reports; exit 1 when the design has errors. */
export function validateCommand(args: ParsedArgs, io: CliIo): number {
  const file = args.positionals[0];
  if (!file) {
    io.err('vpn-designer: validate needs a design file: vpn-designer validate <design.json>\n');
    return EXIT.badInput;
  }
  const format = args.flags.get('format') ?? 'text';
  if (format !== 'text' && format !== 'json') {
    io.err(`vpn-designer: --format must be text or json, not "${String(format)}"\n`);
    return EXIT.badInput;
  }
  const todayFlag = args.flags.get('today');
  const today = typeof todayFlag === 'string' ? new Date(`${todayFlag}T00:00:00Z`) : undefined;
  if (todayFlag !== undefined && (today === undefined || Number.isNaN(today.getTime()))) {
    io.err('vpn-designer: --today expects a date like 2026-11-24\n');
    return EXIT.badInput;
  }

  const text = readDesign(file, io);
  if (text === undefined) return EXIT.badInput;
  const loaded = loadDocumentText(text);
  if (!loaded.ok) {
    io.err(`vpn-designer: ${printable(file)}: ${printable(loaded.error.path)}: ${printable(loaded.error.message)}\n`);
    return EXIT.badInput;
  }
  const diagnostics = validate(loaded.doc, today ? { today } : {});
  const counts = countBySeverity(diagnostics);
  if (format === 'json') {
    io.out(
      JSON.stringify(
        {
          file,
          design: loaded.doc.name,
          summary: counts,
          diagnostics: diagnostics.map(toJson),
          figures: designFigures(loaded.doc),
        },
        null,
        2,
      ) + '\n',
    );
  } else {
    io.out(`${printable(file)}: "${printable(loaded.doc.name)}"\n`);
    for (const d of diagnostics) io.out(formatDiagnostic(d));
    if (args.flags.has('details')) io.out(formatFiguresText(designFigures(loaded.doc)));
    io.out(`${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${counts.infos} info\n`);
  }
  return counts.errors > 0 ? EXIT.designErrors : EXIT.ok;
}

function readDesign(file: string, io: CliIo): string | undefined {
  try {
    if (statSync(file).size > MAX_FILE_BYTES) {
      io.err(`vpn-designer: ${file}: larger than ${MAX_FILE_BYTES / 1024 / 1024} MB; is this a design file?\n`);
      return undefined;
    }
    return readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    io.err(`vpn-designer: ${file}: ${why}\n`);
    return undefined;
  }
}

function countBySeverity(ds: readonly Diagnostic[]) {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const d of ds) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function toJson(d: Diagnostic) {
  return {
    ruleId: d.ruleId,
    severity: d.severity,
    ...(d.detail ? { detail: d.detail } : {}),
    elementIds: d.elementIds,
    message: d.message,
    source: d.source,
    ...(d.fix ? { fix: d.fix.hint, ...(d.fix.autofix ? { autofix: d.fix.autofix.label } : {}) } : {}),
    ...(d.data ? { data: d.data } : {}),
  };
}

function formatDiagnostic(d: Diagnostic): string {
  const head = `  ${d.severity.padEnd(8)} ${d.ruleId.padEnd(34)} ${printable(d.message)}`;
  const ids = d.elementIds.length ? ` [${printable(d.elementIds.join(', '))}]` : '';
  const fix = d.fix ? `\n  ${''.padEnd(8)} ${''.padEnd(34)} fix: ${printable(d.fix.hint)}` : '';
  return `${head}${ids}${fix}\n`;
}
