/** Intake, the site registry, operations, the map and the public list: vocabularies, pure rules and API schemas. */
export * from './vocabulary';
export * from './dates';
export * from './report-rules';
export * from './site-rules';
export * from './operation-rules';
export * from './report-schemas';
export * from './embassy-list-schemas';
export * from './site-schemas';
export * from './operation-schemas';
export * from './geo-schemas';
export * from './public-schemas';
