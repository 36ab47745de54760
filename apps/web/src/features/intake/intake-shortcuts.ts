/** What a key press in the intake form asks for. */
export type IntakeShortcut = 'save' | 'save_and_new' | 'add_person';

/** The parts of a keyboard event the shortcuts read. */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/**
 * The intake form's shortcuts, anywhere in the form (text areas included): Ctrl+Enter (⌘+Enter
 * on a Mac) saves, with Shift it saves and starts the next call; Alt+P adds a person. The
 * physical key is read for Alt+P, since Alt changes the character on some layouts (π on a Mac).
 */
export function intakeShortcutOf(press: KeyPress): IntakeShortcut | null {
  const isCommand = press.ctrlKey || press.metaKey;
  if (isCommand && !press.altKey && (press.key === 'Enter' || press.code === 'Enter' || press.code === 'NumpadEnter')) return press.shiftKey ? 'save_and_new' : 'save';
  if (press.altKey && !isCommand && !press.shiftKey && press.code === 'KeyP') return 'add_person';
  return null;
}
