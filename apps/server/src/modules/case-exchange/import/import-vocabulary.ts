import type { ConsentMethod, ExploitationSector, ExploitationType, ImportField, Sex } from '@ctip/contracts';

/**
 * Reduces a header or a coded cell to a lookup key: case, Latin diacritics, spaces, punctuation
 * and zero-width characters are ignored, so "Date of birth", "DATE_OF_BIRTH" and "date-of-birth"
 * meet, and "Nữ" meets "nu". Khmer, Chinese and Thai letters (and Khmer vowel signs) are kept.
 */
export function lookupKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '');
}

function keyed<T extends string>(table: Record<T, readonly string[]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, words] of Object.entries(table) as Array<[T, readonly string[]]>) {
    for (const word of words) map.set(lookupKey(word), value);
  }
  return map;
}

/**
 * Column headers that name each field, as legacy registers write them: English, Khmer, a few
 * Chinese and Vietnamese, and the variable names of IOM's Human Trafficking Case Data Standard
 * (prs_FirstName …), so an HTCDS workbook maps itself.
 */
export const HEADER_WORDS: Record<ImportField, readonly string[]> = {
  full_name: ['name', 'full name', 'victim name', 'name of victim', 'survivor name', 'client name', 'person name', 'ឈ្មោះ', 'ឈ្មោះជនរងគ្រោះ', 'គោត្តនាម និងនាម', '姓名', 'họ tên', 'ho va ten'],
  khmer_name: ['khmer name', 'name khmer', 'name in khmer', 'name (khmer)', 'ឈ្មោះខ្មែរ', 'ឈ្មោះជាអក្សរខ្មែរ'],
  latin_name: ['latin name', 'name latin', 'english name', 'name english', 'name in english', 'name (english)', 'name in latin', 'romanised name', 'romanized name', 'ឈ្មោះឡាតាំង', 'ឈ្មោះជាអក្សរឡាតាំង'],
  family_name: ['family name', 'surname', 'last name', 'second name', 'prs_SecondName', 'នាមត្រកូល', 'គោត្តនាម', '姓'],
  given_name: ['given name', 'first name', 'prs_FirstName', 'នាមខ្លួន', 'នាម', '名'],
  alias: ['alias', 'nickname', 'other name', 'aka', 'also known as', 'ឈ្មោះហៅក្រៅ', 'ឈ្មោះផ្សេង'],
  sex: ['sex', 'gender', 'prs_Gender', 'ភេទ', '性别', 'giới tính'],
  birth_date: ['date of birth', 'dob', 'birth date', 'birthdate', 'birthday', 'year of birth', 'birth year', 'prs_Birthdate', 'ថ្ងៃខែឆ្នាំកំណើត', 'ថ្ងៃកំណើត', 'ឆ្នាំកំណើត', '出生日期', 'ngày sinh'],
  age: ['age', 'age at identification', 'age (years)', 'age years', 'អាយុ', '年龄', 'tuổi'],
  nationality: ['nationality', 'citizenship', 'prs_Citizenship', 'សញ្ជាតិ', '国籍', 'quốc tịch'],
  home_province: ['province', 'home province', 'province of origin', 'province/city', 'province city', 'capital/province', 'prs_MailingState', 'ខេត្ត', 'ខេត្តក្រុង', 'រាជធានីខេត្ត', 'ខេត្តកំណើត', '省'],
  home_district: ['district', 'khan', 'district/khan', 'ស្រុក', 'ខណ្ឌ', 'ស្រុកខណ្ឌ'],
  home_commune: ['commune', 'sangkat', 'commune/sangkat', 'ឃុំ', 'សង្កាត់', 'ឃុំសង្កាត់'],
  home_village: ['village', 'ភូមិ'],
  phone: ['phone', 'telephone', 'mobile', 'phone number', 'mobile phone', 'home phone', 'prs_MobilePhone', 'prs_HomePhone', 'ទូរស័ព្ទ', 'លេខទូរស័ព្ទ', '电话'],
  national_id: ['national id', 'national id number', 'id card', 'id number', 'khmer id', 'identity number', 'prs_IdentityNumber', 'អត្តសញ្ញាណប័ណ្ណ', 'លេខអត្តសញ្ញាណប័ណ្ណ'],
  passport: ['passport', 'passport number', 'passport no', 'លិខិតឆ្លងដែន', 'លេខលិខិតឆ្លងដែន', '护照'],
  exploitation_type: ['exploitation type', 'type of exploitation', 'form of exploitation', 'exploitation', 'trafficking type', 'type of trafficking', 'vic_TypeOfExploitation', 'ប្រភេទនៃការកេងប្រវ័ញ្ច', 'ប្រភេទការកេងប្រវ័ញ្ច', 'ប្រភេទការជួញដូរ'],
  sector: ['sector', 'industry', 'forced labour industry', 'vic_ForcedLabourIndustry', 'វិស័យ', 'វិស័យការងារ'],
  identified_on: ['date identified', 'identification date', 'identified on', 'date of identification', 'date opened', 'case opened', 'open date', 'opened on', 'intake date', 'date of intake', 'registration date', 'date registered', 'ថ្ងៃកំណត់អត្តសញ្ញាណ', 'កាលបរិច្ឆេទកំណត់អត្តសញ្ញាណ', 'ថ្ងៃទទួល', 'កាលបរិច្ឆេទទទួល'],
  mosvy_case_number: ['mosvy case number', 'mosvy case no', 'mosvy no', 'mosvy number', 'mosvy id', 'mosvy case id', 'លេខករណី ក.ស.អ.យ', 'លេខករណីក្រសួង'],
  primero_id: ['primero id', 'primero', 'primero case id', 'primero case number'],
  oscar_id: ['oscar id', 'oscar', 'oscar case id', 'oscar case number'],
  consent_data_recording: ['consent', 'con_Consent', 'data consent', 'consent to record', 'consent given', 'informed consent', 'ការយល់ព្រម'],
};

