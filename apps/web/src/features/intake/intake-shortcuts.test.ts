import { describe, expect, it } from 'vitest';
import { intakeShortcutOf, type KeyPress } from './intake-shortcuts';

const press = (changes: Partial<KeyPress>): KeyPress => ({ key: '', code: '', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...changes });

describe('the intake form’s shortcuts', () => {
  it('saves on Ctrl+Enter or ⌘+Enter, and saves and starts again with Shift', () => {
    expect(intakeShortcutOf(press({ key: 'Enter', code: 'Enter', ctrlKey: true }))).toBe('save');
    expect(intakeShortcutOf(press({ key: 'Enter', code: 'NumpadEnter', metaKey: true }))).toBe('save');
    expect(intakeShortcutOf(press({ key: 'Enter', code: 'Enter', ctrlKey: true, shiftKey: true }))).toBe('save_and_new');
  });

  it('adds a person on Alt+P, whatever character the layout gives', () => {
    expect(intakeShortcutOf(press({ key: 'π', code: 'KeyP', altKey: true }))).toBe('add_person');
  });

  it('leaves every other key alone, plain Enter included (the form submits it natively)', () => {
    expect(intakeShortcutOf(press({ key: 'Enter', code: 'Enter' }))).toBeNull();
    expect(intakeShortcutOf(press({ key: 'p', code: 'KeyP', ctrlKey: true }))).toBeNull();
    expect(intakeShortcutOf(press({ key: 'P', code: 'KeyP', altKey: true, shiftKey: true }))).toBeNull();
  });
});
