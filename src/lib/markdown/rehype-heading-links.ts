// Rehype plugin: gives every h2/h3 with an id in survey prose a "#" control that links to
// the section and, with JavaScript, copies that link (see scripts/copy-link.ts). The "#" is
// kept out of the search index, where it would show up in excerpts.

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
  value?: string;
}

function textOf(node: HastNode): string {
  return node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');
}

function visitHeadings(node: HastNode, visit: (heading: HastNode) => void): void {
  if (node.type === 'element' && (node.tagName === 'h2' || node.tagName === 'h3') && node.properties?.id) visit(node);
  for (const child of node.children ?? []) visitHeadings(child, visit);
}

export function rehypeHeadingLinks() {
  return (tree: HastNode) => {
    visitHeadings(tree, (heading) => {
      const id = String(heading.properties!.id);
      heading.children = [
        ...(heading.children ?? []),
        {
          type: 'element',
          tagName: 'a',
          properties: {
            className: ['heading-link'],
            href: `#${id}`,
            dataCopyLink: '',
            dataPagefindIgnore: '',
            ariaLabel: `Copy link to section: ${textOf(heading)}`,
          },
          children: [
            { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
            { type: 'element', tagName: 'span', properties: { className: ['status'], role: 'status' }, children: [] },
          ],
        },
      ];
    });
  };
}
