import type { PersonInput } from '@ctip/contracts';
import type { Random } from './random';

/**
 * Synthetic names, assembled at random from common family and given names of each origin: they
 * name nobody in particular. Khmer names carry their usual romanisations (the spelling varies
 * from one register to the next, as it does in the field).
 */

/** A name part in its script and its romanisations (the first is the usual one). */
type Part = readonly [native: string, ...romanised: string[]];

const KHMER_FAMILY: readonly Part[] = [
  ['ចាន់', 'Chan', 'Chanh'], ['សុខ', 'Sok', 'Sokh'], ['ជា', 'Chea', 'Chia'], ['គីម', 'Kim'], ['ហេង', 'Heng'], ['លី', 'Ly', 'Lee'], ['មាស', 'Meas', 'Mias'],
  ['កែវ', 'Keo', 'Kev'], ['សេង', 'Seng'], ['ពេជ្រ', 'Pich', 'Pech'], ['ប្រាក់', 'Prak'], ['ទូច', 'Touch', 'Tuch'], ['សំ', 'Sam'], ['អ៊ុក', 'Ouk', 'Uk'],
  ['ម៉ៅ', 'Mao'], ['យឹម', 'Yim'], ['ផាន់', 'Phan'], ['ឡុង', 'Long'], ['នួន', 'Nuon', 'Noun'], ['ឈឹម', 'Chhim', 'Chim'], ['សន', 'Sorn', 'Son'],
  ['ទេព', 'Tep'], ['វង្ស', 'Vong', 'Voung'], ['ស៊ុន', 'Sun', 'Soun'], ['ឃឹម', 'Khim'], ['ព្រំ', 'Prum', 'Prom'], ['សួន', 'Suon', 'Soun'], ['ខៀវ', 'Khiev', 'Kheav'],
];
const KHMER_GIVEN_FEMALE: readonly Part[] = [
  ['សុភា', 'Sophea', 'Sopheap'], ['ស្រីមុំ', 'Sreymom', 'Srey Mom'], ['ចាន់ធូ', 'Chanthou', 'Chanthu'], ['សុខា', 'Sokha', 'Sokhar'], ['ស្រីល័ក្ខ', 'Sreyleak', 'Srey Leak'],
  ['បុប្ផា', 'Bopha', 'Boppha'], ['កញ្ញា', 'Kanha', 'Kagna'], ['ធារី', 'Theary', 'Thary'], ['ម្លិះ', 'Malis', 'Mlis'], ['ស្រីពៅ', 'Sreypov', 'Srey Pov'],
  ['ចន្នារី', 'Channary', 'Chanary'], ['វណ្ណា', 'Vanna', 'Vana'], ['លក្ខិណា', 'Leakhena', 'Leakena'], ['រចនា', 'Rachana', 'Rachna'], ['ផល្លា', 'Phalla', 'Phala'],
  ['រស្មី', 'Raksmey', 'Reaksmey'], ['សុធាវី', 'Sothavy', 'Sotheavy'], ['ដាលីន', 'Dalin', 'Daline'],
];
const KHMER_GIVEN_MALE: readonly Part[] = [
  ['សុវណ្ណ', 'Sovann', 'Sovan'], ['វុទ្ធី', 'Vuthy', 'Vuthi'], ['ពិសិដ្ឋ', 'Piseth', 'Piset'], ['ឫទ្ធី', 'Rithy', 'Rithi'], ['សម្បត្តិ', 'Sambath', 'Sambat'],
  ['កុសល', 'Kosal', 'Kusal'], ['វាសនា', 'Veasna', 'Vasna'], ['ប៊ុនធឿន', 'Bunthoeun', 'Bunthoen'], ['សុខុម', 'Sokhom', 'Sokhum'], ['ចំរើន', 'Chamroeun', 'Chamroen'],
  ['សំណាង', 'Samnang', 'Samnag'], ['វិសាល', 'Visal', 'Visaal'], ['ភក្តី', 'Pheakdey', 'Pheakdei'], ['រដ្ឋា', 'Rotha', 'Ratha'], ['វិបុល', 'Vibol', 'Vibul'],
  ['ដារ៉ា', 'Dara', 'Darra'], ['ចន្ថា', 'Chantha', 'Chanta'], ['សុផល', 'Sophal', 'Sophol'],
];
const KHMER_NICKNAMES: readonly Part[] = [['អាពៅ', 'A Pov'], ['មីង', 'Ming'], ['អាខ្មៅ', 'A Khmao'], ['ស្រីតូច', 'Srey Toch'], ['អាតូច', 'A Toch']];