/** Header key → field. */
export const FIELD_OF_HEADER = keyed(HEADER_WORDS);

/** How sex is written, in the scripts legacy registers use. */
export const SEX_WORDS = keyed<Sex>({
  female: ['f', 'female', 'woman', 'women', 'girl', 'feminine', 'ស្រី', 'នារី', 'ស', '女', 'nữ', 'หญิง', 'perempuan', 'wanita'],
  male: ['m', 'male', 'man', 'men', 'boy', 'masculine', 'ប្រុស', 'បុរស', 'ប', '男', 'nam', 'ชาย', 'laki-laki', 'pria'],
  other: ['other', 'x', 'non-binary', 'nonbinary', 'non-conforming', 'nonconforming', 'transgender feminine', 'transgender masculine', 'transgenderfeminine', 'transgendermasculine', 'ផ្សេងទៀត'],
  unknown: ['unknown', 'u', 'n/a', 'not known', 'not specified', 'nonspecifiedunknown', 'not specified/unknown', 'មិនដឹង', 'មិនស្គាល់'],
});

/** Forms of exploitation as registers name them, including HTCDS picklist values. */
export const EXPLOITATION_TYPE_WORDS = keyed<ExploitationType>({
  sexual_exploitation: ['sexual exploitation', 'sex exploitation', 'sexual', 'sex', 'prostitution', 'commercial sexual exploitation', 'cse', 'SexualExploitation', 'ការកេងប្រវ័ញ្ចផ្លូវភេទ', 'អំពើពេស្យាចារ'],
  forced_labour: ['forced labour', 'forced labor', 'labour', 'labor', 'labour exploitation', 'labor exploitation', 'labour trafficking', 'ForcedLabour', 'ChildLabour', 'child labour', 'ពលកម្មដោយបង្ខំ', 'ការកេងប្រវ័ញ្ចកម្លាំងពលកម្ម'],
  forced_criminality: ['forced criminality', 'forced criminal activity', 'online scam', 'scam', 'scam compound', 'forced scamming', 'cyber scam', 'forced to scam', 'ឧក្រិដ្ឋកម្មដោយបង្ខំ', 'ការបោកប្រាស់តាមអនឡាញ'],
  forced_marriage: ['forced marriage', 'marriage', 'servile marriage', 'brokered marriage', 'ForcedMarriage', 'ការរៀបការដោយបង្ខំ', 'រៀបការដោយបង្ខំ'],
  begging_and_street_selling: ['begging', 'forced begging', 'street selling', 'begging and street selling', 'ForcedBegging', 'ការសុំទាន', 'សុំទាន'],
  domestic_servitude: ['domestic servitude', 'servitude', 'Servitude', 'ការបម្រើក្នុងផ្ទះ'],
  illegal_adoption: ['illegal adoption', 'forced adoption', 'adoption', 'ForcedAdoption', 'ការសុំកូនចិញ្ចឹមខុសច្បាប់'],
  organ_removal: ['organ removal', 'organ trafficking', 'organs', 'OrganRemoval', 'ការយកសរីរាង្គ'],
  debt_bondage: ['debt bondage', 'bonded labour', 'bonded labor', 'ពលកម្មជាប់បំណុល'],
});

