/**
 * Name pools for generated Cambodian-style people: common Khmer family and given names in Khmer
 * script with the Latin spellings seen on documents, Sino-Khmer family names in characters with
 * their Teochew / Hokkien / Mandarin spellings, and Vietnamese names with diacritics. Synthetic
 * Khmer names built from syllables (romanised by the engine) widen the pools beyond this list.
 */
export const khmerFamilyNames: ReadonlyArray<readonly [string, ...string[]]> = [
  ['ជា', 'Chea', 'Chia'], ['សុខ', 'Sok', 'Sokh'], ['សៅ', 'Sao', 'Sau'], ['ហេង', 'Heng'], ['លី', 'Ly', 'Lee'],
  ['គឹម', 'Kim', 'Kem'], ['ចាន់', 'Chan', 'Chann'], ['ម៉ៅ', 'Mao', 'Mau'], ['ឈឹម', 'Chhim', 'Chim'], ['ទេព', 'Tep', 'Teb'],
  ['ពេជ្រ', 'Pich', 'Pech'], ['ហ៊ុន', 'Hun', 'Hoon'], ['ស៊ឹម', 'Sim', 'Seum'], ['ញឹម', 'Nhim', 'Nhem'], ['អ៊ុក', 'Ouk', 'Ok'],
  ['យឹម', 'Yim', 'Yem'], ['ឡុង', 'Long'], ['ខៀវ', 'Khiev', 'Khieu'], ['នួន', 'Nuon', 'Noun'], ['ប៊ុន', 'Bun', 'Boun'],
  ['ព្រំ', 'Prom', 'Prum'], ['រស់', 'Ros', 'Ruos'], ['មាស', 'Meas', 'Mias'], ['ស្រេង', 'Sreng'], ['ហួត', 'Huot', 'Hout'],
  ['វង្ស', 'Vong', 'Vongs'], ['ឃុន', 'Khun', 'Khoun'], ['អ៊ឹង', 'Ung', 'Eung'], ['ទូច', 'Touch', 'Toch'], ['សួន', 'Suon', 'Soun'],
  ['កែវ', 'Keo', 'Kaev'], ['សេង', 'Seng'], ['ម៉ម', 'Mom'], ['ពៅ', 'Pov', 'Pau'], ['ឯម', 'Em', 'Aem'],
  ['ទិត្យ', 'Tith', 'Tit'], ['ឆាយ', 'Chhay', 'Chay'], ['យស់', 'Yos'], ['ភួង', 'Phoung', 'Phuong'], ['នាង', 'Neang'],
  ['សាន', 'San'], ['ថាច់', 'Thach', 'Thac'], ['ឈុន', 'Chhun', 'Chun'], ['ហម', 'Hom'], ['ស៊ាន', 'Sean', 'Sien'],
  ['ម៉ែន', 'Men'], ['ជុំ', 'Chum', 'Chhum'], ['អ៊ួង', 'Oung'], ['ចេង', 'Cheng'], ['តាំង', 'Taing', 'Tang'],
];

/** Common Khmer given names: Khmer script, then Latin spellings (the first the most usual). */
export const khmerGivenNames: ReadonlyArray<readonly [string, ...string[]]> = [
  ['សុខា', 'Sokha', 'Sokhar'], ['ដារ៉ា', 'Dara', 'Darra'], ['សុភាព', 'Sopheap', 'Sopheab'], ['ចាន់ណា', 'Channa', 'Channa'],
  ['សំណាង', 'Samnang', 'Somnang'], ['សុផល', 'Sophal', 'Sophall'], ['បុប្ផា', 'Bopha', 'Boppha'], ['ស្រីមុំ', 'Srey Mom', 'Sreymom'],
  ['ពិសិដ្ឋ', 'Piseth', 'Pisith'], ['វណ្ណៈ', 'Vannak', 'Vanak'], ['រតនា', 'Ratana', 'Rathana'], ['ធារី', 'Theary', 'Thary'],
  ['សុវណ្ណ', 'Sovann', 'Sovan'], ['ចន្ធូ', 'Chanthou', 'Chanthu'], ['កុសល', 'Kosal', 'Kossal'], ['លីដា', 'Lida'],
  ['ស្រីនាង', 'Srey Neang', 'Sreyneang'], ['រស្មី', 'Raksmey', 'Reaksmey'], ['វិចិត្រ', 'Vichet', 'Vicheth'], ['សុជាតិ', 'Socheat', 'Sochiat'],
  ['សុខលី', 'Sokly', 'Sokley'], ['ផល្លា', 'Phalla', 'Phala'], ['វាសនា', 'Veasna', 'Viesna'], ['សុធា', 'Sothea', 'Sothia'],
  ['ម៉ាលី', 'Maly', 'Malee'], ['សុភា', 'Sophea', 'Sophia'], ['ធីតា', 'Thida', 'Tida'], ['សុខុម', 'Sokhom'],
  ['ចិន្តា', 'Chenda', 'Chinda'], ['សុគន្ធា', 'Sokunthea', 'Sokunthear'], ['ដាលីន', 'Dalin', 'Daline'], ['នារី', 'Neary', 'Nary'],
  ['សុភ័ក្ត្រ', 'Sopheak', 'Sophak'], ['វុទ្ធី', 'Vuthy', 'Vuthi'], ['ប៊ុនថា', 'Buntha', 'Bunthar'], ['សារ៉ាត់', 'Sarath', 'Sarat'],
  ['មករា', 'Makara', 'Makra'], ['សុវត្ថិ', 'Sovath', 'Sovatt'], ['ភក្តី', 'Pheakdey', 'Pheakdei'], ['ស៊ីណា', 'Sina', 'Seena'],
  ['សីហា', 'Seiha', 'Seyha'], ['រិទ្ធ', 'Rith', 'Rit'], ['វិបុល', 'Vibol', 'Vibal'], ['ស្រីពៅ', 'Srey Pov', 'Sreypov'],
  ['ចរិយា', 'Chariya', 'Charya'], ['ពន្លក', 'Ponlok', 'Panlok'], ['ឧត្តម', 'Oudom', 'Udom'], ['សុខេង', 'Sokheng'],
];

