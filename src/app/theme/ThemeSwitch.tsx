import { setTheme, THEME_CHOICES, useTheme, type ThemeChoice } from './theme';

const LABEL: Record<ThemeChoice, string> = { system: 'System theme', light: 'Light', dark: 'Dark' };

/** Picks the colour theme: the system's setting, light or dark. */
export function ThemeSwitch() {
  const choice = useTheme();
  return (
    <select aria-label="Theme" className="tool" value={choice} onChange={(e) => setTheme(e.target.value as ThemeChoice)}>
      {THEME_CHOICES.map((c) => (
        <option key={c} value={c}>
          {LABEL[c]}
        </option>
      ))}
    </select>
  );
}
