import crypto from 'node:crypto';
import { loadCountryPack } from '@ctip/country-kh';
import { systemAuditContext } from '../audit/audit-events';
import { presentCountryPack } from '../modules/reference/reference.presenter';
import { audit, inTransaction, type Services } from '../services';
import { readSetting, writeSetting } from './system-settings';

function searchText(...parts: Array<string | null | undefined>): string {
  return parts.filter(Boolean).join(' ').toLowerCase();
}

/**
 * Loads Cambodia's reference data from the country pack (packages/country-kh) into the
 * database on every start, in one transaction, and only when the pack changed (its content
 * hash is remembered). Provinces, countries and organisations are upserted, never deleted, since
 * records point at them; the rest is replaced. Resolves to whether anything was written.
 */
export async function syncReferenceData(services: Services): Promise<boolean> {
  const presented = presentCountryPack(loadCountryPack());
  const pack = loadCountryPack();
  const version = crypto.createHash('sha256').update(JSON.stringify([presented, pack.organisations])).digest('hex').slice(0, 16);
  if ((await readSetting(services.db, 'reference_version')) === version) return false;
  const now = services.now();

  await inTransaction(services, async (trx) => {
    for (const province of presented.provinces) {
      const row = { name_en: province.nameEn, name_km: province.nameKm, latitude: province.latitude, longitude: province.longitude, data: JSON.stringify(province) };
      await trx.insertInto('provinces').values({ code: province.code, ...row }).onConflict((conflict) => conflict.column('code').doUpdateSet(row)).execute();
    }
    for (const country of presented.countries) {
      const row = { alpha3: country.alpha3, name_en: country.nameEn, name_km: country.nameKm, data: JSON.stringify(country) };
      await trx.insertInto('countries').values({ code: country.code, ...row }).onConflict((conflict) => conflict.column('code').doUpdateSet(row)).execute();
    }
    for (const organisation of pack.organisations) {
      const row = {
        name_en: organisation.nameEn,
        name_km: organisation.nameKm,
        acronym: organisation.acronym,
        kind: organisation.kind,
        country_code: organisation.country,
        status: organisation.status === 'defunct' ? 'inactive' : 'active',
        updated_at: now.toISOString(),
      };
      await trx
        .insertInto('organisations')
        .values({ id: crypto.randomUUID(), code: organisation.id, ...row, is_platform_operator: 0, source: 'country_pack', is_demo: 0, created_at: now.toISOString() })
        .onConflict((conflict) => conflict.column('code').doUpdateSet(row))
        .execute();
    }
    await trx.deleteFrom('reference_items').execute();
    const items = [
      ...presented.places.map((place) => ({ kind: 'place', id: place.id, sort_key: place.nameEn, indicator: null, search_text: searchText(place.nameEn, place.nameKm), data: JSON.stringify(place) })),
      ...presented.laws.map((law) => ({ kind: 'law', id: law.id, sort_key: `${law.date ?? law.period ?? ''} ${law.shortName}`, indicator: null, search_text: searchText(law.titleEn, law.titleKm, law.shortName), data: JSON.stringify(law) })),
      ...presented.indicators.map((indicator) => ({ kind: 'indicator', id: indicator.code, sort_key: indicator.nameEn, indicator: indicator.code, search_text: searchText(indicator.nameEn, indicator.nameKm), data: JSON.stringify(indicator) })),
      ...presented.statistics.map((statistic) => ({
        kind: 'statistic',
        id: statistic.id,
        sort_key: `${statistic.indicator} ${statistic.period ?? ''} ${statistic.id}`,
        indicator: statistic.indicator,
        search_text: searchText(statistic.indicatorNameEn, statistic.asPrinted, statistic.source.title, statistic.note),
        data: JSON.stringify(statistic),
      })),
      ...presented.sources.map((source) => ({ kind: 'source', id: source.id, sort_key: source.title, indicator: null, search_text: searchText(source.title, source.publisher), data: JSON.stringify(source) })),
      { kind: 'oc_index', id: 'cambodia', sort_key: 'cambodia', indicator: null, search_text: '', data: JSON.stringify(presented.ocIndex) },
    ];
    for (let start = 0; start < items.length; start += 100) {
      await trx.insertInto('reference_items').values(items.slice(start, start + 100)).execute();
    }
    await writeSetting(trx, 'reference_version', version, now);
    await audit(services, trx, systemAuditContext('reference-sync'), { action: 'reference.synced', resourceType: 'reference', details: { version } });
  });
  return true;
}