/** Sectors as registers name them, including HTCDS (ISIC) industries where one sector fits. */
export const SECTOR_WORDS = keyed<ExploitationSector>({
  fishing: ['fishing', 'fisheries', 'fishing boat', 'fishing vessel', 'fishery', 'នេសាទ', 'ការនេសាទ'],
  construction: ['construction', 'building site', 'F_Construction', 'សំណង់'],
  factory: ['factory', 'garment', 'garment factory', 'manufacturing', 'C_Manufacturing', 'រោងចក្រ'],
  agriculture: ['agriculture', 'farm', 'farming', 'plantation', 'A_AgricultureForestryAndFishing', 'កសិកម្ម', 'ចម្ការ'],
  entertainment: ['entertainment', 'karaoke', 'beer garden', 'bar', 'nightclub', 'R_ArtsEntertainmentAndRecreation', 'កម្សាន្ត', 'ខារ៉ាអូខេ'],
  domestic_work: ['domestic work', 'domestic worker', 'housework', 'household', 'T_ActivitiesOfHouseholdsAsEmployers', 'ពលកម្មតាមផ្ទះ', 'អ្នកបម្រើតាមផ្ទះ'],
  scam_compound: ['scam compound', 'scam', 'online scam', 'compound', 'call centre', 'call center', 'ទីតាំងបោកប្រាស់'],
  brick_kiln: ['brick kiln', 'brick', 'bricks', 'ឡឥដ្ឋ'],
  tourism: ['tourism', 'hotel', 'I_AccommodationAndFoodServiceActivities', 'ទេសចរណ៍', 'សណ្ឋាគារ'],
  begging: ['begging', 'street', 'street selling', 'សុំទាន'],
  other: ['other', 'ផ្សេងទៀត'],
});

/** How a consent to record data was given; "yes" is taken as a consent in writing (noted as such). */
export const CONSENT_WORDS = keyed<ConsentMethod | 'yes' | 'no'>({
  written: ['written', 'in writing', 'signed', 'signature', 'ជាលាយលក្ខណ៍អក្សរ'],
  thumbprint: ['thumbprint', 'thumb print', 'fingerprint', 'thumb', 'ស្នាមមេដៃ'],
  verbal_witnessed: ['verbal', 'verbal witnessed', 'oral', 'verbally', 'ផ្ទាល់មាត់'],
  guardian: ['guardian', 'parent', 'by guardian', 'អាណាព្យាបាល'],
  yes: ['yes', 'y', 'true', '1', 'given', 'agreed', 'consented', 'បាទ', 'ចាស', 'យល់ព្រម', '是', 'có'],
  no: ['no', 'n', 'false', '0', 'refused', 'none', 'not given', 'ទេ', 'មិនយល់ព្រម', '否', 'không'],
});

/** Khmer month names, for dates such as "១៥ មករា ២០២០". */
export const MONTH_WORDS = keyed<string>({
  '01': ['january', 'jan', 'មករា'],
  '02': ['february', 'feb', 'កុម្ភៈ', 'កុម្ភះ'],
  '03': ['march', 'mar', 'មីនា'],
  '04': ['april', 'apr', 'មេសា'],
  '05': ['may', 'ឧសភា'],
  '06': ['june', 'jun', 'មិថុនា'],
  '07': ['july', 'jul', 'កក្កដា'],
  '08': ['august', 'aug', 'សីហា'],
  '09': ['september', 'sep', 'sept', 'កញ្ញា'],
  '10': ['october', 'oct', 'តុលា'],
  '11': ['november', 'nov', 'វិច្ឆិកា'],
  '12': ['december', 'dec', 'ធ្នូ'],
});
