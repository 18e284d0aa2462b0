/**
 * Makes untrusted text safe for a terminal: control characters (ESC sequences could restyle or
 * rewrite the screen), line separators and bidi overrides are shown as \uXXXX escapes.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
