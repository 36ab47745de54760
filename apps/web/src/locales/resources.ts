import enAudit from './en/audit.json';
import enAuth from './en/auth.json';
import enCare from './en/care.json';
import enCaseExchange from './en/case-exchange.json';
import enCases from './en/cases.json';
import enCommon from './en/common.json';
import enErrors from './en/errors.json';
import enEstimation from './en/estimation.json';
import enHome from './en/home.json';
import enLinkage from './en/linkage.json';
import enMyWork from './en/my-work.json';
import enOrganisations from './en/organisations.json';
import enPersons from './en/persons.json';
import enReference from './en/reference.json';
import enReferrals from './en/referrals.json';
import enShelters from './en/shelters.json';
import enUsers from './en/users.json';
import enIntake from './en/intake.json';
import enSites from './en/sites.json';
import enOperations from './en/operations.json';
import enMap from './en/map.json';
import enPublicPortal from './en/public-portal.json';
import kmAudit from './km/audit.json';
import kmAuth from './km/auth.json';
import kmCare from './km/care.json';
import kmCaseExchange from './km/case-exchange.json';
import kmCases from './km/cases.json';
import kmCommon from './km/common.json';
import kmErrors from './km/errors.json';
import kmEstimation from './km/estimation.json';
import kmHome from './km/home.json';
import kmLinkage from './km/linkage.json';
import kmMyWork from './km/my-work.json';
import kmOrganisations from './km/organisations.json';
import kmPersons from './km/persons.json';
import kmReference from './km/reference.json';
import kmReferrals from './km/referrals.json';
import kmShelters from './km/shelters.json';
import kmUsers from './km/users.json';
import kmIntake from './km/intake.json';
import kmSites from './km/sites.json';
import kmOperations from './km/operations.json';
import kmMap from './km/map.json';
import kmPublicPortal from './km/public-portal.json';

/** The translation namespaces: one per feature, plus the shared `common` and `errors`. */
export const NAMESPACES = ['common', 'errors', 'auth', 'home', 'organisations', 'users', 'audit', 'reference', 'cases', 'persons', 'referrals', 'my-work', 'care', 'case-exchange', 'shelters', 'linkage', 'estimation', 'intake', 'sites', 'operations', 'map', 'public-portal'] as const;

/** One of {@link NAMESPACES}. */
export type Namespace = (typeof NAMESPACES)[number];

/** A tree of translated strings. */
export interface TranslationTree {
  [key: string]: string | TranslationTree;
}

/** Every translation, bundled with the app (no request for text ever leaves the machine). */
export const resources: Record<'en' | 'km', Record<Namespace, TranslationTree>> = {
  en: { common: enCommon, errors: enErrors, auth: enAuth, home: enHome, organisations: enOrganisations, users: enUsers, audit: enAudit, reference: enReference, cases: enCases, persons: enPersons, referrals: enReferrals, 'my-work': enMyWork, care: enCare, 'case-exchange': enCaseExchange, shelters: enShelters, linkage: enLinkage, estimation: enEstimation, intake: enIntake, sites: enSites, operations: enOperations, map: enMap, 'public-portal': enPublicPortal },
  km: { common: kmCommon, errors: kmErrors, auth: kmAuth, home: kmHome, organisations: kmOrganisations, users: kmUsers, audit: kmAudit, reference: kmReference, cases: kmCases, persons: kmPersons, referrals: kmReferrals, 'my-work': kmMyWork, care: kmCare, 'case-exchange': kmCaseExchange, shelters: kmShelters, linkage: kmLinkage, estimation: kmEstimation, intake: kmIntake, sites: kmSites, operations: kmOperations, map: kmMap, 'public-portal': kmPublicPortal },
};
