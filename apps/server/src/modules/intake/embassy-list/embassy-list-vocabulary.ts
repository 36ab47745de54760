import { findCountry } from '@ctip/country-kh';
import { EMBASSY_LIST_FIELDS, REPEATABLE_EMBASSY_LIST_FIELDS, type EmbassyListField } from '@ctip/contracts';
import { detectScript } from '../../case-exchange/import/cell-values';
import type { ImportVocabulary } from '../../case-exchange/import/import-kind';
import { HEADER_WORDS, SEX_WORDS, lookupKey } from '../../case-exchange/import/import-vocabulary';
import { share } from '../../case-exchange/import/propose-mapping';

/**
 * Column headers that name each field of an embassy's list. The fields a list shares with case
 * registers (names, sex, birth, age, nationality, passport, phone) take the registers' words;
 * embassies write in their own languages too, so Indonesian, Thai, Vietnamese and Chinese
 * headers are known besides English and Khmer.
 */
const EMBASSY_HEADER_WORDS: Record<EmbassyListField, readonly string[]> = {
  full_name: [...HEADER_WORDS.full_name, 'nama', 'nama lengkap', 'ชื่อ', 'ชื่อ-นามสกุล', 'ชื่อ นามสกุล', 'tên', 'name of national', 'name of citizen', 'citizen name', 'national name'],
  khmer_name: HEADER_WORDS.khmer_name,
  latin_name: [...HEADER_WORDS.latin_name, 'name as in passport', 'name in passport', 'passport name'],
  family_name: [...HEADER_WORDS.family_name, 'nama keluarga', 'นามสกุล'],
  given_name: [...HEADER_WORDS.given_name, 'nama depan'],
  alias: [...HEADER_WORDS.alias, 'nama panggilan', 'ชื่อเล่น', 'biệt danh', '别名', '昵称'],
  sex: [...HEADER_WORDS.sex, 'jenis kelamin', 'เพศ', 'gioi tinh'],
  birth_date: [...HEADER_WORDS.birth_date, 'tanggal lahir', 'tgl lahir', 'วันเกิด', 'วันเดือนปีเกิด'],
  age: [...HEADER_WORDS.age, 'umur', 'usia', 'อายุ'],
  nationality: [...HEADER_WORDS.nationality, 'kewarganegaraan', 'สัญชาติ', 'quoc tich'],
  passport: [...HEADER_WORDS.passport, 'passport no.', 'passport #', 'passport id', 'travel document', 'nomor paspor', 'no paspor', 'paspor', 'หนังสือเดินทาง', 'เลขหนังสือเดินทาง', 'hộ chiếu', 'số hộ chiếu', '护照号', '护照号码'],
  phone: [...HEADER_WORDS.phone, 'phone no', 'contact number', 'mobile number', 'nomor telepon', 'no hp', 'no. hp', 'telepon', 'hp', 'เบอร์โทร', 'โทรศัพท์', 'số điện thoại', 'điện thoại', '手机', '手机号', '电话号码', '联系电话'],
  telegram: ['telegram', 'telegram id', 'telegram handle', 'telegram username', 'telegram account', 'តេឡេក្រាម'],
  whatsapp: ['whatsapp', 'whatsapp number', 'whatsapp no', 'wa', 'no wa', 'nomor wa', 'វ៉ាត់សាប'],
  facebook: ['facebook', 'facebook account', 'facebook profile', 'facebook name', 'fb', 'ហ្វេសប៊ុក'],
  last_known_location: [
    'last known location',
    'location',
    'current location',
    'last location',
    'last seen',
    'last seen at',
    'whereabouts',
    'address',
    'place',
    'province',
    'lokasi',
    'lokasi terakhir',
    'alamat',
    'ที่อยู่',
    'สถานที่',
    'vị trí',
    'địa chỉ',
    'nơi ở',
    '位置',
    '所在地',
    '地址',
    'ទីតាំង',
    'ទីតាំងចុងក្រោយ',
    'អាសយដ្ឋាន',
  ],
  site_name: ['site', 'site name', 'compound', 'compound name', 'company', 'company name', 'employer', 'workplace', 'casino', 'building', 'perusahaan', 'nama perusahaan', 'tempat kerja', 'บริษัท', 'công ty', '园区', '公司', 'ក្រុមហ៊ុន', 'ឈ្មោះក្រុមហ៊ុន'],
  notes: ['notes', 'note', 'remarks', 'remark', 'comments', 'comment', 'details', 'situation', 'description', 'keterangan', 'catatan', 'หมายเหตุ', 'ghi chú', '备注', '说明', 'កំណត់សម្គាល់', 'ផ្សេងៗ'],
};

const FIELD_OF_HEADER = new Map<string, EmbassyListField>();
for (const field of EMBASSY_LIST_FIELDS) for (const word of EMBASSY_HEADER_WORDS[field]) FIELD_OF_HEADER.set(lookupKey(word), field);

/** What passport numbers look like: one or two letters (or none), then six to nine digits. */
const PASSPORT_NUMBER = /^[A-Z]{0,2}\d{6,9}$/;

/** A field guessed from what a column holds, when its header says nothing. */
function fieldOfContent(sample: readonly string[]): EmbassyListField | undefined {
  if (sample.length < 3) return undefined;
  if (share(sample, (text) => SEX_WORDS.has(lookupKey(text))) >= 0.9) return 'sex';
  if (share(sample, (text) => findCountry(text) !== undefined) >= 0.9) return 'nationality';
  if (share(sample, (text) => PASSPORT_NUMBER.test(text.replace(/\s+/g, '').toUpperCase())) >= 0.9) return 'passport';
  if (share(sample, (text) => detectScript(text) === 'khmer') >= 0.8) return 'khmer_name';
  return undefined;
}

/** How embassies' lists name and fill their columns. */
export const EMBASSY_LIST_VOCABULARY: ImportVocabulary = {
  fieldOfHeader: (header) => FIELD_OF_HEADER.get(lookupKey(header)),
  fieldOfContent,
  repeatable: REPEATABLE_EMBASSY_LIST_FIELDS,
  dateFields: ['birth_date'],
};
