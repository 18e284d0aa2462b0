import type { TopologyDocument } from '../model/types';
import type { ExportOptions } from './banner';
import { bySymbol } from './bicep';
import { buildTemplate } from './build-template';
import { isExpr, isNameOf, nameSegments, type Expr, type Param, type Resource, type Template, type Value } from './ir';
import { armExpressionString, armLiteral } from './text';

export const ARM_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * The whole design as one ARM deployment template (JSON text). It is the template `bicep build` makes of
 * `exportBicep`'s output, expression for expression, apart from Bicep's `_generator` metadata.
 */
export function exportArm(doc: TopologyDocument, options: ExportOptions = {}): string {
  return `${JSON.stringify(armTemplate(buildTemplate(doc, options)), null, 2)}\n`;
}

export function armTemplate(t: Template): { [key: string]: Json } {
  const bySym = new Map(t.resources.map((r) => [r.symbol, r]));
  const ctx: Ctx = { bySym };
  const template: { [key: string]: Json } = {
    $schema: ARM_SCHEMA,
    contentVersion: '1.0.0.0',
    metadata: toJson(t.metadata, ctx) as { [key: string]: Json },
  };
  if (t.params.length) template.parameters = Object.fromEntries(t.params.map((p) => [p.name, armParam(p)]));
  template.resources = t.resources.filter((r) => !r.existing).map((r) => armResource(r, ctx));
  return template;
}

interface Ctx {
  readonly bySym: ReadonlyMap<string, Resource>;
}

function armParam(p: Param): Json {
  return {
    type: p.secure ? 'securestring' : p.type,
    ...(p.defaultValue !== undefined ? { defaultValue: typeof p.defaultValue === 'string' ? armLiteral(p.defaultValue) : p.defaultValue } : {}),
    metadata: { description: armLiteral(p.description) },
  };
}

function armResource(r: Resource, ctx: Ctx): Json {
  const out: { [key: string]: Json } = {
    type: r.type,
    apiVersion: r.apiVersion,
    name: r.parent !== undefined ? `[${childName(nameSegments(ctx.bySym, r.symbol))}]` : armLiteral(r.name),
  };
  for (const [key, value] of Object.entries(r.body)) out[key] = toJson(value, ctx);
  const deps = dependencies(r, ctx);
  if (deps.length) out.dependsOn = deps.map((s) => `[${resourceIdOf(s, ctx)}]`);
  return out;
}

/** `format('{0}/{1}', 'parent', 'child')`: how Bicep names a child resource declared with `parent`. */
function childName(segments: readonly string[]): string {
  const fmt = segments.map((_, i) => `{${i}}`).join('/');
  return `format(${[armExpressionString(fmt), ...segments.map(armExpressionString)].join(', ')})`;
}

/**
 * What the resource depends on: every template resource its body refers to (an `existing` reference
 * stands for its parent), its parent, and the explicit ones; ordered by symbol as Bicep orders them.
 */
function dependencies(r: Resource, ctx: Ctx): string[] {
  const found = new Set<string>(r.dependsOn);
  if (r.parent !== undefined) found.add(r.parent);
  const visit = (v: Value): void => {
    if (isExpr(v)) {
      for (const s of referencedSymbols(v)) found.add(s);
    } else if (Array.isArray(v)) {
      for (const x of v as readonly Value[]) visit(x);
    } else if (typeof v === 'object') {
      for (const x of Object.values(v as { readonly [key: string]: Value })) visit(x);
    }
  };
  for (const v of Object.values(r.body)) visit(v);
  const deployed = new Set<string>();
  for (let s of found) {
    let target = ctx.bySym.get(s);
    while (target?.existing) {
      s = target.parent ?? '';
      target = ctx.bySym.get(s);
    }
    if (target && s !== r.symbol) deployed.add(s);
  }
  return [...deployed].sort(bySymbol);
}

function referencedSymbols(e: Expr): string[] {
  switch (e.$expr) {
    case 'id':
      return [e.symbol];
    case 'resourceId':
      return e.segments.filter(isNameOf).map((s) => s.nameOf);
    case 'concat':
      return e.parts.flatMap((p) => (typeof p === 'string' ? [] : referencedSymbols(p)));
    default:
      return [];
  }
}

function resourceIdOf(symbol: string, ctx: Ctx): string {
  const r = ctx.bySym.get(symbol)!;
  return `resourceId(${[armExpressionString(r.type), ...nameSegments(ctx.bySym, symbol).map(armExpressionString)].join(', ')})`;
}

function toJson(v: Value, ctx: Ctx): Json {
  if (typeof v === 'string') return armLiteral(v);
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (isExpr(v)) return `[${armExpr(v, ctx)}]`;
  if (Array.isArray(v)) return (v as readonly Value[]).map((x) => toJson(x, ctx));
  return Object.fromEntries(Object.entries(v as { readonly [key: string]: Value }).map(([k, x]) => [k, toJson(x, ctx)]));
}

function armExpr(e: Expr, ctx: Ctx): string {
  switch (e.$expr) {
    case 'param':
      return `parameters(${armExpressionString(e.name)})`;
    case 'id':
      return resourceIdOf(e.symbol, ctx);
    case 'resourceId':
      return `resourceId(${[
        armExpressionString(e.type),
        ...e.segments.map((s) => armExpressionString(isNameOf(s) ? ctx.bySym.get(s.nameOf)!.name : s)),
      ].join(', ')})`;
    case 'concat': {
      let fmt = '';
      const args: string[] = [];
      for (const p of e.parts) {
        if (typeof p === 'string') fmt += p.replace(/[{}]/g, (b) => b + b);
        else fmt += `{${args.push(armExpr(p, ctx)) - 1}}`;
      }
      return `format(${[armExpressionString(fmt), ...args].join(', ')})`;
    }
    case 'loginEndpoint':
      return 'environment().authentication.loginEndpoint';
  }
}
