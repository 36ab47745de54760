import type { ExploitationPurpose, ExploitationSector, ExploitationType, ForcedLabourIndicator, RecruitmentMethod, RepatriationChannel, TraffickingAct, TraffickingMeans } from '@ctip/contracts';
import type { Random } from './random';

/**
 * The patterns of trafficking the seeds describe, as recipes for synthetic cases: who is
 * trafficked (nationality, sex, age), from where, by what recruitment and route, into what
 * exploitation, and how they come home. Every case the factories build follows one.
 */
export const SCENARIO_NAMES = ['scam_compound_preah_sihanouk', 'fishing_thailand', 'forced_marriage_china', 'begging_vietnam', 'sexual_exploitation_cities'] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

/** A leg of the route, before dates are set. */
export interface ScenarioLeg {
  role: 'origin' | 'transit' | 'destination';
  countryCode: string;
  provinceCode: string | null;
  place: string | null;
}

/** What a scenario decides about one person and their case. */
export interface ScenarioDraw {
  nationality: string;
  sex: 'female' | 'male';
  age: number;
  /** Cambodian home province (null for foreigners). */
  homeProvince: string | null;
  exploitationTypes: ExploitationType[];
  sectors: ExploitationSector[];
  recruitment: { method: RecruitmentMethod; promise: string; promisedMonthlySalaryUsd: number | null; debtUsd: number | null; documentsTaken: boolean };
  legs: ScenarioLeg[];
  screening: { acts: TraffickingAct[]; means: TraffickingMeans[]; purposes: ExploitationPurpose[]; indicators: ForcedLabourIndicator[]; forcedCriminality: boolean; summary: string };
  /** The return home, when there is one. */
  repatriation: { fromCountry: string; toCountry: string; channel: RepatriationChannel; receivedBy: string } | null;
  /** Which demo organisation usually owns such a case. */
  owner: 'shelter' | 'social';
  /** Months between the start of the exploitation and identification. */
  monthsExploited: number;
}

const weighted = <T>(random: Random, entries: ReadonlyArray<readonly [T, number]>): T => {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let draw = random.next() * total;
  for (const [value, weight] of entries) {
    draw -= weight;
    if (draw < 0) return value;
  }
  return entries[entries.length - 1]![0];
};

/** Some of a list, at least one, in its order. */
const some = <T>(random: Random, items: readonly T[], probability: number): T[] => {
  const chosen = items.filter(() => random.chance(probability));
  return chosen.length > 0 ? chosen : [items[0]!];
};

/** Rural provinces that send the most migrants (Prey Veng, Svay Rieng, Kampong Cham, Takeo, Banteay Meanchey, Battambang, Kampong Thom, Tbong Khmum). */
const SENDING_PROVINCES = ['KH-14', 'KH-20', 'KH-3', 'KH-21', 'KH-1', 'KH-2', 'KH-6', 'KH-25'] as const;

