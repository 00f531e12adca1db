// Transparent keyword rules that propose technique labels from a title and abstract. They only
// propose: the labels that land are reviewed by a person, and `npm run classify -- --report`
// lists where the review disagreed with these rules.
import { TECHNIQUE_IDS, type TechniqueId } from '../content/taxonomy.ts';

/** Each pattern found in the title counts 3, in the abstract 1 (once per pattern). */
export const RULES: Record<TechniqueId, RegExp[]> = {
  'mixture-of-experts': [/mixture[- ]of[- ]experts?/i, /\bMoE\b/, /\bexperts? (routing|parallel|choice)/i, /sparsely[- ]activated/i, /\bgating network/i],
  'dynamic-depth': [
    /early[- ]exit/i,
    /layer skipping|skip(ping)? layers/i,
    /mixture[- ]of[- ]depths?/i,
    /adaptive computation/i,
    /dynamic depth/i,
    /conditional computation/i,
  ],
  'elastic-models': [/matryoshka/i, /nested/i, /elastic/i, /once[- ]for[- ]all/i, /slimmable/i, /many[- ]in[- ]one/i],
  'efficient-attention': [
    /sparse attention/i,
    /(local|window(ed)?|sliding) attention/i,
    /long[- ](context|sequence|range)/i,
    /efficient (self-)?attention/i,
    /low[- ]rank attention|linformer|performer|reformer/i,
    /quadratic (complexity|cost)/i,
  ],
  'linear-attention-and-ssm': [
    /linear attention/i,
    /state[- ]space/i,
    /\bmamba\b/i,
    /\bS4\b/,
    /\bRWKV\b/,
    /retention|RetNet/i,
    /delta rule/i,
    /recurren(t|ce)/i,
  ],
  'attention-kernels': [/flashattention|flash attention/i, /\bIO[- ]aware/i, /\bkernels?\b/i, /\bCUDA\b|\bGPU kernel/i, /\bTriton\b/i, /fused/i],
  'token-mixers': [
    /token mixer|token mixing/i,
    /\bMLP[- ]Mixer\b|\bgMLP\b/i,
    /attention[- ]free/i,
    /metaformer/i,
    /fourier|FNet/i,
    /convolution(al)?[- ](attention|transformer) hybrid/i,
  ],
  'block-design': [
    /feed[- ]forward/i,
    /layer ?norm|normali[sz]ation/i,
    /residual/i,
    /positional (encoding|embedding)|rotary|RoPE/i,
    /activation function/i,
    /depth (and|vs\.?|versus) width/i,
  ],
  'scaling-laws': [/scaling laws?/i, /compute[- ]optimal/i, /hyperparameter transfer|\bmuP\b|μP/i, /scal(e|ing) (up|behavio)/i],
  quantization: [
    /quantiz/i,
    /\b(INT[48]|FP[48]|4-bit|8-bit|2-bit|1-bit|low-bit)\b/i,
    /binar(y|ized)|ternary/i,
    /post[- ]training quantization|\bPTQ\b|\bQAT\b/i,
  ],
  'pruning-and-sparsity': [/prun(e|ing)/i, /sparsity/i, /lottery ticket/i, /activation sparsity/i, /sparse (training|model)/i],
  'low-rank-and-structured': [
    /low[- ]rank (factori[sz]ation|approximation|decomposition)/i,
    /monarch|butterfly/i,
    /tensor (decomposition|network|train)/i,
    /weight (sharing|clustering)/i,
    /structured matri/i,
  ],
  distillation: [/distill/i, /student|teacher/i],
  'kv-cache': [/\bKV[- ]?cache/i, /key[- ]value cache/i, /cache (compression|eviction)/i],
  'token-reduction': [/token (pruning|merging|reduction|sparsification|pooling)/i, /\bToMe\b/, /merg(e|ing) tokens/i, /fewer tokens/i],
  'inference-systems': [/inference (system|engine|serving)/i, /serving/i, /speculative decoding/i, /on[- ]device|edge devices?/i, /latency/i, /offload/i],
  'distributed-training': [
    /distributed training/i,
    /(data|tensor|pipeline|sequence|model) parallel/i,
    /\bZeRO\b|\bFSDP\b|sharding/i,
    /communication/i,
    /federated|decentrali[sz]ed/i,
    /\bGPUs\b.*\bscale|at scale/i,
  ],
  'efficient-training': [
    /memory[- ]efficient training/i,
    /optimizer states?/i,
    /activation (compression|checkpointing|recomputation)/i,
    /reversible/i,
    /mixed[- ]precision|low[- ]precision training/i,
    /large[- ]batch/i,
    /training (efficiency|cost|speed)/i,
  ],
  'hardware-codesign': [/accelerator/i, /hardware/i, /\bFPGA\b|\bASIC\b/i, /processing[- ]in[- ]memory|\bPIM\b/i, /co[- ]design/i, /dataflow/i],
  'parameter-efficient-tuning': [/\bLoRA\b/i, /adapter/i, /prompt tuning|prefix tuning/i, /parameter[- ]efficient/i, /\bPEFT\b/i, /hypernetwork/i],
  'model-merging': [
    /model merging|merg(e|ing) models/i,
    /weight averaging|model soups?/i,
    /task arithmetic|task vectors?/i,
    /fusion of models|model fusion/i,
    /mode connectivity/i,
    /branch[- ]train[- ]merge/i,
  ],
  'architecture-search': [/architecture search|\bNAS\b/i, /search(ed|ing)? (for|over) (architectures?|efficient)/i, /evolutionary/i],
  'vision-transformers': [
    /vision transformer|\bViTs?\b/i,
    /image (classification|recognition|restoration)/i,
    /object detection|segmentation/i,
    /super[- ]resolution/i,
    /\bCNNs?\b|convolutional neural/i,
  ],
  'diffusion-transformers': [/diffusion/i, /\bDiT\b/i, /image generation|video generation|text-to-image/i, /generative/i],
  'speech-and-audio': [/speech/i, /audio/i, /\bASR\b/, /conformer/i, /speaker|acoustic/i],
  multimodal: [/multi-?modal/i, /vision[- ]language/i, /audio[- ]visual/i, /\bVLMs?\b|\bMLLMs?\b/i, /modalit(y|ies)/i],
  'graph-transformers': [/graph/i, /\bGNNs?\b/i, /molecul/i],
  'time-series': [/time[- ]series/i, /forecast/i, /temporal signals?/i],
  'theory-and-interpretability': [
    /in-context learning/i,
    /expressiv/i,
    /theor(y|etical)/i,
    /interpretab|mechanistic/i,
    /provabl|we prove/i,
    /learning dynamics|grokking/i,
  ],
  'surveys-and-benchmarks': [/\bsurvey\b/i, /\breview\b/i, /benchmark/i, /evaluation suite/i],
};

export interface Proposal {
  primary: TechniqueId | null;
  related: TechniqueId[];
  scores: Partial<Record<TechniqueId, number>>;
}

const RELATED_MIN_SCORE = 3;

export function proposeLabels(title: string, abstract: string): Proposal {
  const scores: Partial<Record<TechniqueId, number>> = {};
  for (const id of TECHNIQUE_IDS) {
    let score = 0;
    for (const pattern of RULES[id]) {
      if (pattern.test(title)) score += 3;
      if (pattern.test(abstract)) score += 1;
    }
    if (score > 0) scores[id] = score;
  }
  const ranked = (Object.entries(scores) as [TechniqueId, number][]).sort((a, b) => b[1] - a[1] || TECHNIQUE_IDS.indexOf(a[0]) - TECHNIQUE_IDS.indexOf(b[0]));
  return {
    primary: ranked[0]?.[0] ?? null,
    related: ranked
      .slice(1)
      .filter(([, score]) => score >= RELATED_MIN_SCORE)
      .slice(0, 3)
      .map(([id]) => id),
    scores,
  };
}
