import type { AddressEntry } from './address-entries';
import type { LaidSegment } from './address-layout';

/**
 * Whether two laid-out segments draw the same: same place and size, same prefix of the same owner,
 * same name and overlap. Every edit lays the map out afresh (new objects throughout), so the map
 * compares by value to redraw only the segments that changed.
 */
export function sameSegment(a: LaidSegment<AddressEntry>, b: LaidSegment<AddressEntry>): boolean {
  if (a === b) return true;
  const [x, y] = [a.entry, b.entry];
  return (
    a.x === b.x &&
    a.y === b.y &&
    a.width === b.width &&
    a.height === b.height &&
    x.key === y.key &&
    x.ownerKind === y.ownerKind &&
    x.ownerName === y.ownerName &&
    x.overlap === y.overlap &&
    x.overlapsWith.length === y.overlapsWith.length &&
    x.overlapsWith.every((name, i) => name === y.overlapsWith[i])
  );
}
