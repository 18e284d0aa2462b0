import type { TopologyDocument } from '../model/types';
import type { ExportOptions } from './banner';
import { buildTemplate } from './build-template';
import { isExpr, isNameOf, type Expr, type Param, type Resource, type Template, type Value } from './ir';
import { bicepString, bicepStringBody, commentLine } from './text';

const INDENT = '  ';
/** Arrays of plain values up to this width stay on one line. */
const INLINE_WIDTH = 72;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The whole design as one Bicep file (Microsoft.Network 2024-05-01). Never throws on a loaded document. */
export function exportBicep(doc: TopologyDocument, options: ExportOptions = {}): string {
  return printBicep(buildTemplate(doc, options));
}

export function printBicep(t: Template): string {
  const out: string[] = [];
  for (const line of t.banner) out.push(line === '' ? '//' : `// ${commentLine(line)}`);
  out.push('');
  for (const [key, value] of Object.entries(t.metadata)) out.push(`metadata ${key} = ${printValue(value, '')}`);
  let group: string | undefined;
  for (const p of t.params) {
    out.push('');
    if (p.group !== group) {
      group = p.group;
      out.push(`// ${commentLine(group)}`);
    }
    out.push(...printParam(p));
  }
  let section: string | undefined;
  for (const r of t.resources) {
    out.push('');
    if (r.section !== section) {
      section = r.section;
      out.push(`// ${'-'.repeat(4)} ${commentLine(section)} ${'-'.repeat(Math.max(4, 90 - section.length))}`, '');
    }
    out.push(...printResource(r));
  }
  return `${out.join('\n')}\n`;
}

function printParam(p: Param): string[] {
  const lines = [`@description(${bicepString(p.description)})`];
  if (p.secure) lines.push('@secure()');
  const value = p.defaultValue === undefined ? '' : ` = ${printValue(p.defaultValue, '')}`;
  lines.push(`param ${p.name} ${p.type}${value}`);
  return lines;
}

function printResource(r: Resource): string[] {
  const lines = r.comments.map((c) => `// ${commentLine(c)}`);
  lines.push(`resource ${r.symbol} ${bicepString(`${r.type}@${r.apiVersion}`)}${r.existing ? ' existing' : ''} = {`);
  if (r.parent !== undefined) lines.push(`${INDENT}parent: ${r.parent}`);
  lines.push(`${INDENT}name: ${bicepString(r.name)}`);
  for (const [key, value] of Object.entries(r.body)) lines.push(`${INDENT}${printKey(key)}: ${printValue(value, INDENT)}`);
  if (r.dependsOn.length) {
    lines.push(`${INDENT}dependsOn: [`);
    for (const d of [...r.dependsOn].sort(bySymbol)) lines.push(`${INDENT}${INDENT}${d}`);
    lines.push(`${INDENT}]`);
  }
  lines.push('}');
  return lines;
}

/** The order of dependsOn: by symbol, without case (as `bicep build` writes them). */
export function bySymbol(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

const printKey = (key: string): string => (IDENTIFIER.test(key) ? key : bicepString(key));

const isPlain = (v: Value): boolean => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/** A value at the given indentation (of the line it starts on). */
function printValue(v: Value, indent: string): string {
  if (typeof v === 'string') return bicepString(v);
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (isExpr(v)) return printExpr(v);
  const inner = indent + INDENT;
  if (Array.isArray(v)) {
    const items = v as readonly Value[];
    if (items.length === 0) return '[]';
    if (items.every(isPlain)) {
      const inline = `[${items.map((i) => printValue(i, inner)).join(', ')}]`;
      if (inline.length <= INLINE_WIDTH && !inline.includes('\n')) return inline;
    }
    return `[\n${items.map((i) => `${inner}${printValue(i, inner)}`).join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(v as { readonly [key: string]: Value });
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, x]) => `${inner}${printKey(k)}: ${printValue(x, inner)}`).join('\n')}\n${indent}}`;
}

function printExpr(e: Expr): string {
  switch (e.$expr) {
    case 'param':
      return e.name;
    case 'id':
      return `${e.symbol}.id`;
    case 'resourceId':
      return `resourceId(${[bicepString(e.type), ...e.segments.map((s) => (isNameOf(s) ? `${s.nameOf}.name` : bicepString(s)))].join(', ')})`;
    case 'concat':
      return `'${e.parts.map((p) => (typeof p === 'string' ? bicepStringBody(p) : `\${${printExpr(p)}}`)).join('')}'`;
    case 'loginEndpoint':
      return 'environment().authentication.loginEndpoint';
  }
}
