import { createTheme, type MantineColorSchemeManager, type MantineColorsTuple } from '@mantine/core';

// A calm blue, readable as text on white (WCAG AA at shade 7 and above).
const ctipBlue: MantineColorsTuple = ['#eef4f9', '#dce6ef', '#b4cbdf', '#89aecf', '#6596c1', '#4e87b9', '#417fb6', '#326ca0', '#2b5f8a', '#1c4f7a'];

// System fonts for Latin script; the bundled Noto Sans Khmer (served by ctip itself) for Khmer.
const FONT_STACK = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans Khmer", "Noto Sans Thai", "Noto Sans SC", sans-serif';

/** The ctip theme: calm colours, legible type, a visible focus ring for keyboard users. */
export const theme = createTheme({
  primaryColor: 'ctip',
  colors: { ctip: ctipBlue },
  primaryShade: 8,
  fontFamily: FONT_STACK,
  headings: { fontFamily: FONT_STACK, fontWeight: '600' },
  defaultRadius: 'md',
  focusRing: 'auto',
  cursorType: 'pointer',
  components: {
    Table: { defaultProps: { verticalSpacing: 'sm', highlightOnHover: true } },
    // Sentence case and full width: role and status names must stay readable (and Khmer has no case).
    Badge: { styles: { root: { textTransform: 'none', maxWidth: 'none', flexShrink: 0 }, label: { overflow: 'visible' } } },
  },
});

/**
 * A colour-scheme manager that keeps the choice in memory: Mantine's default writes to
 * localStorage, and ctip keeps nothing there but the language code.
 */
export function memoryColorSchemeManager(): MantineColorSchemeManager {
  let value: 'light' | 'dark' | 'auto' | null = null;
  return {
    get: (defaultValue) => value ?? defaultValue,
    set: (next) => {
      value = next;
    },
    subscribe: () => {},
    unsubscribe: () => {},
    clear: () => {
      value = null;
    },
  };
}
