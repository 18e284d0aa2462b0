import { describe, expect, it, vi } from 'vitest';
import { withPositions } from '../design/positions';
import { sampleDesign } from '../testing/fixtures';
import { memoOnDomain } from './memo';

const edited = (doc: ReturnType<typeof sampleDesign>, prefix: string) => ({ ...doc, vnets: doc.vnets.map((v, i) => (i === 0 ? { ...v, addressSpace: [prefix] } : v)) });

describe('memoOnDomain', () => {
  it('computes once per domain, whatever the layout', () => {
    const compute = vi.fn((doc: ReturnType<typeof sampleDesign>) => ({ vnets: doc.vnets.length }));
    const memo = memoOnDomain(compute);
    const doc = sampleDesign();
    const first = memo(doc);
    expect(memo(withPositions(doc, new Map([['vnet-hub', { x: 9, y: 9 }]])))).toBe(first);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('keeps the shown and the next document both, and forgets the older ones', () => {
    const compute = vi.fn((doc: ReturnType<typeof sampleDesign>) => ({ space: doc.vnets[0]!.addressSpace[0] }));
    const memo = memoOnDomain(compute);
    const shown = sampleDesign();
    const next = edited(shown, '10.9.0.0/16');
    const a = memo(shown);
    const b = memo(next);
    expect(memo(shown)).toBe(a);
    expect(memo(next)).toBe(b);
    expect(compute).toHaveBeenCalledTimes(2);
    memo(edited(shown, '10.8.0.0/16'));
    memo(next);
    expect(compute).toHaveBeenCalledTimes(3);
    expect(memo(shown)).not.toBe(a);
    expect(compute).toHaveBeenCalledTimes(4);
  });
});
