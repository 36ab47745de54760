import type {
  CaseStage,
  ClosureReason,
  ConsentKind,
  ConsentMethod,
  ExploitationSector,
  ExploitationType,
  PersonInput,
  Recruitment,
  RepatriationEntry,
  RouteLeg,
  ScreeningInput,
  ServiceType,
} from '@ctip/contracts';
import { ageOn } from '../modules/persons/person-record';
import { createRandom, type Random } from './random';
import { buildNames, languagesOf } from './survivor-names';
import { drawScenario, type ScenarioDraw, type ScenarioName } from './survivor-scenarios';

/** The demo organisations that own cases or receive referrals, by key (seed/demo-data.ts). */
export type CaseOrganisationKey = 'shelter' | 'social' | 'hotline' | 'police' | 'embassy';

/** Everything about one synthetic survivor and their case, in the order it happened. */
export interface SurvivorCaseGraph {
  scenario: ScenarioName;
  owner: 'shelter' | 'social';
  person: PersonInput;
  screening: ScreeningInput;
  openedOn: string;
  isChild: boolean;
  exploitationTypes: ExploitationType[];
  sectors: ExploitationSector[];
  recruitment: Recruitment;
  routeLegs: RouteLeg[];
  identification: { status: 'presumptive' | 'formal'; authority: string | null; date: string | null };
  nonPunishment: boolean;
  guardian: { name: string; relationship: string; contact: string } | null;
  bestInterest: { decidedOn: string; decidedBy: string; summary: string } | null;
  externalIds: { mosvyCaseNumber: string | null; primeroId: string | null; oscarId: string | null };
  consents: Array<{ kind: ConsentKind; recipient: CaseOrganisationKey | null; recipientCountry: string | null; method: ConsentMethod; givenOn: string; note: string }>;
  repatriation: (RepatriationEntry & { occurredOn: string }) | null;
  /** Stage moves after "identified", each dated, in order. */
  moves: Array<{ to: CaseStage; on: string; reason: string; closureReason: ClosureReason | null }>;
  referrals: Array<{ to: CaseOrganisationKey; service: ServiceType; on: string; answer: 'accepted' | 'declined' | 'pending'; note: string }>;
}

/** Options of {@link buildSurvivorCase}. */
export interface SurvivorCaseOptions {
  /** Today (YYYY-MM-DD): nothing is dated after it. */
  today: string;
  scenario?: ScenarioName;
  /** A number unique within the data set, for the legacy systems' identifiers. */
  sequence?: number;
  /** How far back identifications go, in days (default four years). */
  historyDays?: number;
}

const DAY = 86_400_000;
export const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
const monthsBefore = (date: string, months: number) => {
  const [year, month] = date.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) - months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};

const REASONS: Record<CaseStage, readonly string[]> = {
  identified: ['Identified'],
  in_care: ['Admitted to the shelter for care and recovery', 'Placed in care; medical check done', 'Receiving care while the case is assessed'],
  repatriation: ['Travel documents ready; return arranged with the receiving side', 'Repatriation agreed by both governments'],
  family_tracing: ['Back in Cambodia; tracing and assessing the family', 'Family found; home assessment under way'],
  reintegration: ['Family assessed as safe; reintegration plan agreed', 'Returned to the family with a vocational training plan'],
  follow_up: ['Reintegrated; follow-up visits scheduled', 'Living with family; follow-up begins'],
  closed: ['Stable after a year of follow-up', 'Case closed'],
};
const VILLAGES = ['Phum Thmei', 'Trapeang Veng', 'Kouk Trach', 'Chamkar Leu', 'Prey Chhor', 'Ta Kream', 'Svay Chrum'] as const;
const COMMUNES = ['Sangkat Muoy', 'Khum Kampong Luong', 'Khum Prey Kabbas', 'Khum Chrey', 'Sangkat Veal Vong'] as const;
const GUARDIANS = [['mother', 'ម្តាយ'], ['father', 'ឪពុក'], ['grandmother', 'យាយ'], ['aunt', 'មីង']] as const;

