import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT_IDS, exportFiles } from '../../core/export/files';
import { withReadme } from '../../core/export/readme';
import { loadExamples } from '../../core/testing/examples';
import { languageOf, tokenize, type Language, type TokenKind } from './highlight';

/** The tokens of a text as `kind:text` pairs, leaving out plain text and punctuation. */
const marked = (text: string, language: Language) =>
  tokenize(text, language)
    .filter((t) => t.kind !== 'plain' && t.kind !== 'punct')
    .map((t) => `${t.kind}:${t.text}`);

const kindsOf = (text: string, language: Language): Set<TokenKind> => new Set(tokenize(text, language).map((t) => t.kind));

describe('tokenize', () => {
  it('gives back every exported file exactly, in the language its name says', () => {
    for (const { doc } of loadExamples()) {
      for (const f of withReadme(doc, exportFiles(doc, EXPORT_FORMAT_IDS))) {
        expect(tokenize(f.content, languageOf(f.path)).map((t) => t.text).join(''), f.path).toBe(f.content);
      }
    }
  });

  it('colours JSON keys, strings, numbers and literals', () => {
    expect(marked('{"a": "x\\"y", "n": -1.5e3, "b": [true, null]}', 'json')).toEqual([
      'key:"a"',
      'string:"x\\"y"',
      'key:"n"',
      'number:-1.5e3',
      'key:"b"',
      'keyword:true',
      'keyword:null',
    ]);
  });

  it('colours Bicep comments, decorators, keywords, property keys and strings with escapes', () => {
    const bicep = "// note: param x\n@secure()\nparam key string = 'it\\'s'\nresource r 'T@1' = {\n  name: 'n'\n  count: 2\n}\n";
    expect(marked(bicep, 'bicep')).toEqual([
      'comment:// note: param x',
      'keyword:@secure',
      'keyword:param',
      "string:'it\\'s'",
      'keyword:resource',
      "string:'T@1'",
      'key:name',
      "string:'n'",
      'key:count',
      'number:2',
    ]);
  });

  it('colours device configurations: comments, commands, strings, addresses', () => {
    const text = '! Cisco note\ncrypto ikev2 keyring k\n  address 10.1.2.3\nset security x "secret"\n# shell note\nremote_addrs = 192.0.2.0/24 # trailing\n';
    expect(marked(text, 'config')).toEqual([
      'comment:! Cisco note',
      'keyword:crypto',
      'keyword:  address',
      'number:10.1.2.3',
      'keyword:set',
      'string:"secret"',
      'comment:# shell note',
      'key:remote_addrs',
      'number:192.0.2.0/24',
      'comment:# trailing',
    ]);
  });

  it('colours PowerShell variables and parameters', () => {
    expect(marked("$server = 'vpn'\nAdd-VpnConnection -Name $name", 'config')).toEqual([
      'variable:$server',
      "string:'vpn'",
      'keyword:Add-VpnConnection',
      'variable:-Name',
      'variable:$name',
    ]);
  });

  it('colours XML tags, attributes and comments', () => {
    expect(marked('<!-- c --><a b="1"><c/></a>', 'xml')).toEqual(['comment:<!-- c -->', 'tag:<a', 'key:b', 'string:"1"', 'tag:>', 'tag:<c', 'tag:/>', 'tag:</a', 'tag:>']);
  });

  it('colours Markdown headings, quotes and code', () => {
    expect(marked('# Title\n> **Warning**\n- `main.bicep` and **bold**\n', 'markdown')).toEqual([
      'keyword:# Title',
      'comment:> **Warning**',
      'string:`main.bicep`',
      'keyword:**bold**',
    ]);
  });

  it('marks placeholders wherever they are: in strings, comments and plain text', () => {
    expect(marked('remote AZURE_GATEWAY_FQDN 443', 'config')).toContain('placeholder:AZURE_GATEWAY_FQDN');
    expect(marked("param c string = 'REPLACE-WITH-BASE64-ROOT-CERTIFICATE-DATA'", 'bicep')).toEqual([
      'keyword:param',
      "string:'",
      'placeholder:REPLACE-WITH-BASE64-ROOT-CERTIFICATE-DATA',
      "string:'",
    ]);
    expect(marked('# Replace AZURE_GATEWAY_PUBLIC_IP_1 here', 'config')).toEqual(['comment:# Replace ', 'placeholder:AZURE_GATEWAY_PUBLIC_IP_1', 'comment: here']);
    // Two words are not a placeholder (IKE_V2, SA_LIFETIME are ordinary names).
    expect(kindsOf('SA_LIFETIME x', 'config').has('placeholder')).toBe(false);
  });

  it('never fails on text no rule knows, and keeps it plain', () => {
    const odd = '"unterminated\n\u0000 🚀 \'x';
    for (const lang of ['json', 'bicep', 'xml', 'markdown', 'config'] as const) expect(tokenize(odd, lang).map((t) => t.text).join('')).toBe(odd);
    expect(tokenize('', 'json')).toEqual([]);
  });
});

describe('languageOf', () => {
  it('picks the language from the file name', () => {
    expect(['azuredeploy.json', 'main.bicep', 'p/AzureVPN/azurevpnconfig.xml', 'README.md', 'x.asa', 'y.swanctl.conf', 'z.ps1'].map(languageOf)).toEqual([
      'json',
      'bicep',
      'xml',
      'markdown',
      'config',
      'config',
      'config',
    ]);
  });
});
