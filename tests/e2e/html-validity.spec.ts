// Every HTML page of the built site passes html-validate's recommended rules.
import { expect, test } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

test('every page in dist/ is valid HTML', async () => {
  test.setTimeout(180_000);
  // Rules from .htmlvalidate.json (recommended, plus no inline styles).
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const files = htmlFiles('dist');
  expect(files.length).toBeGreaterThan(600);
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  expect(problems.slice(0, 30)).toEqual([]);
});
