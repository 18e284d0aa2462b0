import type { Finding } from '../types';
import { defineRule } from '../types';
import { tunnelUnits, unitName } from './tunnels';

/** A documented maximum for a key the user sets was not found; the reset API's 1–128 is the cap (facts §6). */
export const PSK_MAX_LENGTH = 128;
const MAX_POSITIONS_IN_MESSAGE = 10;

/** The class of a character Azure refuses in a pre-shared key, or undefined when it is allowed. */
function badClass(ch: string): string | undefined {
  if (ch === ' ') return 'space';
  if (ch === '-') return 'hyphen';
  if (ch === '~') return 'tilde';
  const code = ch.codePointAt(0)!;
  if (code < 0x20 || code === 0x7f) return 'control character';
  if (code > 0x7e) return 'non-ASCII character';
  return undefined;
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
      fix: 'Generate a new key of up to 128 characters from letters, digits and punctuation other than `-` and `~`, and set it on both ends. The diagnostic names only the positions and classes of the characters at fault, never the key.',
      reading:
        'No documented maximum exists for a key the user sets; the reset API generates keys of 1–128 characters, so 128 is used as the cap (facts §6, §12). An empty key is reported too: the designer needs the key that both ends will share. The key itself is never written to a message or to the data, only the positions (1-based, in characters) and classes of the offending characters.',
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const { conn, ids } of tunnelUnits(ctx, (x, y) => x.sharedKey === y.sharedKey)) {
      const key = conn.sharedKey;
      const who = unitName(ctx, ids);
      if (key.length === 0) {
        yield {
          elementIds: ids,
          detail: 'empty',
          message: `${who} has no pre-shared key`,
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
          message: `${who} has a pre-shared key of ${chars.length} characters; at most ${PSK_MAX_LENGTH} are accepted`,
          data: { length: chars.length, max: PSK_MAX_LENGTH },
          fix: { hint: `Use a key of at most ${PSK_MAX_LENGTH} characters.` },
        };
      }
      const positions: string[] = [];
      const classes = new Set<string>();
      chars.forEach((ch, i) => {
        const cls = badClass(ch);
        if (cls === undefined) return;
        positions.push(String(i + 1));
        classes.add(cls);
      });
      if (positions.length === 0) continue;
      const shown = positions.slice(0, MAX_POSITIONS_IN_MESSAGE).join(', ');
      const more = positions.length > MAX_POSITIONS_IN_MESSAGE ? ` and ${positions.length - MAX_POSITIONS_IN_MESSAGE} more` : '';
      yield {
        elementIds: ids,
        detail: 'characters',
        message: `${who} has a pre-shared key with ${[...classes].join(', ')} at position${positions.length > 1 ? 's' : ''} ${shown}${more}; only printable ASCII without space, - or ~ is accepted`,
        data: { positions, classes: [...classes] },
        fix: { hint: 'Replace those characters (letters, digits and punctuation other than - and ~ are fine) and set the new key on both ends.' },
      };
    }
  },
});
