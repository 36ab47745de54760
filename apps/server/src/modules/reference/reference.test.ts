import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncReferenceData } from '../../seed/reference-data';
import { createTestContext, type TestContext } from '../../testing/test-context';
import { dialectsUnderTest } from '../../testing/test-database';
import type { HttpAgent } from '../../testing/http-agent';

describe.each(dialectsUnderTest())('reference data on %s', (dialect) => {
  let context: TestContext;
  let agent: HttpAgent;

  beforeAll(async () => {
    context = await createTestContext(dialect);
    const user = await context.createUser(await context.createOrganisation(), ['case_worker']);
    agent = await context.signIn(user.email);
  });
  afterAll(async () => context?.close());

  it('loads once and skips an unchanged pack', async () => {
    expect(await syncReferenceData(context.services)).toBe(false);
    const events = await context.services.db.selectFrom('audit_events').select('action').where('action', '=', 'reference.synced').execute();
    expect(events).toHaveLength(1);
  });

  it('serves the 25 provinces with Khmer names', async () => {
    const response = await agent.get('/api/reference/provinces');
    expect(response.statusCode).toBe(200);
    const { items } = response.json() as { items: Array<{ code: string; nameKm: string; nameEn: string }> };
    expect(items.map((province) => province.code)).toEqual(Array.from({ length: 25 }, (_, index) => `KH-${index + 1}`));
    expect(items.find((province) => province.code === 'KH-18')).toMatchObject({ nameEn: 'Preah Sihanouk', nameKm: 'ព្រះសីហនុ' });
  });

  it('filters published figures by indicator and names their source', async () => {
    const all = (await agent.get('/api/reference/statistics?pageSize=100')).json() as { total: number; items: Array<{ indicator: string; value: number | null; breakdown: Record<string, string>; source: { title: string } }> };
    expect(all.total).toBeGreaterThan(50);
    const deportations = all.items.filter((item) => item.indicator.includes('deport'));
    expect(deportations.length).toBeGreaterThan(0);
    const indicator = deportations[0]!.indicator;
    const filtered = (await agent.get(`/api/reference/statistics?indicator=${indicator}&pageSize=100`)).json() as { items: Array<{ indicator: string; source: { title: string } }> };
    expect(filtered.items.length).toBeGreaterThan(0);
    expect(filtered.items.every((item) => item.indicator === indicator && item.source.title.length > 0)).toBe(true);
    const search = (await agent.get('/api/reference/statistics?search=Preah%20Sihanouk&pageSize=100')).json() as { items: unknown[] };
    expect(search.items.length).toBeGreaterThan(0);
  });

  it('lists the country pack organisations in the directory and makes the national committee the platform operator', async () => {
    const directory = (await agent.get('/api/organisations?search=National%20Committee&pageSize=100')).json() as { items: Array<{ nameEn: string; isPlatformOperator: boolean; source: string }> };
    expect(directory.items.find((organisation) => organisation.isPlatformOperator)).toMatchObject({ source: 'country_pack' });
  });

  it('serves the organised-crime index with unread scores left empty', async () => {
    const index = (await agent.get('/api/reference/oc-index')).json() as { editions: Array<{ edition: number; criminality: number | null; markets: Record<string, number | null> }> };
    const edition2023 = index.editions.find((edition) => edition.edition === 2023)!;
    expect(edition2023.criminality).toBe(6.85);
    expect(edition2023.markets.human_trafficking).toBe(8.5);
    expect(Object.values(edition2023.markets).some((score) => score === null)).toBe(true);
  });
});
