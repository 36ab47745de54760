/** The survivor-case domain: vocabularies, pure rules shared by server and web, and API schemas. */
export * from './birth';
export * from './case-schemas';
export * from './consent-schemas';
export * from './person-schemas';
export * from './screening-outcome';
export * from './screening-schemas';
export * from './stage-rules';
export * from './vocabulary';
export * from './entry-schemas';
export * from './care-schemas';
export * from './exchange-schemas';
