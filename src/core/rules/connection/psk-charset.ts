import type { Finding } from '../types';
import { defineRule } from '../types';
import { tunnelUnits, unitName } from './tunnels';

/** A documented maximum for a key the user sets was not found; the reset API's 1–128 is the cap (facts §6). */
export const PSK_MAX_LENGTH = 128;

/** The classes of characters Azure refuses in a pre-shared key, in the fixed order they are reported. */
const CLASSES = ['space', 'hyphen', 'tilde', 'control', 'nonAscii'] as const;
type BadClass = (typeof CLASSES)[number];

const LABEL: Record<BadClass, [one: string, many: string]> = {
  space: ['space', 'spaces'],
  hyphen: ['hyphen', 'hyphens'],
  tilde: ['tilde', 'tildes'],
  control: ['control character', 'control characters'],
  nonAscii: ['non-ASCII character', 'non-ASCII characters'],
};

/** The class of a character Azure refuses in a pre-shared key, or undefined when it is allowed. */
function badClass(ch: string): BadClass | undefined {
  if (ch === ' ') return 'space';
  if (ch === '-') return 'hyphen';
  if (ch === '~') return 'tilde';
  const code = ch.codePointAt(0)!;
  if (code < 0x20 || code === 0x7f) return 'control';
  if (code > 0x7e) return 'nonAscii';
  return undefined;
}

/** "1 hyphen, 2 spaces and 1 tilde". */
function describeCounts(counts: ReadonlyMap<BadClass, number>): string {
  const parts = CLASSES.filter((c) => counts.has(c)).map((c) => {
    const n = counts.get(c)!;
    return `${n} ${LABEL[c][n === 1 ? 0 : 1]}`;
  });
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]!}`;
}

export default defineRule({
  meta: {
    id: 'connection/psk-charset',
    severities: ['error'],
    title: 'A pre-shared key that is empty, longer than 128 characters, or uses characters Azure refuses.',
    source: 'FAQ "Does Azure generate the same IPsec/IKE preshared key for all my VPN connections…"; facts §6',
    docs: {
      why: 'S2S and VNet-to-VNet tunnels authenticate only with a pre-shared key. Azure takes printable ASCII (0x21–0x7E) but not a space, a hyphen or a tilde; a key with any other character, or an empty key, cannot be set, and the device side must hold the very same string.',
      example: 'Connection `hub-to-branch` with a key containing a hyphen, such as a pasted GUID.',
      fix: 'Generate a new key of up to 128 characters from letters, digits and punctuation other than `-` and `~`, and set it on both ends. The diagnostic says only how many characters of each refused class the key holds, never the key, where they sit, or how long it is.',
      reading:
        'No documented maximum exists for a key the user sets; the reset API generates keys of 1–128 characters, so 128 is used as the cap (facts §6, §12). An empty key is reported too: the designer needs the key that both ends will share. The key is a secret, so neither messages nor data carry anything that narrows it down beyond the problem: a count per refused class (space, hyphen, tilde, control, non-ASCII), never positions, and for a key that is too long only that it is longer than 128 characters, not its length.',
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const { conn, ids } of tunnelUnits(ctx, (x, y) => x.sharedKey === y.sharedKey)) {
      const key = conn.sharedKey;
      const who = () => unitName(ctx, ids); // built only when a finding needs it
      if (key.length === 0) {
        yield {
          elementIds: ids,
          detail: 'empty',
          message: `${who()} has no pre-shared key`,
          data: { length: 0 },
          fix: { hint: 'Set a pre-shared key of printable ASCII characters (no space, - or ~) and use the same key on the device.' },
        };
        continue;
      }
      const chars = [...key];
      if (chars.length > PSK_MAX_LENGTH) {
        yield {
          elementIds: ids,
          detail: 'too-long',
          message: `${who()} has a pre-shared key longer than ${PSK_MAX_LENGTH} characters; at most ${PSK_MAX_LENGTH} are accepted`,
          data: { max: PSK_MAX_LENGTH },
          fix: { hint: `Use a key of at most ${PSK_MAX_LENGTH} characters.` },
        };
      }
      const counts = new Map<BadClass, number>();
      for (const ch of chars) {
        const cls = badClass(ch);
        if (cls !== undefined) counts.set(cls, (counts.get(cls) ?? 0) + 1);
      }
      if (counts.size === 0) continue;
      const classes = CLASSES.filter((c) => counts.has(c));
      yield {
        elementIds: ids,
        detail: 'characters',
        message: `${who()} has a pre-shared key with ${describeCounts(counts)}; only printable ASCII without space, - or ~ is accepted`,
        data: { classes, ...Object.fromEntries(classes.map((c) => [c, counts.get(c)!])) },
        fix: { hint: 'Replace those characters (letters, digits and punctuation other than - and ~ are fine) and set the new key on both ends.' },
      };
    }
  },
});