/** A birth as a register would hold it: sometimes the day, often only the year, or an estimated age. */
function birthOf(random: Random, age: number, openedOn: string): PersonInput['birth'] {
  const year = Number(openedOn.slice(0, 4)) - age - (random.chance(0.5) ? 1 : 0);
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  const precision = random.next();
  if (precision < 0.3) return { precision: 'day', date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
  if (precision < 0.45) return { precision: 'month', date: `${year}-${String(month).padStart(2, '0')}` };
  if (precision < 0.8) return { precision: 'year', date: String(year) };
  return { precision: 'age', age, ageAt: openedOn };
}

/**
 * A synthetic survivor as the person record would hold them (names in their scripts, a partial
 * date of birth, documents and contacts for some), for a scenario's draw or a random one.
 */
export function buildSurvivorPerson(random: Random = createRandom(1), options: { draw?: ScenarioDraw; openedOn?: string } = {}, overrides: Partial<PersonInput> = {}): PersonInput {
  const draw = options.draw ?? drawScenario(random).draw;
  const openedOn = options.openedOn ?? '2025-06-01';
  const hasHomeDetail = draw.homeProvince !== null && random.chance(0.5);
  const documents: PersonInput['documents'] = [];
  if (draw.nationality === 'KH' && draw.age >= 18 && random.chance(0.35)) documents.push({ type: 'national_id', number: String(random.int(100_000_000, 999_999_999)), issuingCountry: 'KH', heldByOthers: draw.recruitment.documentsTaken });
  if (draw.nationality !== 'KH' && random.chance(0.6)) documents.push({ type: 'passport', number: `${String.fromCharCode(65 + random.int(0, 25))}${random.int(1_000_000, 9_999_999)}`, issuingCountry: draw.nationality, heldByOthers: draw.recruitment.documentsTaken });
  const contacts: PersonInput['contacts'] = draw.nationality === 'KH' && random.chance(0.4) ? [{ kind: 'phone', value: `+855 ${random.pick(['10', '12', '15', '16', '70', '77', '92', '96'])} ${random.int(100, 999)} ${random.int(100, 999)}`, note: null }] : [];
  return {
    names: buildNames(random, draw.nationality, draw.sex),
    sex: draw.sex,
    birth: birthOf(random, draw.age, openedOn),
    nationalities: [draw.nationality],
    languages: languagesOf(draw.nationality),
    home: { provinceCode: draw.homeProvince, ...(hasHomeDetail ? { commune: random.pick(COMMUNES), village: random.pick(VILLAGES) } : {}) },
    documents,
    contacts,
    ...overrides,
  };
}

/** Which stages a case goes through, in order, given its story. */
function pathOf(draw: ScenarioDraw): CaseStage[] {
  if (draw.repatriation && draw.repatriation.toCountry !== 'KH') return ['in_care', 'repatriation', 'closed'];
  return ['in_care', ...(draw.repatriation ? (['repatriation'] as const) : []), 'family_tracing', 'reintegration', 'follow_up', 'closed'];
}

/**
 * Builds one synthetic survivor case, consistent from start to end: a person identified in the
 * last few years, screened (the screening meets the legal definition), a case whose stage moves
 * follow the stage rules (a repatriation only once its record, the consent to share with the
 * receiving country and, for a child, a guardian and best-interest determination exist),
 * consents given before the sharing they allow, and referrals between the demo organisations.
 * The same seed builds the same case.
 */
export function buildSurvivorCase(random: Random, options: SurvivorCaseOptions): SurvivorCaseGraph {
  const { scenario, draw } = drawScenario(random, options.scenario);
  const historyDays = options.historyDays ?? 4 * 365;
  const openedOn = addDays(options.today, -random.int(1, historyDays));
  const available = daysBetween(openedOn, options.today);
  const person = buildSurvivorPerson(random, { draw, openedOn });
  const actDate = monthsBefore(openedOn, draw.monthsExploited);
  // A child then or now, computed as the screening and the case compute it: a child at the act needs a guardian too.
  const storedBirth = person.birth ? { precision: person.birth.precision, date: person.birth.precision === 'age' ? null : person.birth.date, age: person.birth.precision === 'age' ? person.birth.age : null, ageAt: person.birth.precision === 'age' ? person.birth.ageAt : null } : null;
  const isChild = (ageOn(storedBirth, `${actDate}-15`) ?? 99) < 18 || (ageOn(storedBirth, openedOn) ?? 99) < 18;
  const sequence = options.sequence ?? random.int(1, 99_999);

  // How far the case has come: older cases further along, every move at least a few days after the last.
  let path = pathOf(draw);
  if (random.chance(0.08)) path = ['in_care', 'closed'];
  const reachable = Math.min(path.length, Math.floor(available / 12));
  const target = reachable === 0 ? 0 : Math.min(reachable, Math.max(0, Math.round(random.next() * (reachable + 0.6))));
  const stages = path.slice(0, target);
  const gaps = stages.map(() => 1 + random.next() * 3);
  const scale = (available - 1) / Math.max(gaps.reduce((sum, gap) => sum + gap, 0), 1);
  let day = 0;
  const moves: SurvivorCaseGraph['moves'] = stages.map((to, index) => {
    day = Math.max(day + 1, Math.round(day + gaps[index]! * Math.min(scale, 45)));
    const closureReason: ClosureReason | null = to !== 'closed' ? null : path.length === 2 ? random.pick(['lost_contact', 'declined_services'] as const) : path.includes('family_tracing') ? 'reintegrated' : 'transferred_elsewhere';
    return { to, on: addDays(openedOn, Math.min(day, available)), reason: random.pick(REASONS[to]), closureReason };
  });
  const moveOn = (stage: CaseStage) => moves.find((move) => move.to === stage)?.on ?? null;

  const consents: SurvivorCaseGraph['consents'] = [];
  const method: ConsentMethod = isChild ? 'guardian' : random.pick(['written', 'written', 'thumbprint', 'verbal_witnessed'] as const);
  if (random.chance(0.95)) consents.push({ kind: 'data_recording', recipient: null, recipientCountry: null, method, givenOn: openedOn, note: '' });
  if (random.chance(0.3)) consents.push({ kind: 'photos', recipient: null, recipientCountry: null, method, givenOn: openedOn, note: '' });
  if (person.contacts.length > 0 && random.chance(0.6)) consents.push({ kind: 'telephone_contact', recipient: null, recipientCountry: null, method, givenOn: openedOn, note: '' });

  // A repatriation record, and the consent to share with the receiving country, before the move to repatriation.
  let repatriation: SurvivorCaseGraph['repatriation'] = null;
  const repatriatedOn = moveOn('repatriation');
  if (draw.repatriation && (repatriatedOn || random.chance(0.3))) {
    const planned = repatriatedOn ? addDays(repatriatedOn, -Math.min(3, daysBetween(openedOn, repatriatedOn))) : addDays(openedOn, Math.min(5, available - 1));
    const next = moves[moves.findIndex((move) => move.to === 'repatriation') + 1]?.on ?? null;
    const departedOn = repatriatedOn && next ? addDays(next, -Math.min(2, daysBetween(repatriatedOn, next))) : null;
    repatriation = { ...draw.repatriation, agreementId: null, departedOn, arrivedOn: departedOn, note: '', occurredOn: planned };
    consents.push({ kind: 'share_for_repatriation', recipient: null, recipientCountry: draw.repatriation.toCountry, method, givenOn: planned, note: '' });
  }

  const guardianName = random.pick(GUARDIANS);
  const guardian = isChild ? { name: `${guardianName[1]} (${guardianName[0]})`, relationship: guardianName[0], contact: '' } : null;
  const bestInterest = isChild ? { decidedOn: addDays(openedOn, Math.min(7, available - 1)), decidedBy: 'Case conference, Provincial Department of Social Affairs', summary: 'Return to the family judged to be in the child’s best interest after a home assessment.' } : null;

  // Referrals: to the other demo organisation that keeps cases, or to the embassy for its nationals' return.
  const referrals: SurvivorCaseGraph['referrals'] = [];
  const answer = () => (random.chance(0.75) ? 'accepted' : random.chance(0.5) ? 'declined' : 'pending') as 'accepted' | 'declined' | 'pending';
  if (draw.nationality === 'ID' && draw.repatriation && available > 4) {
    referrals.push({ to: 'embassy', service: 'repatriation', on: addDays(openedOn, Math.min(4, available - 1)), answer: answer(), note: 'Travel documents and return to Indonesia' });
  }
  if (random.chance(0.3) && available > 3) {
    const to = draw.owner === 'shelter' ? 'social' : 'shelter';
    const service: ServiceType = random.pick(to === 'shelter' ? (['shelter', 'psychosocial', 'vocational_training'] as const) : (['legal_aid', 'family_reunification', 'psychosocial'] as const));
    referrals.push({ to, service, on: addDays(openedOn, random.int(2, Math.max(2, Math.min(60, available - 1)))), answer: answer(), note: 'Referred for services' });
  }
  for (const referral of referrals) consents.push({ kind: 'share_with_organisation', recipient: referral.to, recipientCountry: null, method, givenOn: addDays(referral.on, daysBetween(openedOn, referral.on) > 0 ? -1 : 0), note: '' });

  const formal = available > 40 && random.chance(0.4);
  const year = openedOn.slice(0, 4);
  const owner = draw.owner;
  return {
    scenario,
    owner,
    person,
    screening: {
      screenedOn: openedOn,
      actDate,
      ageAtAct: null,
      acts: draw.screening.acts.map((code) => ({ code, evidence: '' })),
      means: draw.screening.means.map((code) => ({ code, evidence: '' })),
      purposes: draw.screening.purposes.map((code) => ({ code, evidence: '' })),
      indicators: draw.screening.indicators.map((code) => ({ code, evidence: '' })),
      forcedCriminality: draw.screening.forcedCriminality,
      summary: draw.screening.summary,
    },
    openedOn,
    isChild,
    exploitationTypes: draw.exploitationTypes,
    sectors: draw.sectors,
    recruitment: { ...draw.recruitment, recruitedOn: `${monthsBefore(openedOn, draw.monthsExploited + 1)}-${String(random.int(1, 28)).padStart(2, '0')}` },
    routeLegs: draw.legs.map((leg) => ({ ...leg, provinceCode: leg.role === 'origin' && leg.countryCode === 'KH' ? draw.homeProvince : leg.provinceCode, arrivedOn: null, leftOn: null })),
    identification: formal ? { status: 'formal', authority: 'Ministry of the Interior (Anti-Human Trafficking and Juvenile Protection Department)', date: addDays(openedOn, random.int(14, 40)) } : { status: 'presumptive', authority: null, date: null },
    nonPunishment: draw.screening.forcedCriminality,
    guardian,
    bestInterest,
    externalIds: {
      mosvyCaseNumber: random.chance(0.4) ? `MOSVY-${year}-${String(sequence).padStart(5, '0')}` : null,
      primeroId: random.chance(0.2) ? `PRM-${String(sequence).padStart(6, '0')}` : null,
      oscarId: owner === 'shelter' && random.chance(0.3) ? `OSC-${String(sequence).padStart(6, '0')}` : null,
    },
    consents,
    repatriation,
    moves,
    referrals,
  };
}

/** Several cases from one seed: the same seed and options always build the same set. */
export function buildSurvivorCases(seed: number, count: number, options: Omit<SurvivorCaseOptions, 'sequence'>): SurvivorCaseGraph[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, (_, index) => buildSurvivorCase(random, { ...options, sequence: index + 1 }));
}
