import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { normaliseForIndex } from '../../crypto/blind-index';

/** Contact kinds whose values are telephone numbers. */
const PHONE_KINDS = new Set(['phone', 'whatsapp', 'telegram', 'line', 'wechat']);

/**
 * The forms under which an identifier is indexed and searched. A telephone number is written
 * many ways ("012 345 678", "+855 12 345 678", "85512345678"): it is reduced to its
 * international form, read as Cambodian when it has no country code. Telegram and messaging
 * handles that are not numbers, and documents, are compared as typed, without spaces or punctuation.
 */
export function identifierForms(value: string, kind?: string): string[] {
  const forms = new Set<string>();
  const plain = normaliseForIndex(value);
  if (plain) forms.add(plain);
  if (kind === undefined || PHONE_KINDS.has(kind)) {
    const phone = parsePhoneNumberFromString(value, 'KH');
    if (phone?.isPossible()) forms.add(`tel:${phone.number}`);
  }
  return [...forms];
}

/** The one form a stored contact or document is indexed under (a phone's international form when it has one). */
export function indexedForm(value: string, kind: string): string {
  const forms = identifierForms(value, kind);
  return forms.find((form) => form.startsWith('tel:')) ?? forms[0] ?? '';
}
