import { describe, expect, it } from 'vitest';
import { toPrefixes } from '../../core/net/prefix';
import type { AddressEntry } from './address-entries';
import type { LaidSegment } from './address-layout';
import { sameSegment } from './segment-equality';

const entry = (over: Partial<AddressEntry> = {}): AddressEntry => ({
  key: 'vnet-1\u000010.0.0.0/16',
  ownerId: 'vnet-1',
  ownerKind: 'vnet',
  ownerName: 'hub',
  prefix: toPrefixes(['10.0.0.0/16'])[0]!,
  overlap: 'before-nat',
  overlapsWith: ['branch-a'],
  ...over,
});
const segment = (over: Partial<LaidSegment<AddressEntry>> = {}, entryOver: Partial<AddressEntry> = {}): LaidSegment<AddressEntry> => ({
  entry: entry(entryOver),
  x: 10,
  y: 20,
  width: 40,
  height: 18,
  ...over,
});

describe('sameSegment', () => {
  it('finds a segment laid out afresh with the same values the same', () => {
    expect(sameSegment(segment(), segment())).toBe(true);
  });

  it.each([
    ['moved', segment({ x: 11 })],
    ['moved down', segment({ y: 21 })],
    ['resized', segment({ width: 41 })],
    ['another prefix', segment({}, { key: 'vnet-1\u000010.1.0.0/16' })],
    ['renamed', segment({}, { ownerName: 'hub-2' })],
    ['another overlap', segment({}, { overlap: 'after-nat' })],
    ['overlapping someone else', segment({}, { overlapsWith: ['branch-b'] })],
    ['overlapping one more', segment({}, { overlapsWith: ['branch-a', 'branch-b'] })],
  ])('finds a segment %s different', (_, changed) => {
    expect(sameSegment(segment(), changed)).toBe(false);
  });
});
