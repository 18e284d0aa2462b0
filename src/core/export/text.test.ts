import { describe, expect, it } from 'vitest';
import { SymbolTable, camelWords } from './symbols';
import { armExpressionString, armLiteral, bicepString, commentLine, shellWord, wellFormed } from './text';

describe('Bicep strings', () => {
  it('escapes a quote as \\\' (Bicep has no \'\' escape), a backslash as \\\\ and ${ as \\${', () => {
    expect(bicepString("it's")).toBe("'it\\'s'");
    expect(bicepString('a\\b')).toBe("'a\\\\b'");
    expect(bicepString('${x}')).toBe("'\\${x}'");
    expect(bicepString('cost: $5 {x}')).toBe("'cost: $5 {x}'");
  });

  it('writes line breaks, tabs, controls and invisible characters as escapes, other Unicode as is', () => {
    expect(bicepString('a\nb\r\tc')).toBe("'a\\nb\\r\\tc'");
    expect(bicepString('\u0000\u2028\u200d\ufeff\u202e')).toBe("'\\u{0}\\u{2028}\\u{200D}\\u{FEFF}\\u{202E}'");
    expect(bicepString('é 🚀 中')).toBe("'é 🚀 中'");
  });

  it('turns a lone surrogate into U+FFFD, in both languages', () => {
    expect(wellFormed('a\ud800b')).toBe('a\ufffdb');
    expect(wellFormed('🚀')).toBe('🚀');
    expect(bicepString('\udc00')).toBe("'\ufffd'");
  });
});

describe('ARM strings', () => {
  it('escapes a literal that would read as an expression with a second [', () => {
    expect(armLiteral('[x]')).toBe('[[x]');
    expect(armLiteral('[[x]')).toBe('[[[x]');
    expect(armLiteral('[x')).toBe('[x');
    expect(armLiteral('x]')).toBe('x]');
  });

  it("doubles single quotes inside expressions", () => {
    expect(armExpressionString("it's")).toBe("'it''s'");
  });
});

describe('comments', () => {
  it('keep to one line, without controls or bidi overrides', () => {
    expect(commentLine('a\nb\r\nc\u2028d\u202ee\u0085f')).toBe('a b  c d e f');
  });
});

describe('symbols', () => {
  it('are camelCase ASCII words of the design name', () => {
    expect(camelWords('vnet-hub-weu')).toBe('vnetHubWeu');
    expect(camelWords('HUB_01 east')).toBe('hub01East');
    expect(camelWords('résumé')).toBe('rSum');
    expect(camelWords('🚀')).toBe('');
  });

  it('are unique without case, never reserved, and start with a letter', () => {
    const t = new SymbolTable();
    expect(t.allocate('hub', 'vnet')).toBe('hub');
    expect(t.allocate('hub', 'gateway')).toBe('hubGateway');
    expect(t.allocate('HUB', 'gateway')).toBe('hubGateway2');
    expect(t.allocate('resource', 'vnet')).toBe('resourceVnet');
    expect(t.allocate('resourceId', 'gateway')).toBe('resourceIdGateway');
    expect(t.allocate('description', 'vnet')).toBe('descriptionVnet');
    expect(t.allocate('123', 'vnet')).toBe('vnet123');
    expect(t.allocate('', 'site')).toBe('site');
    expect(t.allocate('!!!', 'site')).toBe('site2');
    expect(t.derive('hub', 'sharedKey')).toBe('hubSharedKey');
  });
});

describe('shellWord', () => {
  it('leaves a plain resource group name as is and single-quotes anything a shell would read', () => {
    expect(shellWord('rg-hub_01.prod')).toBe('rg-hub_01.prod');
    expect(shellWord('rg (test)')).toBe("'rg (test)'");
    expect(shellWord('x; rm -rf ~ $(id)')).toBe("'x; rm -rf ~ $(id)'");
    expect(shellWord("it's")).toBe("'it'\\''s'");
    expect(shellWord('')).toBe("''");
  });
});
