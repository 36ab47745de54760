import { consonants, dependentVowels, digraphs, independentVowels, isKhmer, signs, type Series } from './khmer-letters';

/** One orthographic cluster: a base letter with its subscripts, vowel sign and other signs. */
interface Cluster {
  base: number; // consonant or independent vowel; -1 when a vowel sign had nothing to sit on
  subscripts: number[];
  vowel: number; // dependent vowel sign, or -1
  marks: Set<number>;
}

/** One syllable being assembled; rendered once its final consonant is known. */
interface Syllable {
  onset: string;
  series: Series;
  vowel: number; // dependent vowel sign, -1 for the inherent vowel
  independent: string; // reading of an independent vowel, or ''
  marks: Set<number>;
  final: string;
  finalCode: number;
  hasFinalBantoc: boolean;
  hasExplicitVowel: boolean;
}

const letterH = 0x17a0;
const letterQa = 0x17a2;
const letterNgo = 0x1784;
const letterBa = 0x1794;
const letterTa = 0x178f;
const vowelAa = 0x17b6;
const vowelU = 0x17bb;
const vowelE = 0x17c1;
const vowelOo = 0x17c4;

function isConsonant(code: number): boolean {
  return code >= 0x1780 && code <= 0x17a2;
}

function parseClusters(word: number[]): Cluster[] {
  const clusters: Cluster[] = [];
  let current: Cluster | undefined;
  for (let index = 0; index < word.length; index++) {
    const code = word[index]!;
    if (code === signs.coeng) {
      const next = word[index + 1];
      if (next !== undefined && isConsonant(next)) {
        if (current) current.subscripts.push(next);
        else clusters.push((current = { base: next, subscripts: [], vowel: -1, marks: new Set() }));
        index++;
      }
      continue;
    }
    if (isConsonant(code) || independentVowels.has(code)) {
      clusters.push((current = { base: code, subscripts: [], vowel: -1, marks: new Set() }));
      continue;
    }
    if (!current) clusters.push((current = { base: -1, subscripts: [], vowel: -1, marks: new Set() }));
    if (dependentVowels.has(code)) {
      if (current.vowel === -1) current.vowel = code;
    } else {
      current.marks.add(code);
    }
  }
  return clusters;
}

function clusterSeries(cluster: Cluster): Series {
  const base = consonants.get(cluster.base);
  let series: Series = base?.series ?? 1;
  // In a cluster the vowel follows the series of a non-sonorant subscript (ស្ព → 2nd, ស្រ → 1st).
  for (const subscript of cluster.subscripts) {
    const letter = consonants.get(subscript);
    if (letter && !letter.isSonorant) series = letter.series;
  }
  if (cluster.marks.has(signs.muusikatoan)) series = 1;
  if (cluster.marks.has(signs.triisap)) series = 2;
  return series;
}

function consonantLatin(code: number, isSubscript: boolean): string {
  // The subscript forms of ត and ដ look alike and are read d (BGN/PCGN note: ក្ដី → kdei).
  if (isSubscript && code === letterTa) return 'd';
  return consonants.get(code)?.latin ?? '';
}

function onsetLatin(cluster: Cluster, subscripts: number[]): string {
  const first = subscripts[0];
  if (first !== undefined) {
    const digraph = digraphs.get(String.fromCharCode(cluster.base, signs.coeng, first));
    if (digraph !== undefined) {
      return digraph + subscripts.slice(1).map((code) => consonantLatin(code, true)).join('');
    }
  }
  // ប is p before a subscript and with the muusikatoan (ប្រ → pr, ប៉ → p).
  const base = cluster.base === letterBa && (subscripts.length > 0 || cluster.marks.has(signs.muusikatoan))
    ? 'p'
    : consonantLatin(cluster.base, false);
  return base + subscripts.map((code) => consonantLatin(code, true)).join('');
}

function hasVowelSound(cluster: Cluster): boolean {
  return cluster.vowel !== -1 || cluster.marks.has(signs.nikahit) || cluster.marks.has(signs.reahmuk)
    || cluster.marks.has(signs.yuukaleapintu) || cluster.marks.has(signs.samyokSannya);
}

