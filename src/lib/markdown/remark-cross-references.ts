// Remark plugin: rewrites `paper:` and `technique:` links (see cross-references.ts) to site URLs
// and fails the build on a missing target.
import { CrossReferenceError, resolveCrossReference } from '../content/cross-references.ts';

interface MdastNode {
  type: string;
  url?: string;
  children?: MdastNode[];
}

export interface CrossReferenceOptions {
  base: string;
  paperSlugs: ReadonlySet<string>;
  techniqueIds: ReadonlySet<string>;
}

function visitLinks(node: MdastNode, visit: (link: MdastNode) => void): void {
  if (node.type === 'link') visit(node);
  for (const child of node.children ?? []) visitLinks(child, visit);
}

export function remarkCrossReferences(options: CrossReferenceOptions) {
  return (tree: MdastNode, file: { path?: string }) => {
    visitLinks(tree, (link) => {
      try {
        const resolved = resolveCrossReference(link.url ?? '', options.base, options.paperSlugs, options.techniqueIds);
        if (resolved) link.url = resolved;
      } catch (error) {
        if (error instanceof CrossReferenceError) throw new Error(`${file.path ?? 'content'}: ${error.message}`);
        throw error;
      }
    });
  };
}