const CHINESE_FAMILY: readonly Part[] = [['陈', 'Chen'], ['王', 'Wang'], ['李', 'Li'], ['张', 'Zhang'], ['刘', 'Liu'], ['杨', 'Yang'], ['黄', 'Huang'], ['赵', 'Zhao'], ['吴', 'Wu'], ['周', 'Zhou'], ['徐', 'Xu'], ['孙', 'Sun']];
const CHINESE_GIVEN_FEMALE: readonly Part[] = [['娜', 'Na'], ['敏', 'Min'], ['静', 'Jing'], ['婷', 'Ting'], ['丽', 'Li'], ['芳', 'Fang'], ['秀英', 'Xiuying'], ['晓红', 'Xiaohong']];
const CHINESE_GIVEN_MALE: readonly Part[] = [['伟', 'Wei'], ['磊', 'Lei'], ['洋', 'Yang'], ['帆', 'Fan'], ['强', 'Qiang'], ['杰', 'Jie'], ['浩', 'Hao'], ['建国', 'Jianguo'], ['志强', 'Zhiqiang']];

const VIETNAMESE_FAMILY: readonly Part[] = [['Nguyễn', 'Nguyen'], ['Trần', 'Tran'], ['Lê', 'Le'], ['Phạm', 'Pham'], ['Hoàng', 'Hoang'], ['Vũ', 'Vu'], ['Đặng', 'Dang'], ['Bùi', 'Bui'], ['Đỗ', 'Do']];
const VIETNAMESE_GIVEN_FEMALE: readonly Part[] = [['Thị Lan', 'Thi Lan'], ['Thị Hoa', 'Thi Hoa'], ['Thị Mai', 'Thi Mai'], ['Thị Hạnh', 'Thi Hanh'], ['Ngọc Anh', 'Ngoc Anh'], ['Thu Trang', 'Thu Trang']];
const VIETNAMESE_GIVEN_MALE: readonly Part[] = [['Văn Hùng', 'Van Hung'], ['Văn Nam', 'Van Nam'], ['Minh Tuấn', 'Minh Tuan'], ['Văn Long', 'Van Long'], ['Đức Thắng', 'Duc Thang'], ['Quốc Bảo', 'Quoc Bao']];

const INDONESIAN_FAMILY: readonly string[] = ['Santoso', 'Rahmawati', 'Setiawan', 'Lestari', 'Pratama', 'Saputra', 'Wijaya', 'Hidayat', 'Kurniawan', 'Nugroho'];
const INDONESIAN_GIVEN_FEMALE: readonly string[] = ['Siti', 'Dewi', 'Nur Aini', 'Ayu', 'Putri', 'Wulan', 'Rina'];
const INDONESIAN_GIVEN_MALE: readonly string[] = ['Budi', 'Agus', 'Rizky', 'Andi', 'Eko', 'Dedi', 'Fajar', 'Hendra'];

const THAI_FAMILY: readonly Part[] = [['ใจดี', 'Jaidee'], ['แก้วมณี', 'Kaewmanee'], ['ทองดี', 'Thongdee'], ['ศรีสุข', 'Srisuk'], ['บุญมา', 'Boonma'], ['สุขใจ', 'Sukjai'], ['รัตนพันธ์', 'Rattanaphan']];
const THAI_GIVEN_FEMALE: readonly Part[] = [['สุดารัตน์', 'Sudarat'], ['วันเพ็ญ', 'Wanpen'], ['มาลัย', 'Malai'], ['อรุณี', 'Arunee'], ['พิมพ์ชนก', 'Pimchanok']];
const THAI_GIVEN_MALE: readonly Part[] = [['สมชาย', 'Somchai'], ['ประเสริฐ', 'Prasert'], ['อนุชา', 'Anucha'], ['วีระ', 'Weera'], ['ธนากร', 'Thanakorn']];

type Name = PersonInput['names'][number];
type Sex = 'female' | 'male';

const given = <T>(random: Random, sex: Sex, female: readonly T[], male: readonly T[]) => random.pick(sex === 'female' ? female : male);