function canTakeFinal(syllable: Syllable | undefined): syllable is Syllable {
  return syllable !== undefined && syllable.final === '' && !syllable.marks.has(signs.nikahit)
    && !syllable.marks.has(signs.reahmuk) && !syllable.marks.has(signs.yuukaleapintu);
}

function isBareConsonant(cluster: Cluster | undefined): boolean {
  return cluster !== undefined && isConsonant(cluster.base) && !hasVowelSound(cluster);
}

function newSyllable(onset: string, series: Series, cluster: Cluster | undefined): Syllable {
  return {
    onset, series, vowel: cluster?.vowel ?? -1, independent: '', marks: cluster?.marks ?? new Set(),
    final: '', finalCode: -1, hasFinalBantoc: false, hasExplicitVowel: cluster !== undefined && hasVowelSound(cluster),
  };
}

function assembleSyllables(clusters: Cluster[]): Syllable[] {
  const syllables: Syllable[] = [];
  clusters.forEach((cluster, index) => {
    const previous = syllables[syllables.length - 1];
    const beforePrevious = syllables[syllables.length - 2];
    const isLast = index === clusters.length - 1;
    if (cluster.base === -1) {
      // A vowel sign typed with no consonant: read it on a silent base.
      syllables.push(newSyllable('', 1, cluster));
      return;
    }
    const independent = independentVowels.get(cluster.base);
    if (independent !== undefined) {
      const syllable = newSyllable('', 1, cluster);
      syllable.independent = independent;
      syllable.hasExplicitVowel = true;
      syllables.push(syllable);
      return;
    }
    if (hasVowelSound(cluster)) {
      syllables.push(newSyllable(onsetLatin(cluster, cluster.subscripts), clusterSeries(cluster), cluster));
      return;
    }
    // ាំង: the nasal ង closes a syllable whose nikahit would otherwise have closed it (ឆ្នាំង).
    if (cluster.base === letterNgo && previous !== undefined && previous.final === ''
      && previous.vowel === vowelAa && previous.marks.has(signs.nikahit) && cluster.subscripts.length === 0) {
      previous.final = 'ng';
      previous.finalCode = letterNgo;
      return;
    }
    const mayClose = canTakeFinal(previous) && cluster.base !== letterH && cluster.base !== letterQa;
    if (cluster.marks.has(signs.bantoc) && canTakeFinal(previous)) {
      previous.final = consonantLatin(cluster.base, false);
      previous.finalCode = cluster.base;
      previous.hasFinalBantoc = true;
      return;
    }
    if (cluster.subscripts.length > 0) {
      if (mayClose) {
        // The base closes the previous syllable and the subscripts begin the next (ឧត្តរ → ŏt-dâr).
        previous.final = consonantLatin(cluster.base, false);
        previous.finalCode = cluster.base;
        // A word-final cluster's subscripts are silent in Pali spellings (ចិត្ត → chĕt).
        if (isLast) return;
        const [first, ...rest] = cluster.subscripts as [number, ...number[]];
        const onsetCluster: Cluster = { base: first, subscripts: rest, vowel: -1, marks: cluster.marks };
        const latin = consonantLatin(first, true) + rest.map((code) => consonantLatin(code, true)).join('');
        syllables.push(newSyllable(latin, clusterSeries(onsetCluster), onsetCluster));
        return;
      }
      syllables.push(newSyllable(onsetLatin(cluster, cluster.subscripts), clusterSeries(cluster), cluster));
      return;
    }
    // A bare consonant closes the previous syllable at the end of a word; after a written vowel
    // unless a bare consonant follows to close its own syllable (សុខ-សាន្ត, but សុ-វណ្ណ); after an
    // inherent vowel only when the syllable before that was closed (មណ្ឌល → môn-dôl, រតន → rô-tâ-nô).
    const isNextBare = isBareConsonant(clusters[index + 1]) && !clusters[index + 1]!.marks.has(signs.bantoc);
    const closes = mayClose && (isLast
      || (previous.hasExplicitVowel && !isNextBare)
      || (!previous.hasExplicitVowel && !isNextBare && beforePrevious !== undefined && beforePrevious.final !== ''));
    if (closes) {
      previous.final = consonantLatin(cluster.base, false);
      previous.finalCode = cluster.base;
      return;
    }
    syllables.push(newSyllable(onsetLatin(cluster, []), clusterSeries(cluster), cluster));
  });
  return syllables;
}

