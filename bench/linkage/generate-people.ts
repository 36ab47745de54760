import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { createRandom, foldDiacritics, romaniseKhmer } from '../../packages/linkage/src/index';
import {
  chineseFamilyNames, chineseGivenCharacters, khmerFamilyNames, khmerGivenNames, provinceSpellings,
  vietnameseFamilyNames, vietnameseGivenNames, vietnameseMiddleNames,
} from './people-pools';

/** A generated person record; `entity` is the truth and must be removed before linkage. */
export interface GeneratedPerson {
  id: string;
  entity: string;
  name: string;
  birthDate: string;
  sex: string;
  nationality: string;
  province: string;
}

const onsets = ['ក', 'ខ', 'គ', 'ច', 'ជ', 'ឈ', 'ដ', 'ត', 'ថ', 'ទ', 'ធ', 'ន', 'ប', 'ព', 'ភ', 'ម', 'យ', 'រ', 'ល', 'វ', 'ស', 'ហ', 'អ', 'ស្រ', 'ព្រ', 'ក្រ', 'ច្រ', 'ស្វ', 'ភ្ន', 'ថ្ល'];
const vowels = ['ា', 'ិ', 'ី', 'ុ', 'ូ', 'ួ', 'េ', 'ែ', 'ៃ', 'ោ', 'ៅ', 'ៀ', 'ើ', 'ា', 'ុ', 'េ'];
const finals = ['', '', '', 'ក', 'ង', 'ញ', 'ត', 'ន', 'ប', 'ម', 'យ', 'ល', 'វ', 'ស', 'ន់', 'ត់', 'ង់'];

/** Common ad-hoc respellings of romanised Khmer (NAMES.md): each applied now and then. */
const respellings: Array<[RegExp, string]> = [
  [/ea/, 'ia'], [/ie/, 'ea'], [/ou/, 'o'], [/o(?=[^u]|$)/, 'ou'], [/ey$/, 'ei'], [/ei$/, 'ey'], [/ai/, 'ay'],
  [/([aeiou])$/, '$1h'], [/([aeiou])$/, '$1r'], [/([nl])$/, '$1$1'], [/ch/, 'j'], [/v/, 'w'], [/k/, 'g'],
];

