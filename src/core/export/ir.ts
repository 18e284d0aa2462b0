/**
 * The deployment template both exporters print. `build-template.ts` turns a design into this once;
 * `bicep.ts` prints it as Bicep and `arm.ts` as the ARM JSON that `bicep build` would make of that
 * Bicep. Keeping one model is what makes the two exports agree.
 */

/** A value in a template: JSON-like data with expressions where the value is computed at deployment. */
export type Value = string | number | boolean | Expr | readonly Value[] | { readonly [key: string]: Value };

/** Something computed at deployment time. */
export type Expr =
  /** A parameter's value. Bicep: `name`; ARM: `parameters('name')`. */
  | { readonly $expr: 'param'; readonly name: string }
  /** The id of a resource declared in the template. Bicep: `symbol.id`; ARM: `resourceId(type, names…)`. */
  | { readonly $expr: 'id'; readonly symbol: string }
  /**
   * An explicit resourceId() call, for ids of things that are not resources of the template (gateway IP
   * configurations, NAT rules). A segment is a literal or the name of a template resource.
   */
  | { readonly $expr: 'resourceId'; readonly type: string; readonly segments: readonly (string | NameOf)[] }
  /** A string built from literal text and expressions. Bicep: `'a${x}b'`; ARM: `format('a{0}b', x)`. */
  | { readonly $expr: 'concat'; readonly parts: readonly (string | Expr)[] }
  /** `environment().authentication.loginEndpoint`: the sign-in host of the cloud deployed to. */
  | { readonly $expr: 'loginEndpoint' };

/** The name of a template resource, used inside resourceId(). Bicep: `symbol.name` (which also makes a dependency). */
export interface NameOf {
  readonly nameOf: string;
}

export const param = (name: string): Expr => ({ $expr: 'param', name });
export const idOf = (symbol: string): Expr => ({ $expr: 'id', symbol });
export const resourceIdCall = (type: string, ...segments: (string | NameOf)[]): Expr => ({ $expr: 'resourceId', type, segments });
export const concat = (...parts: (string | Expr)[]): Expr => ({ $expr: 'concat', parts });
export const loginEndpoint: Expr = { $expr: 'loginEndpoint' };

export function isExpr(v: unknown): v is Expr {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as { $expr?: unknown }).$expr === 'string';
}

export function isNameOf(v: unknown): v is NameOf {
  return typeof v === 'object' && v !== null && typeof (v as { nameOf?: unknown }).nameOf === 'string';
}

export interface Param {
  /** Bicep identifier (also the ARM parameter name). */
  readonly name: string;
  readonly type: 'string' | 'int';
  readonly secure?: boolean;
  readonly description: string;
  readonly defaultValue?: string | number;
  /** Heading printed above the first parameter of a group in Bicep. */
  readonly group: string;
}

export interface Resource {
  /** Bicep symbolic name; also orders dependsOn in ARM, as Bicep does. */
  readonly symbol: string;
  readonly type: string;
  readonly apiVersion: string;
  /** The resource's own name (for a child: the last segment). */
  readonly name: string;
  /** Symbol of the parent resource, for child resources. */
  readonly parent?: string;
  /** A reference to a resource the template does not deploy (Bicep `existing`; absent from ARM). */
  readonly existing?: boolean;
  /** Section heading in Bicep. */
  readonly section: string;
  /** Comment lines printed above the resource in Bicep. */
  readonly comments: readonly string[];
  /** Top-level fields after name (location, sku, zones, properties), in print order. */
  readonly body: { readonly [key: string]: Value };
  /** Dependencies that no reference in the body implies, by symbol. */
  readonly dependsOn: readonly string[];
}

export interface Template {
  /** Comment lines at the top of the Bicep file (the validation banner). */
  readonly banner: readonly string[];
  /** Template metadata (Bicep `metadata` statements; ARM top-level `metadata`). */
  readonly metadata: { readonly [key: string]: Value };
  readonly params: readonly Param[];
  readonly resources: readonly Resource[];
}

/** The literal name a resourceId() uses for a resource: parent names first. */
export function nameSegments(resources: ReadonlyMap<string, Resource>, symbol: string): string[] {
  const r = resources.get(symbol);
  if (!r) throw new Error(`unknown resource symbol ${symbol}`);
  return r.parent ? [...nameSegments(resources, r.parent), r.name] : [r.name];
}