function vowelLatin(syllable: Syllable): string {
  const { series, vowel, marks } = syllable;
  const first = series === 1;
  const nikahit = marks.has(signs.nikahit);
  const reahmuk = marks.has(signs.reahmuk);
  if (syllable.independent !== '') return syllable.independent + (nikahit ? 'm' : '') + (reahmuk ? 'h' : '');
  if (vowel === -1) {
    if (nikahit) return first ? 'âm' : 'um';
    if (reahmuk) return first ? 'ăh' : 'eăh';
    if (marks.has(signs.samyokSannya)) return first ? 'ă' : 'oă';
    if (marks.has(signs.yuukaleapintu)) return first ? 'ăʼ' : 'eăʼ';
    if (syllable.hasFinalBantoc) return first ? 'ă' : 'ó';
    return first ? 'â' : 'ô';
  }
  if (vowel === vowelAa) {
    if (nikahit) return syllable.finalCode === letterNgo ? (first ? 'ă' : 'eă') : first ? 'ăm' : 'ŏâm';
    if (syllable.hasFinalBantoc) return first ? 'ă' : 'eă';
  }
  if (vowel === vowelU) {
    if (nikahit) return first ? 'om' : 'ŭm';
    if (reahmuk) return first ? 'ŏh' : 'uh';
  }
  if (vowel === vowelE && reahmuk) return 'éh';
  if (vowel === vowelOo && reahmuk) return first ? 'aŏh' : 'uŏh';
  const [firstReading, secondReading] = dependentVowels.get(vowel)!;
  return (first ? firstReading : secondReading) + (nikahit ? 'm' : '') + (reahmuk ? 'h' : '');
}

function renderSyllable(syllable: Syllable): string {
  const robat = syllable.marks.has(signs.robat) ? 'r' : '';
  return syllable.onset + vowelLatin(syllable) + syllable.final + robat;
}

// Khmer words repeat a great deal in lists of names: romanise each once.
const wordCache = new Map<string, string>();

function romaniseWord(word: number[]): string {
  const key = String.fromCodePoint(...word);
  let latin = wordCache.get(key);
  if (latin === undefined) {
    latin = assembleSyllables(parseClusters(word)).map(renderSyllable).join('');
    if (wordCache.size > 100_000) wordCache.clear();
    wordCache.set(key, latin);
  }
  return latin;
}

/**
 * Romanises Khmer script by the UNGEGN / BGN-PCGN 1972 system, keeping its diacritics
 * (ជា → chéa, សុខា → sŏkha, ហ៊ុន សែន → hŭn sên); pass the result through `foldDiacritics` for
 * matching. Each consonant reads the same in both series, but a dependent vowel is read by the
 * series of the consonant cluster carrying it; subscripts follow their base. Khmer writes no
 * spaces between words, so syllable division inside a word is inferred (see README.md for the
 * rules and the known limits). Spaces, zero-width spaces and Khmer punctuation separate words;
 * Khmer digits become ASCII digits; other characters pass through. Never throws.
 */
export function romaniseKhmer(text: string): string {
  let output = '';
  let word: number[] = [];
  const flush = () => {
    if (word.length > 0) output += romaniseWord(word);
    word = [];
  };
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if (code >= 0x17e0 && code <= 0x17e9) {
      flush();
      output += String(code - 0x17e0);
    } else if (code >= 0x1780 && code <= 0x17d3) {
      word.push(code);
    } else if (isKhmer(code) || code === 0x200b || code === 0x200c || code === 0x200d) {
      // Punctuation (។ ៕ ៖ ៗ …), symbols and zero-width characters end a word.
      flush();
      if (code === 0x200b || (code >= 0x17d4 && code <= 0x17da)) output += ' ';
    } else {
      flush();
      output += character;
    }
  }
  flush();
  return output.replace(/\s+/g, ' ').trim();
}