function capitalise(word: string): string {
  return word.replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

/**
 * Makes Cambodian-style people: Khmer names in Khmer script and in Latin spellings (pool names and
 * synthetic ones romanised by the engine), Sino-Khmer names in characters or Teochew / Mandarin
 * spellings, Vietnamese names with or without diacritics; dates of birth known to the day, month
 * or year; duplicates carrying realistic errors — respellings, typos, swapped name order, merged or
 * split tokens, missing or coarser dates, digit typos, day/month swaps, a year off, another
 * province, missing values. About `duplicateShare` of the records are duplicates.
 */
export function generatePeople(options: { records: number; seed?: number; duplicateShare?: number }): GeneratedPerson[] {
  const random = createRandom(options.seed ?? 7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  // Zipf-like choice: a few names are very common, as in real lists.
  const pickCommon = <T>(list: readonly T[]): T => list[Math.min(list.length - 1, Math.floor(list.length * random() ** 1.5))]!;
  const chance = (probability: number) => random() < probability;
  const syntheticKhmer = () => {
    const syllables = chance(0.5) ? 1 : 2;
    let word = '';
    for (let index = 0; index < syllables; index++) word += pick(onsets) + pick(vowels) + (index === syllables - 1 ? pick(finals) : '');
    return word;
  };
  const latinOfKhmer = (word: string) => capitalise(foldDiacritics(romaniseKhmer(word)));
  const respell = (latin: string) => {
    const [pattern, replacement] = pick(respellings);
    return latin.toLowerCase().replace(pattern, replacement).replace(/^\p{L}/u, (letter) => letter.toUpperCase());
  };
  const typo = (text: string) => {
    if (text.length < 3) return text;
    const at = 1 + Math.floor(random() * (text.length - 2));
    const letters = 'abcdefghijklmnoprstuvy';
    switch (Math.floor(random() * 4)) {
      case 0: return text.slice(0, at) + text.slice(at + 1);
      case 1: return text.slice(0, at) + pick([...letters]) + text.slice(at);
      case 2: return text.slice(0, at) + pick([...letters]) + text.slice(at + 1);
      default: return text.slice(0, at - 1) + text[at] + text[at - 1] + text.slice(at + 1);
    }
  };

  interface Entity {
    family: { khmer?: string; latin: string[]; han?: string };
    given: Array<{ khmer?: string; latin: string[] }>;
    hanGiven?: string;
    vietnamese?: string;
    birth: [number, number, number];
    sex: string;
    nationality: string;
    province: number;
  }

  const makeEntity = (): Entity => {
    const origin = random();
    const year = 1950 + Math.floor(62 * random() ** 0.7);
    const birth: [number, number, number] = [year, 1 + Math.floor(random() * 12), 1 + Math.floor(random() * 28)];
    const sex = chance(0.5) ? 'F' : 'M';
    const province = Math.floor(random() * provinceSpellings.length);
    const khmerGiven = () => {
      if (chance(0.55)) {
        const [khmer, ...latin] = pickCommon(khmerGivenNames);
        return { khmer, latin };
      }
      const khmer = syntheticKhmer();
      const latin = latinOfKhmer(khmer);
      return { khmer, latin: [latin, respell(latin)] };
    };
    if (origin < 0.07) {
      const family = pickCommon(vietnameseFamilyNames);
      const name = `${family} ${pick(vietnameseMiddleNames)} ${pick(vietnameseGivenNames)}`;
      return { family: { latin: [family] }, given: [], vietnamese: name, birth, sex, nationality: chance(0.7) ? 'VN' : 'KH', province };
    }
    const given = [khmerGiven(), ...(chance(0.2) ? [khmerGiven()] : [])];
    if (origin < 0.15) {
      const [han, ...latin] = pickCommon(chineseFamilyNames);
      const hanGiven = pick(chineseGivenCharacters) + (chance(0.6) ? pick(chineseGivenCharacters) : '');
      return { family: { han, latin }, given, hanGiven, birth, sex, nationality: chance(0.2) ? 'CN' : 'KH', province };
    }
    if (chance(0.8)) {
      const [khmer, ...latin] = pickCommon(khmerFamilyNames);
      return { family: { khmer, latin }, given, birth, sex, nationality: 'KH', province };
    }
    const khmer = syntheticKhmer();
    const latin = latinOfKhmer(khmer);
    return { family: { khmer, latin: [latin, respell(latin)] }, given, birth, sex, nationality: 'KH', province };
  };

  const nameOf = (entity: Entity, isDuplicate: boolean): string => {
    if (entity.vietnamese) {
      let name = chance(0.6) ? entity.vietnamese : foldDiacritics(entity.vietnamese).replace(/\b\p{L}/gu, (letter) => letter.toUpperCase());
      if (isDuplicate && chance(0.3)) name = name.split(' ').reverse().join(' ');
      if (isDuplicate && chance(0.15)) name = typo(name);
      return name;
    }
    const latinWord = (options: string[]) => {
      let word = chance(0.75) ? options[0]! : pick(options);
      if (isDuplicate && chance(0.12)) word = respell(word);
      if (isDuplicate && chance(0.1)) word = typo(word);
      return word;
    };
    const hasKhmer = entity.family.khmer !== undefined && entity.given.every((part) => part.khmer !== undefined);
    const style = random();
    if (entity.family.han && entity.hanGiven && style < 0.08) return entity.family.han + entity.hanGiven;
    const khmerText = hasKhmer ? `${entity.family.khmer} ${entity.given.map((part) => part.khmer).join('')}` : '';
    let givenLatin = entity.given.map((part) => latinWord(part.latin)).join(' ');
    if (isDuplicate && entity.given.length > 1 && chance(0.25)) givenLatin = givenLatin.replace(' ', '');
    if (isDuplicate && !givenLatin.includes(' ') && givenLatin.length > 6 && chance(0.08)) {
      const cut = 2 + Math.floor(random() * (givenLatin.length - 4));
      givenLatin = `${givenLatin.slice(0, cut)} ${capitalise(givenLatin.slice(cut))}`;
    }
    const familyLatin = latinWord(entity.family.latin);
    const latin = chance(isDuplicate ? 0.3 : 0.15) ? `${givenLatin} ${familyLatin}` : `${familyLatin} ${givenLatin}`;
    if (hasKhmer && style < 0.35) return khmerText;
    if (hasKhmer && style < 0.5) return `${khmerText} | ${latin}`;
    return latin;
  };

  const birthOf = (entity: Entity, isDuplicate: boolean): string => {
    let [year, month, day] = entity.birth;
    if (isDuplicate && chance(0.1)) return '';
    if (isDuplicate && chance(0.04)) [month, day] = [day <= 12 ? day : month, day <= 12 ? month : day];
    if (isDuplicate && chance(0.04)) day = Math.min(28, Math.max(1, day + (chance(0.5) ? 1 : -1) * (1 + Math.floor(random() * 9))));
    if (isDuplicate && chance(0.03)) year += chance(0.5) ? 1 : -1;
    const precision = random();
    const pad = (value: number) => String(value).padStart(2, '0');
    if (precision < 0.15) return String(year);
    if (precision < 0.22) return `${year}-${pad(month)}`;
    return chance(0.7) ? `${year}-${pad(month)}-${pad(day)}` : `${pad(day)}/${pad(month)}/${year}`;
  };

  const people: GeneratedPerson[] = [];
  const duplicateShare = options.duplicateShare ?? 0.25;
  let entityNumber = 0;
  while (people.length < options.records) {
    const entity = makeEntity();
    const entityId = `e${entityNumber++}`;
    // An entity with copies has two on average, so this share of entities gives duplicateShare of records.
    const copies = chance(duplicateShare / (2 * (1 - duplicateShare))) ? 1 + Math.floor(random() * 3) : 0;
    for (let copy = 0; copy <= copies && people.length < options.records; copy++) {
      const isDuplicate = copy > 0;
      const spellings = provinceSpellings[isDuplicate && chance(0.05) ? Math.floor(random() * provinceSpellings.length) : entity.province]!;
      people.push({
        id: `p${people.length}`,
        entity: entityId,
        name: nameOf(entity, isDuplicate),
        birthDate: birthOf(entity, isDuplicate),
        sex: isDuplicate && chance(0.05) ? '' : entity.sex,
        nationality: chance(0.2) ? '' : entity.nationality,
        province: chance(0.1) ? '' : chance(0.3) ? spellings[0] : pick(spellings.slice(1)),
      });
    }
  }
  // Shuffle so duplicates are not next to each other (Fisher–Yates, seeded).
  for (let index = people.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [people[index], people[other]] = [people[other]!, people[index]!];
  }
  people.forEach((person, index) => { person.id = `p${index}`; });
  return people;
}

function csvField(value: string): string {
  return /[",\n|]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Writes generated people as CSV (with the entity column, for evaluation). */
export async function writePeopleCsv(path: string, people: readonly GeneratedPerson[]): Promise<void> {
  const stream = createWriteStream(path);
  const columns = ['id', 'entity', 'name', 'birthDate', 'sex', 'nationality', 'province'] as const;
  stream.write(`${columns.join(',')}\n`);
  for (const person of people) {
    if (!stream.write(`${columns.map((column) => csvField(person[column])).join(',')}\n`)) await new Promise<void>((resolve) => { stream.once('drain', () => resolve()); });
  }
  await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { records: { type: 'string', default: '100000' }, seed: { type: 'string', default: '7' }, out: { type: 'string', default: 'people.csv' } } });
  const people = generatePeople({ records: Number(values.records), seed: Number(values.seed) });
  await writePeopleCsv(values.out!, people);
  console.error(`wrote ${people.length} people to ${values.out}`);
}
