import { ApiSession } from './api-session';

/** The organisations whose case records make up the test's lists: none of them keeps demo cases. */
export type ListKey = 'police' | 'hotline' | 'embassy';

/** The demo account that records cases for each list's organisation, and the roles it is given to do so. */
const LIST_ACCOUNTS: Record<ListKey, { email: string; roles: string[] }> = {
  police: { email: 'investigator@demo.ctip.invalid', roles: ['investigator', 'case_worker'] },
  hotline: { email: 'hotline@demo.ctip.invalid', roles: ['hotline_operator', 'case_worker'] },
  embassy: { email: 'liaison@demo.ctip.invalid', roles: ['partner_liaison', 'case_worker'] },
};

/** A synthetic person and the lists they are recorded on (the same details on each). */
export interface SyntheticPerson {
  family: string;
  given: string;
  khmer: string | null;
  birthDate: string;
  sex: 'female' | 'male';
  provinceCode: string;
  lists: ListKey[];
}

// Distinct family and given names, so that different synthetic people never look alike.
const FAMILIES = ['Chea', 'Keo', 'Ly', 'Heng', 'Meas', 'Pich', 'Chhun', 'Nhem', 'Vong', 'Sar', 'Yim', 'Prak', 'Touch', 'Ouk', 'Lim', 'Hang', 'Noun', 'Khim', 'Phan', 'Tep', 'Sim', 'Mao', 'Chum', 'Nuon'];
const GIVENS = ['Sokha', 'Dara', 'Sophea', 'Vanna', 'Rithy', 'Bopha', 'Chanthy', 'Kosal', 'Malis', 'Nary', 'Piseth', 'Rachana', 'Sovann', 'Thida', 'Vichea', 'Leakhena', 'Sreymom', 'Kunthea', 'Davy', 'Sothea', 'Panha', 'Rotha', 'Seyha', 'Mealea'];
const PROVINCES = ['KH-12', 'KH-18', 'KH-2', 'KH-17'];

/**
 * People seen on given combinations of lists, `count` of each; the first shared person also has
 * their name in Khmer script.
 * @throws Error when more people are asked for than there are distinct names.
 */
export function buildPeople(combinations: ReadonlyArray<{ lists: ListKey[]; count: number }>): SyntheticPerson[] {
  const people: SyntheticPerson[] = [];
  for (const { lists, count } of combinations) {
    for (let copy = 0; copy < count; copy += 1) {
      const index = people.length;
      if (index >= FAMILIES.length) throw new Error('not enough distinct synthetic names');
      const birth = new Date(Date.UTC(1985, 0, 1) + index * 211 * 86_400_000);
      people.push({
        family: FAMILIES[index]!,
        given: GIVENS[index]!,
        khmer: index === 0 ? 'ជា សុខា' : null,
        birthDate: birth.toISOString().slice(0, 10),
        sex: index % 3 === 0 ? 'male' : 'female',
        provinceCode: PROVINCES[index % PROVINCES.length]!,
        lists,
      });
    }
  }
  return people;
}

/**
 * Lets each list's demo account record cases (the case worker role is added; it takes effect at
 * their next sign-in).
 */
export async function enableCaseRecording(admin: ApiSession, lists: readonly ListKey[]): Promise<void> {
  for (const key of lists) {
    const { email, roles } = LIST_ACCOUNTS[key];
    const page = await admin.expectOk<{ items: Array<{ id: string; email: string }> }>('GET', `/api/users?search=${encodeURIComponent(email)}`);
    const user = page.items.find((item) => item.email === email);
    if (!user) throw new Error(`no demo account ${email}`);
    await admin.expectOk('PATCH', `/api/users/${user.id}`, { roles });
  }
}

/** The person record ids of one synthetic person, by list. */
export type RecordIds = Partial<Record<ListKey, string>>;

/**
 * Records every person on each of their lists through the API, as that organisation's case
 * worker: the person, a screening that meets the legal definition, and a case opened on `openedOn`.
 * Resolves to each person's record ids, in the order of `people`.
 */
