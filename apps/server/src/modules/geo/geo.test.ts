import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpAgent } from '../../testing/http-agent';
import { createTestContext, type TestContext } from '../../testing/test-context';
import { dialectsUnderTest } from '../../testing/test-database';
import { IntakeFixtures } from '../intake/intake-fixtures';
import { BoundaryFileError, importProvinceBoundaries, readBoundaryFile } from './use-cases/import-boundaries';

/** The shared province boundaries (ODbL; read at test time, never copied into the repository). */
const BOUNDARIES = new URL('../../../../../../shared/data/geo/khm_adm1_simplified.geojson', import.meta.url);
const hasData = fs.existsSync(BOUNDARIES);
if (!hasData) {
  if (process.env.CI === 'true') throw new Error(`CI=true but the shared geo data is missing: ${BOUNDARIES.pathname}`);
  console.warn(`Skipping the boundary import tests: ${BOUNDARIES.pathname} is missing.`);
}

describe.each(dialectsUnderTest())('map and province boundaries on %s', (dialect) => {
  let context: TestContext;
  let analyst: HttpAgent;
  let investigator: HttpAgent;

  beforeAll(async () => {
    context = await createTestContext(dialect);
    const organisation = await context.createOrganisation({ nameEn: 'Police', kind: 'police_unit' });
    analyst = await context.signIn((await context.createUser(organisation, ['analyst'])).email);
    investigator = await context.signIn((await context.createUser(organisation, ['investigator'])).email);
  });
  afterAll(async () => context?.close());

  it('answers without boundaries until they are imported', async () => {
    expect((await context.agent().get('/api/geo/boundaries')).statusCode).toBe(401);
    expect((await analyst.get('/api/geo/boundaries')).json()).toEqual({ loaded: false, attribution: null, importedAt: null, featureCollection: { type: 'FeatureCollection', features: [] } });
  });

  it.skipIf(!hasData)('imports the 25 provinces of the shared file, one row each, with the attribution detected', async () => {
    const parsed = readBoundaryFile(fs.readFileSync(BOUNDARIES, 'utf8'));
    expect(parsed.detectedAttribution).toMatch(/OpenStreetMap contributors, via geoBoundaries/);
    const result = await importProvinceBoundaries(context.services, parsed.boundaries, { attribution: parsed.detectedAttribution!, sourceFile: 'khm_adm1_simplified.geojson' });
    expect(result.provinces).toHaveLength(25);
    expect(result.missing).toEqual([]);
    const rows = await context.services.db.selectFrom('geo_boundaries').select(['province_code', 'attribution']).execute();
    expect(rows).toHaveLength(25);
    const served = (await analyst.get('/api/geo/boundaries')).json();
    expect(served).toMatchObject({ loaded: true, attribution: parsed.detectedAttribution });
    expect(served.featureCollection.features).toHaveLength(25);
    const phnomPenh = served.featureCollection.features.find((feature: { properties: { iso_3166_2: string } }) => feature.properties.iso_3166_2 === 'KH-12');
    expect(phnomPenh.properties).toEqual({ iso_3166_2: 'KH-12', name_en: 'Phnom Penh', name_km: 'ភ្នំពេញ' });
    expect(['Polygon', 'MultiPolygon']).toContain(phnomPenh.geometry.type);
    expect((await context.services.db.selectFrom('audit_events').select('action').where('action', '=', 'geo.boundaries_imported').execute())).toHaveLength(1);
  });

  it.skipIf(!hasData)('leaves stored boundaries untouched when a file is refused', async () => {
    const before = await context.services.db.selectFrom('geo_boundaries').select(['province_code', 'imported_at']).orderBy('province_code').execute();
    const withoutCodes = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'Nowhere' }, geometry: { type: 'Polygon', coordinates: [[[103, 11], [104, 11], [104, 12], [103, 11]]] } }] });
    for (const text of ['not json', '{"type":"FeatureCollection","features":[]}', withoutCodes]) expect(() => readBoundaryFile(text)).toThrow(BoundaryFileError);
    await expect(importProvinceBoundaries(context.services, [], { attribution: '  ', sourceFile: 'x' })).rejects.toThrow(/attribution is required/);
    expect(await context.services.db.selectFrom('geo_boundaries').select(['province_code', 'imported_at']).orderBy('province_code').execute()).toEqual(before);
  });

  it('counts sites and reports per province, filtered by site status, kind and period', async () => {
    const fixtures = new IntakeFixtures(context);
    const hotline = await context.createOrganisation({ nameEn: 'Hotline', kind: 'ngo' });
    const compound = await fixtures.site(hotline, { status: { status: 'reported', occurredOn: '2026-03-01', source: { kind: 'document', title: 'Log' } } });
    await fixtures.site(hotline, { kind: 'brick_kiln', name: 'Kiln', provinceCode: 'KH-3', latitude: null, longitude: null, status: { status: 'under_investigation', occurredOn: '2026-06-01', source: { kind: 'document', title: 'Log' } } });
    await fixtures.report(hotline, { siteId: compound, provinceCode: null, receivedAt: '2026-03-02T01:00:00Z' });
    await fixtures.report(hotline, { provinceCode: 'KH-18', receivedAt: '2026-07-02T01:00:00Z' });
    await fixtures.report(hotline, { provinceCode: 'KH-12', receivedAt: '2026-07-03T01:00:00Z' });
    const province = (map: { provinces: Array<{ code: string; siteCount: number; reportCount: number }> }, code: string) => map.provinces.find((entry) => entry.code === code)!;

    expect((await analyst.get('/api/geo/map')).statusCode).toBe(403);
    const all = (await investigator.get('/api/geo/map')).json();
    expect(all.provinces).toHaveLength(25);
    expect(province(all, 'KH-18')).toMatchObject({ siteCount: 1, reportCount: 2, nameKm: expect.any(String) });
    expect(province(all, 'KH-3')).toMatchObject({ siteCount: 1, reportCount: 0 });
    expect(all.sites.map((site: { name: string }) => site.name).sort()).toEqual(['Golden Fortune Compound', 'Kiln']);
    expect(all.boundaries).toEqual({ loaded: hasData, attribution: hasData ? expect.stringMatching(/geoBoundaries/) : null });

    const kilns = (await investigator.get('/api/geo/map?kind=brick_kiln')).json();
    expect(kilns.sites.map((site: { name: string }) => site.name)).toEqual(['Kiln']);
    expect(province(kilns, 'KH-18')).toMatchObject({ siteCount: 0, reportCount: 0 });
    const july = (await investigator.get('/api/geo/map?from=2026-07-01&to=2026-07-31')).json();
    expect(province(july, 'KH-18').reportCount).toBe(1);
    expect(province(july, 'KH-12').reportCount).toBe(1);
    expect(july.sites).toEqual([]);
    const asOfApril = (await investigator.get('/api/geo/map?to=2026-04-30&status=reported')).json();
    expect(asOfApril.sites.map((site: { name: string; status: string }) => `${site.name}:${site.status}`)).toEqual(['Golden Fortune Compound:reported']);
    expect((await investigator.get('/api/geo/map?status=sunk')).statusCode).toBe(400);
  });
});
