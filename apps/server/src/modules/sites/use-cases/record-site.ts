import { randomUUID } from 'node:crypto';
import { isInsideCambodia, type SiteInput, type SiteUpdate } from '@ctip/contracts';
import type { AuditContext } from '../../../audit/audit-events';
import type { SitesTable } from '../../../db/schema';
import type { Actor } from '../../../policy/actor';
import { audit, inTransaction, type Executor, type Services } from '../../../services';
import { checkNotFuture, todayOf } from '../../../validation/dates';
import { FieldProblems } from '../../../validation/field-problems';
import { checkProvinces } from '../../../validation/known-references';
import { insertSiteRow, loadSiteAliases, updateSiteRow, writeSiteNamesAndOperators } from '../sites.repository';
import { checkSiteSource } from './check-site-source';
import { appendSiteStatus } from './record-site-status';

/** Checks a site's place: a province that exists; coordinates both given or neither, inside Cambodia. */
async function checkPlace(db: Executor, problems: FieldProblems, place: { provinceCode?: string | undefined; latitude?: number | null | undefined; longitude?: number | null | undefined }): Promise<void> {
  await checkProvinces(db, problems, [{ path: 'provinceCode', code: place.provinceCode }]);
  const hasLatitude = place.latitude !== null && place.latitude !== undefined;
  const hasLongitude = place.longitude !== null && place.longitude !== undefined;
  if (hasLatitude !== hasLongitude) problems.add(hasLatitude ? 'longitude' : 'latitude', 'Give both coordinates, or neither.', 'coordinates_incomplete');
  else if (hasLatitude && !isInsideCambodia(place.latitude!, place.longitude!)) problems.add('latitude', 'These coordinates are outside Cambodia (latitude 9.8–14.75°N, longitude 102.3–107.7°E).', 'outside_cambodia');
}

/**
 * Adds a site to the registry with its first dated status and that status's source. The
 * source cannot be an operation yet (operations happen at sites already in the registry).
 * @throws AppError validation_failed.
 */
export async function recordSite(services: Services, actor: Actor, input: SiteInput, context: AuditContext, options: { isDemo?: boolean } = {}): Promise<string> {
  const problems = new FieldProblems();
  const today = todayOf(services.now());
  await checkPlace(services.db, problems, input);
  checkNotFuture(problems, 'status.occurredOn', input.status.occurredOn, today);
  if (input.status.status === 'reopened') problems.add('status.status', 'A new site cannot start as reopened; record when it was closed or raided first.', 'nothing_to_reopen');
  if (input.status.source.kind === 'operation') problems.add('status.source.kind', 'A new site cannot cite an operation; record the operation at the site afterwards.', 'operation_before_site');
  const source = input.status.source.kind === 'operation' ? null : await checkSiteSource(services, actor, problems, 'status.source', input.status.source, null, today);
  problems.throwIfAny();
  return inTransaction(services, async (trx) => {
    const id = randomUUID();
    const at = services.now().toISOString();
    await insertSiteRow(trx, {
      id,
      kind: input.kind,
      name: input.name,
      province_code: input.provinceCode,
      latitude: input.latitude,
      longitude: input.longitude,
      address: input.address,
      description: input.description,
      current_status: input.status.status,
      current_status_on: input.status.occurredOn,
      first_recorded_on: input.status.occurredOn,
      is_published: 0,
      published_at: null,
      published_by: null,
      created_by: actor.userId,
      created_by_organisation_id: actor.organisationId,
      is_demo: options.isDemo ? 1 : 0,
      created_at: at,
      updated_at: at,
    });
    await writeSiteNamesAndOperators(trx, id, { name: input.name, aliases: input.aliases }, input.operators);
    await audit(services, trx, context, { action: 'site.created', resourceType: 'site', resourceId: id, details: { kind: input.kind } });
    await appendSiteStatus(services, trx, actor, id, { status: input.status.status, occurredOn: input.status.occurredOn, source: source!, correctionReason: null }, context);
    return id;
  });
}

/**
 * Edits a site's description (kind, names, operators, place); its history changes only by new
 * entries.
 * @throws AppError validation_failed.
 */
export async function updateSite(services: Services, site: SitesTable, changes: SiteUpdate, context: AuditContext): Promise<void> {
  const problems = new FieldProblems();
  await checkPlace(services.db, problems, {
    provinceCode: changes.provinceCode,
    latitude: changes.latitude !== undefined ? changes.latitude : site.latitude,
    longitude: changes.longitude !== undefined ? changes.longitude : site.longitude,
  });
  problems.throwIfAny();
  await inTransaction(services, async (trx) => {
    const columns: Partial<SitesTable> = { updated_at: services.now().toISOString() };
    if (changes.kind !== undefined) columns.kind = changes.kind;
    if (changes.name !== undefined) columns.name = changes.name;
    if (changes.provinceCode !== undefined) columns.province_code = changes.provinceCode;
    if (changes.latitude !== undefined) columns.latitude = changes.latitude;
    if (changes.longitude !== undefined) columns.longitude = changes.longitude;
    if (changes.address !== undefined) columns.address = changes.address;
    if (changes.description !== undefined) columns.description = changes.description;
    await updateSiteRow(trx, site.id, columns);
    // A new name is written with the aliases it keeps.
    const aliases = changes.aliases ?? (changes.name !== undefined ? ((await loadSiteAliases(trx, [site.id])).get(site.id) ?? []) : null);
    await writeSiteNamesAndOperators(trx, site.id, aliases ? { name: changes.name ?? site.name, aliases } : null, changes.operators ?? null);
    await audit(services, trx, context, { action: 'site.updated', resourceType: 'site', resourceId: site.id, changedFields: Object.keys(changes) });
  });
}
