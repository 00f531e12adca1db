// A curated table of synonyms and abbreviations, applied at query time: "LLM" also finds
// "large language model", "MoE" also "mixture of experts", "on-device" also "edge". Each row
// is a set of phrases that mean the same thing here; the query's words are grouped into
// concepts, and a paper matches a concept through any of its phrases.
import { meaningfulWords } from './search-words.ts';

export const SYNONYMS: readonly (readonly string[])[] = [
  ['llm', 'llms', 'large language model', 'large language models'],
  ['kv', 'key-value'],
  ['moe', 'mixture-of-experts'],
  ['ssm', 'state space model', 'state-space model', 'state space', 'mamba'],
  ['peft', 'parameter-efficient fine-tuning', 'parameter-efficient tuning', 'adapters'],
  ['lora', 'low-rank adaptation'],
  ['on-device', 'edge', 'mobile', 'edge devices'],
  ['linearize', 'linearizing', 'linearization', 'convert into an rnn', 'into an rnn', 'linear attention'],
  ['rnn', 'recurrent'],
  ['vit', 'vision transformer', 'vision transformers'],
  ['asr', 'speech recognition'],
  ['nas', 'architecture search'],
  ['kd', 'knowledge distillation', 'distillation'],
  ['ptq', 'post-training quantization'],
  ['qat', 'quantization-aware training'],
  ['deit', 'data-efficient image transformers'],
  ['dit', 'diffusion transformer', 'diffusion transformers'],
  ['mlp', 'mlps'],
  ['ffn', 'feed-forward', 'feedforward'],
  ['remove', 'removed', 'drop', 'dropping', 'prune', 'pruning', 'skip'],
  ['cheaper', 'efficient', 'efficiency'],
  ['smaller', 'compress', 'compression'],
  ['speed up', 'accelerate', 'accelerating', 'faster'],
  ['evict', 'eviction'],
  ['1-bit', 'binary', 'binarized'],
  ['different types', 'heterogeneous'],
  ['long documents', 'long context', 'long sequences', 'long-range'],
  ['image generation', 'text-to-image', 'image synthesis'],
  ['faulty', 'fault', 'failures'],
  ['gpu memory', 'memory'],
  ['fine-tune', 'fine-tuning', 'finetuning', 'adaptation'],
  ['many sizes', 'elastic', 'nested'],
  ['ocr', 'text recognition'],
  ['nmt', 'machine translation'],
  ['tts', 'text-to-speech', 'speech synthesis'],
  ['gnn', 'graph neural network', 'graph neural networks'],
];

export interface Concept {
  /** The words as the reader typed them. */
  text: string;
  /** Every phrase that counts as a match, the reader's own first. */
  variants: string[];
}

/** "isation" → "ization" and the like, so British spellings find the index's American ones. */
export function americanSpelling(word: string): string {
  return word.replace(/is(ation|ations|e|ed|es|ing)$/, 'iz$1').replace(/yse$/, 'yze');
}

const normalise = (text: string) => meaningfulWords(text).map(americanSpelling).join(' ');

const PHRASES: { words: string[]; row: readonly string[] }[] = SYNONYMS.flatMap((row) => row.map((phrase) => ({ words: normalise(phrase).split(' '), row })))
  .filter((p) => p.words[0] !== '')
  .sort((a, b) => b.words.length - a.words.length);

/** The query's meaningful words grouped into concepts, longest table phrase first. */
export function queryConcepts(query: string): Concept[] {
  const words = normalise(query).split(' ').filter(Boolean);
  const concepts: Concept[] = [];
  for (let i = 0; i < words.length;) {
    const match = PHRASES.find((p) => p.words.every((w, j) => words[i + j] === w));
    const length = match?.words.length ?? 1;
    const text = words.slice(i, i + length).join(' ');
    const variants = [text, ...(match ? match.row.map(normalise).filter((v) => v && v !== text) : [])];
    concepts.push({ text, variants: [...new Set(variants)] });
    i += length;
  }
  return concepts;
}
