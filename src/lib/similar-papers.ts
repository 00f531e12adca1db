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
function topBy(items: Int32Array, scores: Float64Array, n: number): number[] {
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
  const queryTerms = options.queryTerms ?? 20;
  const postingsPerTerm = options.postingsPerTerm ?? 128;
  const vectors = vectorise(papers);

  // Inverted index, each posting list cut to its heaviest papers (impact ordering), stored as
  // flat typed arrays: the inner loop below runs millions of times at 20,000 papers.
  const lists = new Map<number, { doc: number; weight: number }[]>();
  vectors.forEach((v, doc) => {
    for (let i = 0; i < v.ids.length; i++) {
      const list = lists.get(v.ids[i]!);
      if (list) list.push({ doc, weight: v.weights[i]! });
      else lists.set(v.ids[i]!, [{ doc, weight: v.weights[i]! }]);
    }
  });
  const postings = new Map<number, { docs: Int32Array; weights: Float64Array }>();
  for (const [id, list] of lists) {
    const kept = list.length > postingsPerTerm ? list.sort((a, b) => b.weight - a.weight).slice(0, postingsPerTerm) : list;
    postings.set(id, { docs: Int32Array.from(kept, (p) => p.doc), weights: Float64Array.from(kept, (p) => p.weight) });
  }

  const scores = new Float64Array(papers.length);
  const touched = new Int32Array(papers.length);
  const result = new Map<string, SimilarPaper[]>();
  vectors.forEach((v, doc) => {
    const heaviest = [...v.weights.keys()].sort((a, b) => v.weights[b]! - v.weights[a]!).slice(0, queryTerms);
    let count = 0;
    for (const i of heaviest) {
      const { docs, weights } = postings.get(v.ids[i]!)!;
      const w = v.weights[i]!;
      for (let j = 0; j < docs.length; j++) {
        const other = docs[j]!;
        if (other === doc) continue;
        if (scores[other] === 0) touched[count++] = other;
        scores[other]! += w * weights[j]!;
      }
    }
    // The partial scores pick candidates; the full vectors rank them.
    const candidates = topBy(touched.subarray(0, count), scores, 4 * k);
    for (let j = 0; j < count; j++) scores[touched[j]!] = 0;
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