/** Sino-Khmer family names: characters, then Teochew / Mandarin / Cantonese spellings. */
export const chineseFamilyNames: ReadonlyArray<readonly [string, ...string[]]> = [
  ['陈', 'Tan', 'Chen', 'Chan', 'Taing'], ['林', 'Lim', 'Lin', 'Lam'], ['黄', 'Ung', 'Ng', 'Huang', 'Wong'],
  ['李', 'Ly', 'Li', 'Lee'], ['郑', 'Tea', 'Zheng', 'Cheng'], ['刘', 'Lao', 'Liu', 'Lau'], ['杨', 'Ieng', 'Yang', 'Yeung'],
  ['王', 'Heng', 'Wang', 'Ong'], ['吴', 'Ngo', 'Wu', 'Goh'], ['许', 'Kho', 'Xu', 'Khoo'],
];

/** Characters of Chinese given names. */
export const chineseGivenCharacters = ['明', '华', '国', '文', '丽', '美', '强', '伟', '芳', '玲', '志', '海', '金', '宝', '英', '平', '春', '秋', '德', '福'];

/** Vietnamese family, middle and given names, with their diacritics. */
export const vietnameseFamilyNames = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương'];
/** Vietnamese middle names. */
export const vietnameseMiddleNames = ['Văn', 'Thị', 'Minh', 'Ngọc', 'Thanh', 'Hữu', 'Đức', 'Quang'];
/** Vietnamese given names. */
export const vietnameseGivenNames = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hải', 'Hạnh', 'Hoa', 'Hùng', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Phương', 'Quân', 'Thảo', 'Trang', 'Tuấn', 'Việt', 'Xuân', 'Yến', 'Đạt', 'Hiếu'];

/** Provinces as written in lists: Khmer script, common Latin spellings. */
export const provinceSpellings: ReadonlyArray<readonly [string, ...string[]]> = [
  ['បន្ទាយមានជ័យ', 'Banteay Meanchey', 'Banteay Mean Chey', 'BMC'], ['បាត់ដំបង', 'Battambang', 'Batdambang'],
  ['កំពង់ចាម', 'Kampong Cham', 'Kompong Cham'], ['កំពង់ឆ្នាំង', 'Kampong Chhnang', 'Kompong Chhnang'], ['កំពង់ស្ពឺ', 'Kampong Speu', 'Kompong Speu'],
  ['កំពង់ធំ', 'Kampong Thom', 'Kompong Thom'], ['កំពត', 'Kampot', 'Kompot'], ['កណ្តាល', 'Kandal', 'Kandaal'], ['កោះកុង', 'Koh Kong', 'Kaoh Kong'],
  ['ក្រចេះ', 'Kratie', 'Kracheh'], ['មណ្ឌលគិរី', 'Mondulkiri', 'Mondol Kiri'], ['ភ្នំពេញ', 'Phnom Penh', 'Phnum Penh'],
  ['ព្រះវិហារ', 'Preah Vihear', 'Preah Vihea'], ['ព្រៃវែង', 'Prey Veng', 'Prey Veaeng'], ['ពោធិ៍សាត់', 'Pursat', 'Pouthisat'],
  ['រតនគិរី', 'Ratanakiri', 'Rotanak Kiri'], ['សៀមរាប', 'Siem Reap', 'Siemreap'], ['ព្រះសីហនុ', 'Preah Sihanouk', 'Sihanoukville'],
  ['ស្ទឹងត្រែង', 'Stung Treng', 'Stueng Traeng'], ['ស្វាយរៀង', 'Svay Rieng', 'Svaay Rieng'], ['តាកែវ', 'Takeo', 'Takev'],
  ['ឧត្តរមានជ័យ', 'Oddar Meanchey', 'Otdar Mean Chey'], ['កែប', 'Kep', 'Kaeb'], ['ប៉ៃលិន', 'Pailin'], ['ត្បូងឃ្មុំ', 'Tboung Khmum', 'Tbong Khmum'],
];
