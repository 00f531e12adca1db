// "Similar papers": TF-IDF vectors of title + abstract, cosine similarity, the top k per paper.
// Sparse throughout so it scales to tens of thousands of papers: each paper is compared only
// with the papers that share its most telling words, found through an inverted index.

export interface SimilarityInput {
  slug: string;
  title: string;
  abstract: string;
}

export interface SimilarPaper {
  slug: string;
  /** Cosine similarity of the two TF-IDF vectors, 0..1. */
  score: number;
}

export interface SimilarityOptions {
  /** How many similar papers per paper. */
  k?: number;
  /** A paper is matched through its this-many heaviest terms. */
  queryTerms?: number;
  /** Of each term's papers, only this many (the heaviest) are candidates: bounds the work per paper. */
  postingsPerTerm?: number;
}

// Function words and the words every abstract uses; they say nothing about the topic.
const STOPWORDS = new Set(
  (
    'a an and are as at be been but by can do does for from has have how however in into is it its of on or our over such than that the their them these this those ' +
    'through to under up via was we were what when where which while who will with within without also both each more most new not only other same so some then there ' +
    'they thus very may might use used using show shows shown propose proposed paper approach method methods result results based achieve achieves'
  ).split(' '),
);

/** Lower-case word stems of a text: letters and digits, plural -s dropped, stopwords out. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().split(/[^a-z0-9]+/)) {
    if (raw.length < 2 || /^\d+$/.test(raw) || STOPWORDS.has(raw)) continue;
    out.push(raw.length > 4 && raw.endsWith('s') && !raw.endsWith('ss') ? raw.slice(0, -1) : raw);
  }
  return out;
}

interface SparseVector {
  /** Term ids, ascending. */
  ids: Int32Array;
  /** L2-normalised weights, parallel to ids. */
  weights: Float64Array;
}

function dot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) sum += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

/** TF-IDF vectors (log tf, smoothed idf), title words counted twice since a title names the topic. */
function vectorise(papers: readonly SimilarityInput[]): SparseVector[] {
  const vocabulary = new Map<string, number>();
  const counts = papers.map(({ title, abstract }) => {
    const tf = new Map<number, number>();
    const add = (word: string, n: number) => {
      let id = vocabulary.get(word);
      if (id === undefined) vocabulary.set(word, (id = vocabulary.size));
      tf.set(id, (tf.get(id) ?? 0) + n);
    };
    for (const word of terms(title)) add(word, 2);
    for (const word of terms(abstract)) add(word, 1);
    return tf;
  });
  const df = new Int32Array(vocabulary.size);
  for (const tf of counts) for (const id of tf.keys()) df[id]!++;
  const n = papers.length;
  return counts.map((tf) => {
    const ids = Int32Array.from([...tf.keys()].sort((a, b) => a - b));
    const weights = Float64Array.from(ids, (id) => (1 + Math.log(tf.get(id)!)) * Math.log((1 + n) / (1 + df[id]!)));
    const norm = Math.hypot(...weights) || 1;
    for (let i = 0; i < weights.length; i++) weights[i]! /= norm;
    return { ids, weights };
  });
}

/** The n items of highest score, without sorting them all (a paper can touch thousands). */
function topBy(items: readonly number[], scores: Float64Array, n: number): number[] {
  const top: number[] = [];
  for (const item of items) {
    if (top.length === n && scores[item]! <= scores[top[n - 1]!]!) continue;
    let at = top.length === n ? n - 1 : top.length;
    while (at > 0 && scores[top[at - 1]!]! < scores[item]!) {
      top[at] = top[at - 1]!;
      at--;
    }
    top[at] = item;
  }
  return top;
}

/** For each paper, up to k other papers by cosine similarity of title + abstract, most similar first. */
export function similarPapers(papers: readonly SimilarityInput[], options: SimilarityOptions = {}): Map<string, SimilarPaper[]> {
  const k = options.k ?? 5;
  const queryTerms = options.queryTerms ?? 32;
  const postingsPerTerm = options.postingsPerTerm ?? 256;
  const vectors = vectorise(papers);

  // Inverted index, each posting list cut to its heaviest papers (impact ordering).
  const postings = new Map<number, { doc: number; weight: number }[]>();
  vectors.forEach((v, doc) => {
    for (let i = 0; i < v.ids.length; i++) {
      const list = postings.get(v.ids[i]!) ?? [];
      if (list.length === 0) postings.set(v.ids[i]!, list);
      list.push({ doc, weight: v.weights[i]! });
    }
  });
  for (const list of postings.values()) {
    if (list.length > postingsPerTerm) list.sort((a, b) => b.weight - a.weight).length = postingsPerTerm;
  }

  const scores = new Float64Array(papers.length);
  const result = new Map<string, SimilarPaper[]>();
  vectors.forEach((v, doc) => {
    const heaviest = [...v.weights.keys()].sort((a, b) => v.weights[b]! - v.weights[a]!).slice(0, queryTerms);
    const touched: number[] = [];
    for (const i of heaviest) {
      for (const { doc: other, weight } of postings.get(v.ids[i]!)!) {
        if (other === doc) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other]! += v.weights[i]! * weight;
      }
    }
    // The partial scores pick candidates; the full vectors rank them.
    const candidates = topBy(touched, scores, 4 * k);
    for (const other of touched) scores[other] = 0;
    result.set(
      papers[doc]!.slug,
      candidates
        .map((other) => ({ slug: papers[other]!.slug, score: dot(v, vectors[other]!) }))
        .sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug))
        .slice(0, k),
    );
  });
  return result;
}
