/**
 * Contracts shared by the server and the web app: schemas of what crosses the HTTP boundary,
 * the closed lists (roles, locales, error codes) and the limits both sides enforce.
 */
export * from './audit';
export * from './auth';
export * from './error-codes';
export * from './limits';
export * from './locales';
export * from './organisations';
export * from './pagination';
export * from './roles';
export * from './users';
export * from './reference';
export * from './cases';
export * from './intake';
export * from './estimation';
export * from './linkage';
