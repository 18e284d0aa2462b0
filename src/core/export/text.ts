/**
 * String escaping for the two output languages. Design names and values are untrusted: quotes, newlines,
 * `${`, backslashes and any Unicode must come out as the same characters, never as syntax.
 */

/** Lone UTF-16 surrogates cannot be written as UTF-8: both exports show them as U+FFFD. */
export function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Characters written as `\u{…}` in Bicep: controls, line/paragraph separators, format characters. */
const BICEP_HEX_ESCAPED = /[\p{Cc}\p{Cf}\u2028\u2029]/u;

/**
 * The body of a single-quoted Bicep string (without quotes). Bicep's escapes are `\\`, `\'`, `\n`, `\r`,
 * `\t`, `\$` and `\u{hex}`; `''` is not an escape. `${` would open an interpolation, so it is `\${`.
 */
export function bicepStringBody(s: string): string {
  let out = '';
  const text = wellFormed(s);
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    i += ch.length;
    if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "\\'";
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '$' && text[i] === '{') out += '\\$';
    else if (BICEP_HEX_ESCAPED.test(ch)) out += `\\u{${cp.toString(16).toUpperCase()}}`;
    else out += ch;
  }
  return out;
}

export const bicepString = (s: string): string => `'${bicepStringBody(s)}'`;

/** A string literal inside an ARM template expression: single quotes, doubled to escape. */
export const armExpressionString = (s: string): string => `'${wellFormed(s).replace(/'/g, "''")}'`;

/**
 * A literal JSON string value of an ARM template. A value that starts with `[` and ends with `]` would be
 * read as an expression; ARM's escape is a second `[` in front (this is what `bicep build` writes).
 */
export function armLiteral(s: string): string {
  const text = wellFormed(s);
  return text.startsWith('[') && text.endsWith(']') ? `[${text}` : text;
}

/**
 * One line of a `//` comment: line breaks, other controls and format characters (bidi overrides that
 * could make the code read differently from how it compiles, zero-width characters) become spaces.
 */
export function commentLine(s: string): string {
  return wellFormed(s).replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, ' ');
}

/** A word for a POSIX shell command line: as is when it is plain, else single-quoted (so `;`, `$(…)` or spaces in a name stay text). */
export const shellWord = (s: string): string => (/^[A-Za-z0-9._-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
