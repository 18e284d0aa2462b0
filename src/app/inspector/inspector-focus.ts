/** The id of the inspector's heading, which takes the focus when the inspected element changes under the user's hands. */
export const INSPECTOR_HEADING_ID = 'inspector-heading';

/**
 * Moves the keyboard focus to the inspector's heading once the next element's inspector is drawn (the
 * control that had the focus went away with the previous one, which would leave the focus nowhere).
 */
export function focusInspectorHeading(): void {
  requestAnimationFrame(() => document.getElementById(INSPECTOR_HEADING_ID)?.focus());
}
