export { nameIn } from '../../lib/bilingual';

/** A code such as `human_trafficking` as words, for values the translations do not list yet. */
export function humanise(code: string): string {
  const words = code.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