const draws: Record<ScenarioName, (random: Random) => ScenarioDraw> = {
  // Online-scam compounds in Preah Sihanouk: Cambodians and foreigners lured by job offers on social media and forced to defraud strangers.
  scam_compound_preah_sihanouk: (random) => {
    const nationality = weighted(random, [['KH', 40], ['CN', 20], ['VN', 15], ['ID', 15], ['TH', 10]] as const);
    const foreign = nationality !== 'KH';
    return {
      nationality,
      sex: random.chance(0.65) ? 'male' : 'female',
      age: random.int(18, 35),
      homeProvince: foreign ? null : random.pick(['KH-3', 'KH-14', 'KH-21', 'KH-8', 'KH-2', 'KH-17', 'KH-12']),
      exploitationTypes: random.chance(0.2) ? ['forced_criminality', 'debt_bondage'] : ['forced_criminality'],
      sectors: ['scam_compound'],
      recruitment: {
        method: random.chance(0.8) ? 'social_media_job_offer' : 'broker',
        promise: random.pick(['Customer service job in Sihanoukville', 'Online marketing job with free housing', 'Casino hotel receptionist, 1,200 USD a month', 'Data entry work, visa arranged']),
        promisedMonthlySalaryUsd: random.int(8, 20) * 100,
        debtUsd: random.chance(0.4) ? random.int(10, 50) * 100 : null,
        documentsTaken: random.chance(0.85),
      },
      legs: [
        { role: 'origin', countryCode: nationality, provinceCode: null, place: foreign ? random.pick({ CN: ['Fujian', 'Guangxi', 'Yunnan'], VN: ['Hanoi', 'An Giang'], ID: ['Jakarta', 'Medan'], TH: ['Bangkok', 'Chiang Rai'] }[nationality] ?? ['']) : null },
        ...(foreign ? [{ role: 'transit' as const, countryCode: 'KH', provinceCode: 'KH-12', place: 'Phnom Penh International Airport' }] : []),
        { role: 'destination', countryCode: 'KH', provinceCode: 'KH-18', place: 'Sihanoukville' },
      ],
      screening: {
        acts: some(random, ['recruitment', 'transport', 'harbouring'] as const, 0.7),
        means: some(random, ['deception', 'threat_or_use_of_force', 'abuse_of_vulnerability'] as const, 0.6),
        purposes: ['forced_labour_or_services'],
        indicators: some(random, ['deception', 'restriction_of_movement', 'retention_of_identity_documents', 'physical_and_sexual_violence', 'intimidation_and_threats', 'withholding_of_wages', 'excessive_overtime', 'debt_bondage'] as const, 0.55),
        forcedCriminality: true,
        summary: 'Held in a compound and made to run online scams under threat; rescued in a raid.',
      },
      repatriation: foreign ? { fromCountry: 'KH', toCountry: nationality, channel: weighted(random, [['iom_assisted', 3], ['government_to_government', 2], ['ngo', 1]] as const), receivedBy: 'Receiving authorities at the airport' } : null,
      owner: random.chance(0.7) ? 'social' : 'shelter',
      monthsExploited: random.int(1, 10),
    };
  },
  // Cambodian men on Thai fishing boats, recruited by brokers and held by debt.
  fishing_thailand: (random) => ({
    nationality: 'KH',
    sex: 'male',
    age: random.int(18, 45),
    homeProvince: random.pick(SENDING_PROVINCES),
    exploitationTypes: random.chance(0.4) ? ['forced_labour', 'debt_bondage'] : ['forced_labour'],
    sectors: ['fishing'],
    recruitment: {
      method: random.chance(0.8) ? 'broker' : 'relative_or_acquaintance',
      promise: random.pick(['Construction work in Thailand', 'Factory job in Rayong', 'Fishing work at 300 USD a month']),
      promisedMonthlySalaryUsd: random.int(2, 4) * 100,
      debtUsd: random.int(2, 8) * 100,
      documentsTaken: random.chance(0.7),
    },
    legs: [
      { role: 'origin', countryCode: 'KH', provinceCode: null, place: null },
      { role: 'transit', countryCode: 'KH', provinceCode: 'KH-1', place: 'Poipet' },
      { role: 'destination', countryCode: 'TH', provinceCode: null, place: random.pick(['Samut Sakhon', 'Songkhla', 'Pattani', 'Ranong']) },
    ],
    screening: {
      acts: some(random, ['recruitment', 'transport', 'transfer'] as const, 0.7),
      means: some(random, ['deception', 'abuse_of_vulnerability', 'threat_or_use_of_force'] as const, 0.6),
      purposes: ['forced_labour_or_services'],
      indicators: some(random, ['debt_bondage', 'withholding_of_wages', 'excessive_overtime', 'isolation', 'retention_of_identity_documents', 'physical_and_sexual_violence', 'abusive_working_and_living_conditions'] as const, 0.6),
      forcedCriminality: false,
      summary: 'Worked at sea for months without pay to repay a broker’s fee; escaped in port.',
    },
    repatriation: { fromCountry: 'TH', toCountry: 'KH', channel: 'government_to_government', receivedBy: 'Poipet Transit Centre' },
    owner: random.chance(0.6) ? 'shelter' : 'social',
    monthsExploited: random.int(3, 36),
  }),
  // Cambodian women and girls married off in China through brokers.
  forced_marriage_china: (random) => ({
    nationality: 'KH',
    sex: 'female',
    age: random.chance(0.15) ? random.int(15, 17) : random.int(18, 28),
    homeProvince: random.pick(['KH-3', 'KH-4', 'KH-14', 'KH-20', 'KH-25', 'KH-21']),
    exploitationTypes: random.chance(0.2) ? ['forced_marriage', 'domestic_servitude'] : ['forced_marriage'],
    sectors: random.chance(0.3) ? ['domestic_work'] : [],
    recruitment: {
      method: 'marriage_broker',
      promise: random.pick(['Marriage to a wealthy husband in China', 'Factory job in China', 'A better life abroad for her family']),
      promisedMonthlySalaryUsd: null,
      debtUsd: random.chance(0.3) ? random.int(5, 30) * 100 : null,
      documentsTaken: random.chance(0.6),
    },
    legs: [
      { role: 'origin', countryCode: 'KH', provinceCode: null, place: null },
      { role: 'transit', countryCode: 'KH', provinceCode: 'KH-12', place: 'Phnom Penh International Airport' },
      { role: 'destination', countryCode: 'CN', provinceCode: null, place: random.pick(['Henan', 'Jiangsu', 'Anhui', 'Shandong']) },
    ],
    screening: {
      acts: some(random, ['recruitment', 'transport', 'transfer', 'receipt'] as const, 0.6),
      means: some(random, ['deception', 'payments_to_person_in_control', 'abuse_of_vulnerability'] as const, 0.6),
      purposes: ['servitude'],
      indicators: some(random, ['deception', 'isolation', 'restriction_of_movement', 'retention_of_identity_documents', 'physical_and_sexual_violence'] as const, 0.5),
      forcedCriminality: false,
      summary: 'Married through a broker to a man she had never met; kept at his family’s house.',
    },
    repatriation: { fromCountry: 'CN', toCountry: 'KH', channel: random.chance(0.6) ? 'government_to_government' : 'ngo', receivedBy: 'Ministry of Social Affairs reception at the airport' },
    owner: random.chance(0.6) ? 'shelter' : 'social',
    monthsExploited: random.int(2, 30),
  }),
  // Cambodian children begging in Vietnam's cities, taken by relatives or acquaintances.
  begging_vietnam: (random) => ({
    nationality: 'KH',
    sex: random.chance(0.5) ? 'female' : 'male',
    age: random.int(6, 15),
    homeProvince: random.pick(['KH-20', 'KH-14', 'KH-21', 'KH-3']),
    exploitationTypes: ['begging_and_street_selling'],
    sectors: ['begging'],
    recruitment: { method: 'relative_or_acquaintance', promise: random.pick(['Selling sweets in Ho Chi Minh City', 'A few months of work to help the family']), promisedMonthlySalaryUsd: null, debtUsd: null, documentsTaken: false },
    legs: [
      { role: 'origin', countryCode: 'KH', provinceCode: null, place: null },
      { role: 'transit', countryCode: 'KH', provinceCode: 'KH-20', place: 'Bavet' },
      { role: 'destination', countryCode: 'VN', provinceCode: null, place: 'Ho Chi Minh City' },
    ],
    screening: {
      acts: some(random, ['recruitment', 'transport', 'harbouring'] as const, 0.6),
      means: random.chance(0.5) ? ['abuse_of_vulnerability'] : [],
      purposes: ['forced_labour_or_services'],
      indicators: some(random, ['abuse_of_vulnerability', 'withholding_of_wages', 'abusive_working_and_living_conditions', 'excessive_overtime'] as const, 0.5),
      forcedCriminality: false,
      summary: 'Made to beg in the streets every day and hand over the money.',
    },
    repatriation: { fromCountry: 'VN', toCountry: 'KH', channel: 'government_to_government', receivedBy: 'Bavet border reception' },
    owner: random.chance(0.5) ? 'shelter' : 'social',
    monthsExploited: random.int(1, 12),
  }),
  // Sexual exploitation in karaoke bars, beer gardens and guesthouses of Phnom Penh and Siem Reap.
  sexual_exploitation_cities: (random) => {
    const nationality = random.chance(0.85) ? 'KH' : 'VN';
    const city = random.chance(0.6) ? { provinceCode: 'KH-12', place: 'Phnom Penh' } : { provinceCode: 'KH-17', place: 'Siem Reap' };
    return {
      nationality,
      sex: random.chance(0.92) ? 'female' : 'male',
      age: random.chance(0.3) ? random.int(14, 17) : random.int(18, 30),
      homeProvince: nationality === 'KH' ? random.pick(['KH-5', 'KH-8', 'KH-6', 'KH-3', 'KH-14', 'KH-17', 'KH-2']) : null,
      exploitationTypes: ['sexual_exploitation'],
      sectors: [weighted(random, [['entertainment', 7], ['tourism', 2]] as const)],
      recruitment: {
        method: weighted(random, [['relative_or_acquaintance', 4], ['broker', 3], ['social_media_job_offer', 3]] as const),
        promise: random.pick(['Waitress job in a restaurant', 'Work in a beer garden', 'Hotel cleaning job']),
        promisedMonthlySalaryUsd: random.int(15, 30) * 10,
        debtUsd: random.chance(0.5) ? random.int(1, 10) * 100 : null,
        documentsTaken: random.chance(0.3),
      },
      legs: [
        { role: 'origin', countryCode: nationality, provinceCode: null, place: nationality === 'VN' ? 'An Giang' : null },
        { role: 'destination', countryCode: 'KH', ...city },
      ],
      screening: {
        acts: some(random, ['recruitment', 'transport', 'harbouring', 'receipt'] as const, 0.6),
        means: some(random, ['deception', 'abuse_of_vulnerability', 'payments_to_person_in_control'] as const, 0.5),
        purposes: ['sexual_exploitation'],
        indicators: some(random, ['deception', 'debt_bondage', 'restriction_of_movement', 'physical_and_sexual_violence', 'intimidation_and_threats'] as const, 0.5),
        forcedCriminality: false,
        summary: 'Made to serve and sleep with customers to repay an advance.',
      },
      repatriation: nationality === 'VN' ? { fromCountry: 'KH', toCountry: 'VN', channel: 'ngo', receivedBy: 'Vietnamese reception at Bavet' } : null,
      owner: random.chance(0.7) ? 'shelter' : 'social',
      monthsExploited: random.int(1, 18),
    };
  },
};

/** How often each pattern occurs in the synthetic data (scam compounds lead, as in recent years). */
const SCENARIO_WEIGHTS: ReadonlyArray<readonly [ScenarioName, number]> = [
  ['scam_compound_preah_sihanouk', 30],
  ['fishing_thailand', 20],
  ['forced_marriage_china', 17],
  ['begging_vietnam', 13],
  ['sexual_exploitation_cities', 20],
];

/** Draws the facts of one case of a scenario (any scenario, by weight, when none is named). */
export function drawScenario(random: Random, scenario?: ScenarioName): { scenario: ScenarioName; draw: ScenarioDraw } {
  const name = scenario ?? weighted(random, SCENARIO_WEIGHTS);
  return { scenario: name, draw: draws[name](random) };
}
