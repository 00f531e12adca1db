// Astro integration: writes `_headers` (see src/lib/site/hosting-headers.ts) into the build output,
// with the paths under the configured base.
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hostingHeaderRules, renderHeadersFile } from '../lib/site/hosting-headers.ts';

export function hostingHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'transformer-atlas:hosting-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        writeFileSync(fileURLToPath(new URL('_headers', dir)), renderHeadersFile(hostingHeaderRules(base)));
      },
    },
  };
}
