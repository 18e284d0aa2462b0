/**
 * A small tokenizer for the preview of exported files: enough to colour JSON, Bicep, XML, Markdown and the
 * line-based configuration and script styles the exporters write (Cisco `!` and `#` comments, `set …`
 * commands, swanctl blocks, OpenVPN, PowerShell). It never fails: text no rule knows stays plain.
 */

export type TokenKind = 'plain' | 'comment' | 'string' | 'number' | 'keyword' | 'key' | 'punct' | 'variable' | 'tag' | 'placeholder';

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
}

export type Language = 'json' | 'bicep' | 'xml' | 'markdown' | 'config';

type Rule = readonly [TokenKind, RegExp];

/** Rules are tried in order at each position; each regex is sticky (`y`) so it matches only there. */
const rules = (list: readonly (readonly [TokenKind, string])[]): Rule[] => list.map(([kind, source]) => [kind, new RegExp(source, 'y')]);

const NUMBER = String.raw`-?\b\d+(?:\.\d+)*(?:\/\d+)?\b`;
const LINE_START = String.raw`(?<=^|\n)[ \t]*`;

const RULES: Record<Language, Rule[]> = {
  json: rules([
    ['key', String.raw`"(?:[^"\\\n]|\\.)*"(?=\s*:)`],
    ['string', String.raw`"(?:[^"\\\n]|\\.)*"`],
    ['number', String.raw`-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?`],
    ['keyword', String.raw`\b(?:true|false|null)\b`],
    ['punct', String.raw`[{}\[\],:]`],
  ]),
  bicep: rules([
    ['comment', String.raw`\/\/[^\n]*`],
    ['comment', String.raw`\/\*[\s\S]*?(?:\*\/|$)`],
    ['string', String.raw`'(?:[^'\\\n]|\\.)*'`],
    ['keyword', String.raw`@[A-Za-z_]\w*`],
    ['keyword', String.raw`\b(?:param|var|resource|module|output|metadata|existing|targetScope|if|for|in|true|false|null)\b`],
    ['key', String.raw`\b[A-Za-z_]\w*(?=\s*:)`],
    ['number', NUMBER],
    ['punct', String.raw`[{}\[\]().,:=?!]`],
  ]),
  xml: rules([
    ['comment', String.raw`<!--[\s\S]*?(?:-->|$)`],
    ['tag', String.raw`<\/?[A-Za-z_][\w.:-]*|\/?>|<\?xml|\?>`],
    ['key', String.raw`\b[A-Za-z_][\w.:-]*(?==)`],
    ['string', String.raw`"[^"\n]*"|'[^'\n]*'`],
  ]),
  markdown: rules([
    ['keyword', LINE_START + String.raw`#{1,6} [^\n]*`],
    ['comment', LINE_START + String.raw`>[^\n]*`],
    ['punct', LINE_START + String.raw`(?:[-*]|\d+\.)(?= )`],
    ['string', '```[^\\n]*'],
    ['string', '`[^`\\n]+`'],
    ['keyword', String.raw`\*\*[^*\n]+\*\*`],
  ]),
  config: rules([
    // Whole-line comments: `!` (Cisco), `#` (the rest).
    ['comment', LINE_START + String.raw`[!#][^\n]*`],
    ['comment', String.raw`(?<=\s)#[^\n]*`],
    ['string', String.raw`"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'`],
    ['variable', String.raw`\$[A-Za-z_][\w:]*`],
    ['key', String.raw`\b[A-Za-z_][\w.-]*(?=\s*=)`],
    ['keyword', LINE_START + String.raw`[A-Za-z][\w-]*`],
    ['variable', String.raw`(?<=\s)-[A-Za-z][\w]*`],
    ['number', String.raw`\b\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?\b`],
    ['number', NUMBER],
    ['punct', String.raw`[{}\[\]();=|]`],
  ]),
};

/** Placeholders the exporters write (`AZURE_GATEWAY_PUBLIC_IP_1`, `REPLACE-WITH-BASE64-…`): three or more upper-case words. */
const PLACEHOLDER = /\b[A-Z][A-Z0-9]*(?:[_-][A-Z0-9]+){2,}\b/g;

/** The language of an exported file, by its name. */
export function languageOf(path: string): Language {
  if (path.endsWith('.json')) return 'json';
  if (path.endsWith('.bicep')) return 'bicep';
  if (path.endsWith('.xml')) return 'xml';
  if (path.endsWith('.md')) return 'markdown';
  return 'config';
}

/** Text no rule matches at: one word (letters, digits, `_`, `-`) or one other character. */
const PLAIN = /[A-Za-z0-9_][A-Za-z0-9_-]*|[^]/y;

/** Splits a token around the placeholders in it, so they stand out wherever they are. */
function splitPlaceholders({ kind, text }: Token): Token[] {
  const out: Token[] = [];
  let at = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (m.index > at) out.push({ kind, text: text.slice(at, m.index) });
    out.push({ kind: 'placeholder', text: m[0] });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ kind, text: text.slice(at) });
  return out;
}

/** The tokens of a text; joined, their texts give back the text exactly. */
export function tokenize(text: string, language: Language): Token[] {
  const tokens: Token[] = [];
  const list = RULES[language];
  let i = 0;
  while (i < text.length) {
    let kind: TokenKind = 'plain';
    let match = '';
    for (const [ruleKind, re] of list) {
      re.lastIndex = i;
      const m = re.exec(text);
      if (m && m[0].length > 0) {
        kind = ruleKind;
        match = m[0];
        break;
      }
    }
    if (!match) {
      PLAIN.lastIndex = i;
      match = PLAIN.exec(text)![0];
    }
    const last = tokens.at(-1);
    if (kind === 'plain' && last?.kind === 'plain') tokens[tokens.length - 1] = { kind, text: last.text + match };
    else tokens.push({ kind, text: match });
    i += match.length;
  }
  return tokens.flatMap(splitPlaceholders);
}
