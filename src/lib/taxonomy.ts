// The survey's fixed structure: the themes and the technique ids in them. The ids are
// public URLs (/techniques/<id>/), so they never change; names and summaries live in content/.

export const THEMES = [
  { id: 'sparse-conditional', name: 'Sparse & conditional computation', techniques: ['mixture-of-experts', 'dynamic-depth', 'elastic-models'] },
  {
    id: 'attention-mixing',
    name: 'Attention & sequence mixing',
    techniques: ['efficient-attention', 'linear-attention-and-ssm', 'attention-kernels', 'token-mixers'],
  },
  { id: 'block-scaling', name: 'Block design & scaling', techniques: ['block-design', 'scaling-laws'] },
  { id: 'compression', name: 'Compression', techniques: ['quantization', 'pruning-and-sparsity', 'low-rank-and-structured', 'distillation'] },
  { id: 'inference-serving', name: 'Inference & serving', techniques: ['kv-cache', 'token-reduction', 'inference-systems'] },
  { id: 'training-scale', name: 'Training at scale', techniques: ['distributed-training', 'efficient-training', 'hardware-codesign'] },
  { id: 'adaptation-composition', name: 'Adaptation & composition', techniques: ['parameter-efficient-tuning', 'model-merging', 'architecture-search'] },
  {
    id: 'domains',
    name: 'Domains',
    techniques: ['vision-transformers', 'diffusion-transformers', 'speech-and-audio', 'multimodal', 'graph-transformers', 'time-series'],
  },
  { id: 'understanding', name: 'Understanding', techniques: ['theory-and-interpretability', 'surveys-and-benchmarks'] },
] as const;

export type ThemeId = (typeof THEMES)[number]['id'];
export type TechniqueId = (typeof THEMES)[number]['techniques'][number];

export const THEME_IDS = THEMES.map((t) => t.id) as [ThemeId, ...ThemeId[]];
export const TECHNIQUE_IDS = THEMES.flatMap((t) => t.techniques) as [TechniqueId, ...TechniqueId[]];

export function isTechniqueId(value: string): value is TechniqueId {
  return (TECHNIQUE_IDS as readonly string[]).includes(value);
}

export function themeById(id: ThemeId): (typeof THEMES)[number] {
  return THEMES.find((theme) => theme.id === id)!;
}

export function themeOfTechnique(id: TechniqueId): (typeof THEMES)[number] {
  return THEMES.find((theme) => (theme.techniques as readonly string[]).includes(id))!;
}
