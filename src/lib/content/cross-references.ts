// Cross-references in survey prose are ordinary Markdown links with our own schemes:
// [MatFormer](paper:matformer-nested-transformer-for-elastic-inference) and
// [quantization](technique:quantization). The build checks every target and turns them into
// base-aware URLs, so prose never hard-codes a site path.
import { joinBase, paperPath, techniquePath } from '../site/urls.ts';

export interface CrossReference {
  kind: 'paper' | 'technique';
  target: string;
  /** 1-based line within the text searched */
  line: number;
}

const REFERENCE = /\]\((paper|technique):([^)\s]*)\)/g;

export function findCrossReferences(markdown: string): CrossReference[] {
  const found: CrossReference[] = [];
  markdown.split('\n').forEach((text, index) => {
    for (const match of text.matchAll(REFERENCE)) {
      found.push({ kind: match[1] as CrossReference['kind'], target: match[2]!, line: index + 1 });
    }
  });
  return found;
}

export class CrossReferenceError extends Error {}

/** The site URL a cross-reference link points to, or an error naming the missing target. */
export function resolveCrossReference(href: string, base: string, paperSlugs: ReadonlySet<string>, techniqueIds: ReadonlySet<string>): string | null {
  const match = /^(paper|technique):(.*)$/.exec(href);
  if (!match) return null;
  const [, kind, target = ''] = match;
  if (kind === 'paper') {
    if (!paperSlugs.has(target)) throw new CrossReferenceError(`cross-reference \`paper:${target}\`: no paper has this slug`);
    return joinBase(base, paperPath(target));
  }
  if (!techniqueIds.has(target)) throw new CrossReferenceError(`cross-reference \`technique:${target}\`: no such technique`);
  return joinBase(base, techniquePath(target));
}
