/**
 * Bicep identifiers (symbolic names of resources and parameters) made from design names. They must be
 * ASCII identifiers, unique in the file, and must not shadow a keyword, a type, a namespace, a decorator or
 * a function the template uses. Uniqueness is checked without case so that no two symbols differ by case
 * only (dependsOn is ordered by symbol, and a reader would confuse them).
 */

/** Keywords, types, namespaces, decorators and functions of Bicep: never used as a symbol. */
const RESERVED = new Set(
  [
    // keywords and literals
    'metadata', 'targetScope', 'resource', 'module', 'param', 'var', 'output', 'for', 'in', 'if', 'existing',
    'import', 'type', 'func', 'true', 'false', 'null', 'as', 'with', 'extension', 'provider', 'assert', 'test',
    'using', 'extends', 'from', 'this', 'none',
    // types
    'string', 'int', 'bool', 'object', 'array', 'any', 'resourceInput', 'resourceOutput',
    // namespaces
    'sys', 'az',
    // decorators
    'description', 'secure', 'allowed', 'minValue', 'maxValue', 'minLength', 'maxLength', 'batchSize', 'export',
    'sealed', 'discriminator', 'onlyIfNotExists', 'retryOn', 'waitUntil',
    // functions
    'base64', 'base64ToJson', 'base64ToString', 'buildUri', 'cidrHost', 'cidrSubnet', 'coalesce', 'concat',
    'contains', 'dataUri', 'dataUriToString', 'dateTimeAdd', 'dateTimeFromEpoch', 'dateTimeToEpoch', 'deployer',
    'deployment', 'empty', 'endsWith', 'environment', 'extensionResourceId', 'externalInput', 'filter', 'first',
    'flatten', 'format', 'getSecret', 'groupBy', 'guid', 'indexOf', 'intersection', 'items', 'join', 'json',
    'last', 'lastIndexOf', 'length', 'list', 'listKeys', 'listAccountSas', 'listSecrets', 'loadFileAsBase64',
    'loadJsonContent', 'loadTextContent', 'loadYamlContent', 'loadDirectoryFileInfo', 'managementGroup',
    'managementGroupResourceId', 'map', 'mapValue', 'max', 'min', 'newGuid', 'objectKeys', 'padLeft', 'parseCidr',
    'parseUri', 'pickZones', 'providers', 'range', 'readCliArg', 'reduce', 'reference', 'replace', 'resourceGroup',
    'resourceId', 'shallowMerge', 'skip', 'sort', 'split', 'startsWith', 'subscription', 'subscriptionResourceId',
    'substring', 'take', 'tenant', 'tenantResourceId', 'toLower', 'toObject', 'toUpper', 'trim', 'tryGet', 'union',
    'uniqueString', 'uri', 'uriComponent', 'uriComponentToString', 'utcNow', 'lambda', 'fail', 'nameof',
  ].map((w) => w.toLowerCase()),
);

/** Symbols keep at most this much of a design name (suffixes such as `SharedKey` come on top). */
const MAX_NAME_LENGTH = 40;

/** camelCase ASCII words of a name: `vnet-hub-weu` → `vnetHubWeu`. Empty when the name has no ASCII letter or digit. */
export function camelWords(name: string): string {
  const words = name.split(/[^A-Za-z0-9]+/).filter((w) => w.length > 0);
  return words
    .map((w, i) => {
      if (i === 0) return w === w.toUpperCase() ? w.toLowerCase() : w[0]!.toLowerCase() + w.slice(1);
      return w[0]!.toUpperCase() + w.slice(1);
    })
    .join('');
}

const upperFirst = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** Hands out unique symbols. */
export class SymbolTable {
  private readonly taken = new Set<string>();

  /**
   * A symbol for a design name: its camelCase words, or `kind` when the name gives nothing usable (or
   * starts with a digit: `kind` is put in front). On a clash or a reserved word, `Kind` is appended, then
   * a number.
   */
  allocate(name: string, kind: string): string {
    let base = camelWords(name);
    if (base === '') base = kind;
    else if (/^[0-9]/.test(base)) base = kind + upperFirst(base);
    base = base.slice(0, MAX_NAME_LENGTH);
    return this.first([base, base.toLowerCase().endsWith(kind.toLowerCase()) ? base : base + upperFirst(kind)]);
  }

  /** A symbol derived from another one (`cnHubSharedKey` from `cnHub` + `sharedKey`). */
  derive(symbol: string, suffix: string): string {
    return this.first([symbol + upperFirst(suffix)]);
  }

  /** The first free candidate, else the last one numbered from 2. */
  private first(candidates: readonly string[]): string {
    for (const c of candidates) if (this.free(c)) return this.take(c);
    const stem = candidates[candidates.length - 1]!;
    for (let n = 2; ; n++) {
      const c = `${stem}${n}`;
      if (this.free(c)) return this.take(c);
    }
  }

  private free(c: string): boolean {
    const key = c.toLowerCase();
    return !this.taken.has(key) && !RESERVED.has(key);
  }

  private take(c: string): string {
    this.taken.add(c.toLowerCase());
    return c;
  }
}
