import { designFigures } from '../core/compute/figures';
import type { Diagnostic } from '../core/rules/types';
import { validate } from '../core/rules/validate';
import type { ParsedArgs } from './args';
import { formatFiguresText } from './figures-text';
import { EXIT, type CliIo } from './io';
import { loadDesignFile } from './load-design';
import { printable } from './printable';

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

  const doc = loadDesignFile(file, io);
  if (!doc) return EXIT.badInput;
  const diagnostics = validate(doc, today ? { today } : {});
  const counts = countBySeverity(diagnostics);
  if (format === 'json') {
    io.out(
      JSON.stringify(
        {
          file,
          design: doc.name,
          summary: counts,
          diagnostics: diagnostics.map(toJson),
          figures: designFigures(doc),
        },
        null,
        2,
      ) + '\n',
    );
  } else {
    io.out(`${printable(file)}: "${printable(doc.name)}"\n`);
    for (const d of diagnostics) io.out(formatDiagnostic(d));
    if (args.flags.has('details')) io.out(formatFiguresText(designFigures(doc)));
    io.out(`${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${counts.infos} info\n`);
  }
  return counts.errors > 0 ? EXIT.designErrors : EXIT.ok;
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
