import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../core/rules/types';
import { findingKeys, sameFinding } from './finding-keys';

const finding = (message: string, elementIds: string[] = ['a']): Diagnostic => ({
  ruleId: 'address/overlap',
  severity: 'error',
  elementIds,
  message,
  source: 'FAQ',
});

describe('findingKeys', () => {
  it('keeps a finding\'s key when another is added above it', () => {
    const b = finding('B overlaps C', ['b', 'c']);
    const [before] = findingKeys([b]);
    expect(findingKeys([finding('A overlaps B', ['a', 'b']), b])[1]).toBe(before);
  });

  it('tells identical findings apart', () => {
    const keys = findingKeys([finding('same'), finding('same')]);
    expect(new Set(keys).size).toBe(2);
  });
});

describe('sameFinding', () => {
  it('is true for equal content in new objects and false when the message or elements differ', () => {
    expect(sameFinding(finding('x'), finding('x'))).toBe(true);
    expect(sameFinding(finding('x'), finding('y'))).toBe(false);
    expect(sameFinding(finding('x', ['a']), finding('x', ['b']))).toBe(false);
  });
});
