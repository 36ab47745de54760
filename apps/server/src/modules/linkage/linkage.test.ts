import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseFixtures } from '../../testing/case-fixtures';
import type { HttpAgent } from '../../testing/http-agent';
import { createTestContext, type TestContext } from '../../testing/test-context';
import { dialectsUnderTest } from '../../testing/test-database';

const KHMER_GIVEN = ['សុខា', 'ដារ៉ា', 'វណ្ណា', 'សុភា', 'ចាន់ធា', 'រតនា', 'បុប្ផា', 'សុវណ្ណ', 'ពិសិដ្ឋ', 'ស្រីពៅ'];
const LATIN_GIVEN = ['Sokha', 'Dara', 'Vanna', 'Sophea', 'Chantha', 'Rattana', 'Bopha', 'Sovann', 'Piseth', 'Sreypov'];
const FAMILY = [['ជា', 'Chea'], ['សុខ', 'Sok'], ['ហេង', 'Heng'], ['លី', 'Ly'], ['កែវ', 'Keo']] as const;

describe.each(dialectsUnderTest())('record linkage in the product on %s', (dialect) => {
  let context: TestContext;
  let reviewer: HttpAgent;
  let shelterPerson: string;
  let policePerson: string;

  beforeAll(async () => {
    context = await createTestContext(dialect);
    const fixtures = new CaseFixtures(context);
    const shelter = await context.createOrganisation({ nameEn: 'Shelter' });
    const police = await context.createOrganisation({ nameEn: 'Police', kind: 'police_unit' });
    // Forty different people, then the same woman recorded by two organisations in two scripts.
    for (let index = 0; index < 40; index += 1) {
      const [familyKm, familyEn] = FAMILY[index % FAMILY.length]!;
      const organisation = index % 2 === 0 ? shelter : police;
      await fixtures.openCase(organisation, {
        names: index % 3 === 0
          ? [{ script: 'khmer', kind: 'legal', full: `${familyKm} ${KHMER_GIVEN[index % 10]}`, family: familyKm, given: KHMER_GIVEN[index % 10]! }]
          : [{ script: 'latin', kind: 'legal', full: `${familyEn} ${LATIN_GIVEN[index % 10]}`, family: familyEn, given: LATIN_GIVEN[index % 10]! }],
        birth: { precision: 'year', date: String(1980 + (index % 25)) },
        sex: index % 4 === 0 ? 'male' : 'female',
        home: { provinceCode: `KH-${1 + (index % 25)}` },
      });
    }
    shelterPerson = (await fixtures.openCase(shelter, { names: [{ script: 'khmer', kind: 'legal', full: 'ម៉ៅ ស្រីនាង', family: 'ម៉ៅ', given: 'ស្រីនាង' }], birth: { precision: 'day', date: '1999-03-14' }, home: { provinceCode: 'KH-14' } })).personId;
    policePerson = (await fixtures.openCase(police, { names: [{ script: 'latin', kind: 'legal', full: 'Mao Sreyneang', family: 'Mao', given: 'Sreyneang' }], birth: { precision: 'year', date: '1999' }, home: { provinceCode: 'KH-14' } })).personId;
    reviewer = await context.signIn((await context.createUser(context.operatorOrganisationId, ['administrator'])).email);
  });
  afterAll(async () => context?.close());

  async function runAndWait(train = true) {
    const started = await reviewer.post('/api/linkage/runs', { train });
    expect(started.statusCode).toBe(202);
    for (let attempt = 0; attempt < 600; attempt += 1) {
      const run = (await reviewer.get(`/api/linkage/runs/${started.json().id}`)).json();
      if (run.status !== 'running') return run;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('linkage run did not finish');
  }

  it('finds the same woman across two organisations and two scripts, and explains why', async () => {
    const run = await runAndWait();
    expect(run).toMatchObject({ status: 'completed', persons: 42 });
    const queue = (await reviewer.get('/api/linkage/candidates?pageSize=100')).json();
    const pair = queue.items.find((item: { left: { personId: string }; right: { personId: string } }) => [item.left.personId, item.right.personId].sort().join() === [shelterPerson, policePerson].sort().join());
    expect(pair).toBeDefined();
    expect(pair.probability).toBeGreaterThan(0.5);
    expect(pair.reasons.map((reason: { comparison: string }) => reason.comparison)).toEqual(expect.arrayContaining(['name']));
    expect(new Set([pair.left.organisation.nameEn, pair.right.organisation.nameEn])).toEqual(new Set(['Shelter', 'Police']));
    const model = (await reviewer.get('/api/linkage/model')).json();
    expect(model.version).toBe(1);
    expect(model.parameters.length).toBeGreaterThan(5);
    expect(model.parameters.every((row: { weight: number }) => Number.isFinite(row.weight))).toBe(true);
  });

  it('confirms a match into one cluster, and undoes it exactly', async () => {
    const queue = (await reviewer.get('/api/linkage/candidates?pageSize=100')).json();
    const pair = queue.items.find((item: { left: { personId: string }; right: { personId: string } }) => [item.left.personId, item.right.personId].includes(shelterPerson));
    expect((await reviewer.post(`/api/linkage/candidates/${pair.id}/confirm`)).statusCode).toBe(200);
    expect((await reviewer.post(`/api/linkage/candidates/${pair.id}/confirm`)).statusCode).toBe(409);
    const clusters = await context.services.db.selectFrom('persons').select(['id', 'cluster_id']).where('id', 'in', [shelterPerson, policePerson]).execute();
    expect(new Set(clusters.map((row) => row.cluster_id)).size).toBe(1);

    const matches = (await reviewer.get('/api/linkage/matches')).json();
    expect(matches.items[0]).toMatchObject({ undoneAt: null });
    expect((await reviewer.post(`/api/linkage/matches/${matches.items[0].id}/undo`)).statusCode).toBe(200);
    const after = await context.services.db.selectFrom('persons').select(['id', 'cluster_id']).where('id', 'in', [shelterPerson, policePerson]).execute();
    expect(after.every((row) => row.cluster_id === row.id)).toBe(true);
    const history = (await reviewer.get('/api/linkage/matches')).json();
    expect(history.items[0].undoneAt).not.toBeNull();
  });

  it('does not ask again about a decided pair, and reuses the stored model when asked to', async () => {
    const run = await runAndWait(false);
    expect(run.status).toBe('completed');
    const queue = (await reviewer.get('/api/linkage/candidates?pageSize=100')).json();
    expect(queue.items.some((item: { left: { personId: string }; right: { personId: string } }) => [item.left.personId, item.right.personId].includes(shelterPerson) && [item.left.personId, item.right.personId].includes(policePerson))).toBe(false);
    expect((await reviewer.get('/api/linkage/model')).json().version).toBe(1);
  });

  it('uses the trained model while a person is typed, showing only what the caller may see', async () => {
    const shelterId = (await context.services.db.selectFrom('persons').select('owner_organisation_id').where('id', '=', shelterPerson).executeTakeFirstOrThrow()).owner_organisation_id;
    const worker = await context.signIn((await context.createUser(shelterId, ['case_worker'])).email);
    const answer = (await worker.post('/api/persons/duplicates', { names: [{ full: 'Mao Sreyneang' }], birth: { precision: 'year', date: '1999' }, home: { provinceCode: 'KH-14' } })).json();
    const mine = answer.candidates.find((candidate: { personId: string }) => candidate.personId === shelterPerson);
    expect(mine).toBeDefined();
    // Reasons now name the model's comparisons, not the hand-set similarity's fields.
    expect(mine.reasons.map((reason: { field: string }) => reason.field)).toEqual(expect.arrayContaining(['name', 'birthDate']));
    expect(answer.candidates.some((candidate: { personId: string }) => candidate.personId === policePerson)).toBe(false);
    expect(answer.elsewhere).toBeGreaterThanOrEqual(1);
  });

  it('keeps names out of the stored model and candidates (encrypted at rest)', async () => {
    const models = await context.services.db.selectFrom('linkage_models').select(['model', 'parameters']).execute();
    const candidates = await context.services.db.selectFrom('linkage_candidates').select('contributions').execute();
    for (const text of [...models.flatMap((row) => [row.model, row.parameters]), ...candidates.map((row) => row.contributions)]) {
      expect(text).not.toMatch(/sreyneang|ស្រីនាង|sokha/i);
    }
  });
});
