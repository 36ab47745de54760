/**
 * Common Chinese family names with the spellings they take in Cambodia and the region besides
 * Mandarin pinyin: Teochew and Hokkien (the largest Sino-Khmer groups), Cantonese, Hakka, Hainanese,
 * Wade–Giles, and the Vietnamese reading of the same character. Compiled for ctip from standard
 * references on overseas-Chinese romanisation (see README.md); the sets are for matching, so a
 * spelling may belong to several characters (Ng is both 黄 and 吴).
 */
export const chineseSurnameSpellings: ReadonlyArray<{ characters: string; spellings: readonly string[] }> = [
  { characters: '陈陳', spellings: ['chen', 'tan', 'chan', 'chin', 'taing', 'tang', 'ting', 'tran', 'chun', 'ch\'en'] },
  { characters: '林', spellings: ['lin', 'lim', 'lam', 'lum', 'liem', 'lem'] },
  { characters: '黄黃', spellings: ['huang', 'ng', 'wong', 'ung', 'wee', 'oei', 'uy', 'hoang', 'vang', 'eng', 'bong'] },
  { characters: '李', spellings: ['li', 'lee', 'ly', 'lei', 'lie', 'lai'] },
  { characters: '张張', spellings: ['zhang', 'chang', 'cheung', 'teo', 'teoh', 'tio', 'chong', 'truong', 'tiv', 'tiev', 'teav'] },
  { characters: '王', spellings: ['wang', 'ong', 'wong', 'heng', 'vuong', 'vong', 'ang'] },
  { characters: '刘劉', spellings: ['liu', 'lau', 'lao', 'low', 'lew', 'luu', 'leu'] },
  { characters: '杨楊', spellings: ['yang', 'yeo', 'yeoh', 'yeung', 'young', 'ieng', 'eang', 'duong', 'yong'] },
  { characters: '吴吳', spellings: ['wu', 'ng', 'goh', 'ngo', 'gouw', 'woo', 'ngov', 'ung'] },
  { characters: '郑鄭', spellings: ['zheng', 'teh', 'tay', 'cheng', 'chang', 'tee', 'tea', 'trinh', 'taing'] },
  { characters: '谢謝', spellings: ['xie', 'tse', 'chia', 'seah', 'sia', 'tsia', 'ta', 'hsieh'] },
  { characters: '蔡', spellings: ['cai', 'chua', 'choi', 'tsai', 'chhay', 'chay', 'thai', 'sai'] },
  { characters: '许許', spellings: ['xu', 'khoo', 'hui', 'hsu', 'koh', 'kho', 'hua', 'hu'] },
  { characters: '郭', spellings: ['guo', 'kwok', 'kuo', 'quek', 'koay', 'kok', 'kuoch', 'quach'] },
  { characters: '何', spellings: ['he', 'ho', 'hoh', 'hor'] },
  { characters: '罗羅', spellings: ['luo', 'lo', 'law', 'loh', 'la'] },
  { characters: '梁', spellings: ['liang', 'leung', 'neo', 'nio', 'luong', 'leong', 'liong'] },
  { characters: '邱丘', spellings: ['qiu', 'khoo', 'yau', 'hiu', 'chiu', 'khu', 'kheu'] },
  { characters: '曾', spellings: ['zeng', 'tsang', 'chang', 'chan', 'tseng', 'tang'] },
  { characters: '叶葉', spellings: ['ye', 'yip', 'yeh', 'yap', 'iap', 'diep'] },
  { characters: '苏蘇', spellings: ['su', 'so', 'soh', 'saw', 'tho'] },
  { characters: '潘', spellings: ['pan', 'poon', 'phan', 'phua', 'puan', 'pun'] },
  { characters: '朱', spellings: ['zhu', 'chu', 'choo', 'chew', 'tjoe'] },
  { characters: '马馬', spellings: ['ma', 'mah', 'beh', 'mar', 'be'] },
  { characters: '胡', spellings: ['hu', 'wu', 'oh', 'ho', 'hoo', 'ou'] },
  { characters: '洪', spellings: ['hong', 'ang', 'hung', 'hoong'] },
  { characters: '高', spellings: ['gao', 'ko', 'koh', 'kou', 'kao', 'cao'] },
  { characters: '孙孫', spellings: ['sun', 'soon', 'suen', 'sng', 'son', 'ton'] },
  { characters: '邓鄧', spellings: ['deng', 'tang', 'teng', 'dang', 'thang'] },
  { characters: '卢盧', spellings: ['lu', 'lo', 'loo', 'lou', 'lou', 'lư'] },
  { characters: '方', spellings: ['fang', 'fong', 'hong', 'png', 'phuong'] },
  { characters: '沈', spellings: ['shen', 'sim', 'sum', 'shum', 'tham'] },
  { characters: '韩韓', spellings: ['han', 'hon', 'hang'] },
  { characters: '唐', spellings: ['tang', 'tong', 'teng', 'thng', 'duong'] },
  { characters: '冯馮', spellings: ['feng', 'fung', 'pang', 'phung', 'foong'] },
  { characters: '钟鍾鐘', spellings: ['zhong', 'chung', 'cheng', 'chong', 'chhung', 'chung'] },
  { characters: '萧蕭', spellings: ['xiao', 'siew', 'siu', 'hsiao', 'seow', 'tieu'] },
  { characters: '邝鄺', spellings: ['kuang', 'kwong', 'khong'] },
];

/** Compound (two-character) family names, read as one family name. */
export const compoundSurnames: ReadonlySet<string> = new Set([
  '欧阳', '歐陽', '司马', '司馬', '诸葛', '諸葛', '上官', '东方', '東方', '皇甫', '尉迟', '尉遲',
  '公孙', '公孫', '慕容', '令狐', '长孙', '長孫', '宇文', '司徒', '夏侯', '端木', '轩辕', '軒轅',
]);
