import type { OrganisationKind, Role } from '@ctip/contracts';
import { systemAuditContext } from '../audit/audit-events';
import { createOrganisation } from '../modules/organisations/use-cases/save-organisation';
import { createUser } from '../modules/users/use-cases/manage-users';
import type { Services } from '../services';
import { seedDemoCases } from './demo-cases';
import { ensurePlatformOperator } from './platform-operator';
import { readSetting, writeSetting } from './system-settings';

/** The published password of every demo account. Outside demo mode it must be changed at sign-in. */
export const DEMO_PASSWORD = 'ctip-demo-password';

/** The demo administrator's email. */
export const DEMO_ADMIN_EMAIL = 'admin@demo.ctip.invalid';

const DEMO_ORGANISATIONS: Array<{ key: string; nameEn: string; nameKm: string; kind: OrganisationKind; countryCode: string }> = [
  { key: 'shelter', nameEn: '[Demo] Sunrise Shelter', nameKm: '[សាកល្បង] មណ្ឌលស្នាក់នៅ ព្រះអាទិត្យរះ', kind: 'shelter', countryCode: 'KH' },
  { key: 'social', nameEn: '[Demo] Preah Sihanouk Department of Social Affairs', nameKm: '[សាកល្បង] មន្ទីរសង្គមកិច្ច ខេត្តព្រះសីហនុ', kind: 'government_body', countryCode: 'KH' },
  { key: 'hotline', nameEn: '[Demo] Mekong Hope Hotline', nameKm: '[សាកល្បង] ខ្សែទូរស័ព្ទក្តីសង្ឃឹមមេគង្គ', kind: 'ngo', countryCode: 'KH' },
  { key: 'police', nameEn: '[Demo] Provincial Anti-Human Trafficking Police Office', nameKm: '[សាកល្បង] ការិយាល័យនគរបាលប្រឆាំងការជួញដូរមនុស្ស', kind: 'police_unit', countryCode: 'KH' },
  { key: 'embassy', nameEn: '[Demo] Embassy of Indonesia', nameKm: '[សាកល្បង] ស្ថានទូតឥណ្ឌូណេស៊ី', kind: 'embassy', countryCode: 'ID' },
];

const DEMO_USERS: Array<{ email: string; displayName: string; organisation: string; roles: Role[] }> = [
  { email: DEMO_ADMIN_EMAIL, displayName: 'Demo administrator', organisation: 'operator', roles: ['administrator'] },
  { email: 'analyst@demo.ctip.invalid', displayName: 'Demo analyst', organisation: 'operator', roles: ['analyst'] },
  { email: 'caseworker@demo.ctip.invalid', displayName: 'Demo case worker (shelter)', organisation: 'shelter', roles: ['case_worker'] },
  { email: 'shelter-admin@demo.ctip.invalid', displayName: 'Demo shelter administrator', organisation: 'shelter', roles: ['administrator'] },
  { email: 'social@demo.ctip.invalid', displayName: 'Demo case worker (social affairs)', organisation: 'social', roles: ['case_worker'] },
  { email: 'hotline@demo.ctip.invalid', displayName: 'Demo hotline operator', organisation: 'hotline', roles: ['hotline_operator'] },
  { email: 'investigator@demo.ctip.invalid', displayName: 'Demo investigator', organisation: 'police', roles: ['investigator'] },
  { email: 'liaison@demo.ctip.invalid', displayName: 'Demo partner liaison', organisation: 'embassy', roles: ['partner_liaison'] },
];

/**
 * Loads the demo data set once per installation: labelled organisations and one account per
 * role, all with {@link DEMO_PASSWORD}. Later modules add their synthetic records here.
 * Resolves to false when it had already been loaded.
 */
export async function seedDemoData(services: Services): Promise<boolean> {
  if ((await readSetting(services.db, 'demo_seeded_at')) !== null) return false;
  const context = systemAuditContext('seed-demo');
  const organisationIds: Record<string, string> = { operator: await ensurePlatformOperator(services) };
  for (const organisation of DEMO_ORGANISATIONS) {
    const created = await createOrganisation(services, organisation, context);
    await services.db.updateTable('organisations').set({ is_demo: 1 }).where('id', '=', created.id).execute();
    organisationIds[organisation.key] = created.id;
  }
  for (const user of DEMO_USERS) {
    await createUser(
      services,
      { email: user.email, displayName: user.displayName, organisationId: organisationIds[user.organisation]!, roles: user.roles, locale: 'en', password: DEMO_PASSWORD, mustChangePassword: false, isDemo: true },
      context,
    );
  }
  await seedDemoCases(services, organisationIds);
  await writeSetting(services.db, 'demo_seeded_at', services.now().toISOString(), services.now());
  return true;
}
