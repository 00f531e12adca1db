// Title normalisation and slugs: the keys that decide whether two listing entries are one paper.

const GREEK_NAMES: Record<string, string> = {
  α: 'alpha',
  β: 'beta',
  γ: 'gamma',
  δ: 'delta',
  ε: 'epsilon',
  ζ: 'zeta',
  η: 'eta',
  θ: 'theta',
  ι: 'iota',
  κ: 'kappa',
  λ: 'lambda',
  μ: 'mu',
  ν: 'nu',
  ξ: 'xi',
  ο: 'omicron',
  π: 'pi',
  ρ: 'rho',
  σ: 'sigma',
  ς: 'sigma',
  τ: 'tau',
  υ: 'upsilon',
  φ: 'phi',
  χ: 'chi',
  ψ: 'psi',
  ω: 'omega',
};

/** Lower-case ASCII words only: Greek letters spelled out, accents and punctuation dropped. */
function asciiWords(text: string): string[] {
  const spelled = text
    .toLowerCase()
    .replace(/['’]/g, '') // "Adam's" is one word: adams
    .replace(/[α-ω]/g, (letter) => ` ${GREEK_NAMES[letter] ?? ''} `)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  return spelled.split(/[^a-z0-9]+/).filter(Boolean);
}

/** The key two copies of one paper share, whatever their case, punctuation or spacing. */
export function normaliseTitle(title: string): string {
  return asciiWords(title).join(' ');
}

const MAX_SLUG_LENGTH = 72;

/** A readable URL segment; cut at a word boundary so links stay short enough to paste. */
export function slugifyTitle(title: string): string {
  let slug = '';
  for (const word of asciiWords(title)) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH && slug) break;
    slug = next.slice(0, MAX_SLUG_LENGTH);
  }
  return slug || 'untitled';
}

/** A slug not yet in `taken`: the plain one, else the first free `-2`, `-3`, ... */
export function uniqueSlug(title: string, taken: ReadonlySet<string>): string {
  const slug = slugifyTitle(title);
  if (!taken.has(slug)) return slug;
  for (let n = 2; ; n++) {
    const candidate = `${slug}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
