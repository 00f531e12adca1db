import { describe, expect, it } from 'vitest';
import {
  HASHED_FOLDERS,
  headersFor,
  hostingHeaderRules,
  IMMUTABLE_CACHE,
  parseHeadersFile,
  renderHeadersFile,
  SECURITY_HEADERS,
} from '../../src/lib/site/hosting-headers.ts';

describe('hosting headers', () => {
  it.each(['/', '/atlas/', '/atlas'])('reads back what it writes, with the base %s in front of cached folders', (base) => {
    const rules = hostingHeaderRules(base);
    expect(parseHeadersFile(renderHeadersFile(rules))).toEqual(rules);
    const root = base.endsWith('/') ? base : `${base}/`;
    for (const folder of HASHED_FOLDERS) expect(headersFor(rules, `${root}${folder}abc123.js`)['Cache-Control']).toBe(IMMUTABLE_CACHE);
  });

  it('sends the security headers everywhere and a long cache only for hashed files', () => {
    const rules = hostingHeaderRules('/atlas/');
    expect(headersFor(rules, '/atlas/papers/x/')).toEqual(SECURITY_HEADERS);
    expect(headersFor(rules, '/atlas/pagefind/pagefind-entry.json')['Cache-Control']).toBeUndefined();
    expect(headersFor(rules, '/_astro/a.js')['Cache-Control']).toBeUndefined();
  });

  it('sets frame-ancestors and leaves scripts and styles to the pages’ meta policies', () => {
    const csp = SECURITY_HEADERS['Content-Security-Policy']!;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/default-src|script-src|style-src/);
  });
});