export async function recordPeople(baseUrl: string, people: readonly SyntheticPerson[], openedOn: string): Promise<RecordIds[]> {
  const sessions = new Map<ListKey, ApiSession>();
  const sessionOf = async (key: ListKey) => {
    let session = sessions.get(key);
    if (!session) {
      session = await ApiSession.signIn(baseUrl, LIST_ACCOUNTS[key].email);
      sessions.set(key, session);
    }
    return session;
  };
  const recorded: RecordIds[] = [];
  for (const person of people) {
    const ids: RecordIds = {};
    for (const key of person.lists) {
      const session = await sessionOf(key);
      const names = [{ script: 'latin', kind: 'legal', full: `${person.family} ${person.given}`, family: person.family, given: person.given }];
      if (person.khmer) names.push({ script: 'khmer', kind: 'legal', full: person.khmer, family: person.khmer.split(' ')[0]!, given: person.khmer.split(' ')[1]! });
      const created = await session.expectOk<{ id: string }>('POST', '/api/persons', {
        names,
        sex: person.sex,
        birth: { precision: 'day', date: person.birthDate },
        nationalities: ['KH'],
        languages: ['km'],
        home: { provinceCode: person.provinceCode },
      });
      const screening = await session.expectOk<{ id: string }>('POST', `/api/persons/${created.id}/screenings`, {
        screenedOn: openedOn,
        acts: [{ code: 'recruitment', evidence: 'Recruited through a job offer online' }],
        means: [{ code: 'deception', evidence: 'Promised a job that did not exist' }],
        purposes: [{ code: 'forced_labour_or_services', evidence: 'Forced to work without pay' }],
      });
      await session.expectOk('POST', '/api/cases', { screeningId: screening.id, openedOn, exploitationTypes: ['forced_labour'], sectors: [] });
      ids[key] = created.id;
    }
    recorded.push(ids);
  }
  return recorded;
}

/** A linkage run as the API answers it. */
export interface LinkageRunAnswer {
  id: string;
  status: 'running' | 'completed' | 'failed';
  candidates: number;
  error: string | null;
}

/**
 * Runs record linkage through the API as a platform administrator and waits for it to end.
 * @throws Error when the run fails or does not end within two minutes.
 */
export async function runLinkageThroughApi(admin: ApiSession): Promise<LinkageRunAnswer> {
  const { id } = await admin.expectOk<{ id: string }>('POST', '/api/linkage/runs', { train: true });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const run = await admin.expectOk<LinkageRunAnswer>('GET', `/api/linkage/runs/${id}`);
    if (run.status === 'failed') throw new Error(`linkage run failed: ${run.error}`);
    if (run.status === 'completed') return run;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('linkage run did not end in two minutes');
}

/**
 * Confirms every pending pair that joins two records of one synthetic person (and no other),
 * so each is one person across the lists. Resolves to how many pairs were confirmed.
 */
export async function confirmSamePersonPairs(admin: ApiSession, recorded: readonly RecordIds[]): Promise<number> {
  const owner = new Map<string, number>();
  recorded.forEach((ids, index) => Object.values(ids).forEach((id) => owner.set(id, index)));
  const toConfirm: string[] = [];
  for (let page = 1; ; page += 1) {
    const answer = await admin.expectOk<{ items: Array<{ id: string; left: { personId: string }; right: { personId: string } }>; total: number }>('GET', `/api/linkage/candidates?status=pending&page=${page}&pageSize=100`);
    for (const candidate of answer.items) {
      const left = owner.get(candidate.left.personId);
      if (left !== undefined && left === owner.get(candidate.right.personId)) toConfirm.push(candidate.id);
    }
    if (page * 100 >= answer.total) break;
  }
  for (const id of toConfirm) await admin.expectOk('POST', `/api/linkage/candidates/${id}/confirm`);
  return toConfirm.length;
}

/** A day `days` before today, as YYYY-MM-DD (in the server's and the browser's UTC-free sense of a date). */
export function daysAgo(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() - days);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
