// The `_headers` file that Netlify and Cloudflare Pages read: security headers for every path,
// and a long cache for the files whose names carry a content hash. Pure: the build writes it.

/**
 * Directives every page shares. Scripts and styles are not here: each page's own
 * Content-Security-Policy meta tag allows them by hash, and a header without those hashes would
 * block them (a browser enforces every policy it is given). frame-ancestors, which a meta tag
 * cannot set, is the reason for this header.
 */
export const HEADER_CSP_DIRECTIVES = ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"] as const;

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': HEADER_CSP_DIRECTIVES.join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

/**
 * Folders whose file names change with their content: Astro's bundles and Pagefind's index,
 * fragment and filter chunks. pagefind.js and pagefind-entry.json keep their names across
 * builds, so they keep the host's default (revalidated) caching.
 */
export const HASHED_FOLDERS = ['_astro/', 'pagefind/index/', 'pagefind/fragment/', 'pagefind/filter/'] as const;

export interface HeaderRule {
  path: string;
  headers: Record<string, string>;
}

export function hostingHeaderRules(base: string): HeaderRule[] {
  const root = base.endsWith('/') ? base : `${base}/`;
  return [
    { path: '/*', headers: { ...SECURITY_HEADERS } },
    ...HASHED_FOLDERS.map((folder) => ({ path: `${root}${folder}*`, headers: { 'Cache-Control': IMMUTABLE_CACHE } })),
  ];
}

export function renderHeadersFile(rules: readonly HeaderRule[]): string {
  const head = '# Made by the build (src/lib/site/hosting-headers.ts): security headers and caching for Netlify and Cloudflare Pages.\n';
  return (
    head +
    rules
      .map(
        (rule) =>
          `${rule.path}\n${Object.entries(rule.headers)
            .map(([name, value]) => `  ${name}: ${value}\n`)
            .join('')}`,
      )
      .join('')
  );
}

/** Reads a `_headers` file back (for tests and local servers that play the host). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: {} });
    else {
      const match = /^\s+([^:]+):\s*(.*)$/.exec(line);
      const rule = rules.at(-1);
      if (match && rule) rule.headers[match[1]!.trim()] = match[2]!.trim();
    }
  }
  return rules;
}

/** The headers a host sends for `pathname`: every matching rule's, later rules adding to earlier ones. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const matching = rules.filter((rule) => {
    const pattern = rule.path
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*');
    return new RegExp(`^${pattern}$`).test(pathname);
  });
  return Object.assign({}, ...matching.map((rule) => rule.headers));
}
