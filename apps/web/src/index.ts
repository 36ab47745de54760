/**
 * What other workspaces may use of the web app without a browser: the translations (for
 * completeness checks and the CLI's messages) and the one browser-storage key it writes.
 */
export { NAMESPACES, resources } from './locales/resources';
export { LOCALE_STORAGE_KEY } from './lib/locale-storage';