/** A Cambodian's names: Khmer script (family name first) with its usual romanisation, sometimes a variant spelling or a nickname; older registers sometimes hold only the romanised name. */
function khmerNames(random: Random, sex: Sex): Name[] {
  const family = random.pick(KHMER_FAMILY);
  const first = given(random, sex, KHMER_GIVEN_FEMALE, KHMER_GIVEN_MALE);
  const names: Name[] = [];
  const latin = { script: 'latin' as const, full: `${family[1]} ${first[1]}`, family: family[1], given: first[1] };
  if (random.chance(0.9)) names.push({ script: 'khmer', kind: 'legal', full: `${family[0]} ${first[0]}`, family: family[0], given: first[0] });
  names.push({ ...latin, kind: names.length > 0 ? 'romanised' : 'legal' });
  // Another register's spelling of the same name, as a case worker would note it.
  if (random.chance(0.3) && (family.length > 2 || first.length > 2)) {
    const familyVariant = family[Math.min(family.length - 1, 2)] ?? family[1];
    const givenVariant = first[Math.min(first.length - 1, 2)] ?? first[1];
    if (`${familyVariant} ${givenVariant}` !== latin.full) names.push({ script: 'latin', kind: 'alias', full: `${familyVariant} ${givenVariant}`, family: familyVariant, given: givenVariant });
  }
  if (random.chance(0.15)) {
    const nickname = random.pick(KHMER_NICKNAMES);
    names.push({ script: 'khmer', kind: 'nickname', full: nickname[0] });
  }
  return names;
}

/** A Chinese national's names: Han characters (family name first) and pinyin. */
function chineseNames(random: Random, sex: Sex): Name[] {
  const family = random.pick(CHINESE_FAMILY);
  const first = given(random, sex, CHINESE_GIVEN_FEMALE, CHINESE_GIVEN_MALE);
  return [
    { script: 'han', kind: 'legal', full: `${family[0]}${first[0]}`, family: family[0], given: first[0] },
    { script: 'latin', kind: 'romanised', full: `${family[1]} ${first[1]}`, family: family[1], given: first[1] },
  ];
}

/** A Vietnamese national's names: with diacritics (family name first), and without, as passports write them. */
function vietnameseNames(random: Random, sex: Sex): Name[] {
  const family = random.pick(VIETNAMESE_FAMILY);
  const first = given(random, sex, VIETNAMESE_GIVEN_FEMALE, VIETNAMESE_GIVEN_MALE);
  return [
    { script: 'vietnamese', kind: 'legal', full: `${family[0]} ${first[0]}`, family: family[0], given: first[0] },
    { script: 'latin', kind: 'romanised', full: `${family[1]} ${first[1]}`, family: family[1], given: first[1] },
  ];
}

/** An Indonesian national's name: Latin script, given name first; some people have only one name. */
function indonesianNames(random: Random, sex: Sex): Name[] {
  const first = given(random, sex, INDONESIAN_GIVEN_FEMALE, INDONESIAN_GIVEN_MALE);
  if (random.chance(0.2)) return [{ script: 'latin', kind: 'legal', full: first, given: first }];
  const family = random.pick(INDONESIAN_FAMILY);
  return [{ script: 'latin', kind: 'legal', full: `${first} ${family}`, family, given: first }];
}

/** A Thai national's names: Thai script (given name first) and the usual romanisation. */
function thaiNames(random: Random, sex: Sex): Name[] {
  const family = random.pick(THAI_FAMILY);
  const first = given(random, sex, THAI_GIVEN_FEMALE, THAI_GIVEN_MALE);
  return [
    { script: 'thai', kind: 'legal', full: `${first[0]} ${family[0]}`, family: family[0], given: first[0] },
    { script: 'latin', kind: 'romanised', full: `${first[1]} ${family[1]}`, family: family[1], given: first[1] },
  ];
}

/** Synthetic names for a person of a nationality, in the scripts a register of that origin holds. */
export function buildNames(random: Random, nationality: string, sex: Sex): Name[] {
  switch (nationality) {
    case 'CN':
      return chineseNames(random, sex);
    case 'VN':
      return vietnameseNames(random, sex);
    case 'ID':
      return indonesianNames(random, sex);
    case 'TH':
      return thaiNames(random, sex);
    default:
      return khmerNames(random, sex);
  }
}

/** The languages a person of a nationality speaks (ISO 639-1). */
export function languagesOf(nationality: string): string[] {
  return { CN: ['zh'], VN: ['vi'], ID: ['id'], TH: ['th'] }[nationality] ?? ['km'];
}
