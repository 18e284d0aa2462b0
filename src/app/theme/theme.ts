import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/** The theme the user picked: the system's setting (the default), or always light or dark. */
export type ThemeChoice = 'system' | 'light' | 'dark';

export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];
const STORAGE_KEY = 'vpn-designer.theme';

const isChoice = (v: unknown): v is ThemeChoice => THEME_CHOICES.includes(v as ThemeChoice);

function storedChoice(): ThemeChoice {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return isChoice(v) ? v : 'system';
  } catch {
    return 'system'; // storage blocked: the system setting it is
  }
}

/** Puts the choice on <html>, where app.css turns it into `color-scheme` (its colours are light-dark() pairs). */
function apply(choice: ThemeChoice): void {
  if (choice === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
}

export const themeStore = createStore<{ choice: ThemeChoice }>()(() => ({ choice: storedChoice() }));
apply(themeStore.getState().choice);

export function setTheme(choice: ThemeChoice): void {
  apply(choice);
  themeStore.setState({ choice });
  try {
    if (choice === 'system') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // Not remembered across reloads; the page still shows the choice.
  }
}

export const useTheme = (): ThemeChoice => useStore(themeStore, (s) => s.choice);
