// The fixture build's editor-added papers obey the same rule as real ones: every fact cited,
// with the value the entry shows. Keeps the fixtures honest as the rule or the files change.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { checkEditorProvenance } from '../../src/lib/editor-provenance.ts';
import { splitPaperFile } from '../../src/lib/paper-file.ts';
import { paperSchema } from '../../src/lib/schemas.ts';

const TABLE = 'tests/fixtures/provenance/editors.tsv';
const papers = readdirSync('tests/fixtures/papers').map((name) => {
  const { data, body } = splitPaperFile(readFileSync(`tests/fixtures/papers/${name}`, 'utf8'));
  return { path: `tests/fixtures/papers/${name}`, data: paperSchema.parse(data), body };
});

describe('fixture editor-added papers', () => {
  it('include one with and one without an abstract', () => {
    const editors = papers.filter((p) => p.data.origin === 'editors');
    expect(new Set(editors.map((p) => p.body.trim() === ''))).toEqual(new Set([false, true]));
  });

  it('cite every fact in the fixture provenance table', () => {
    expect(checkEditorProvenance(papers, TABLE, readFileSync(TABLE, 'utf8'))).toEqual([]);
  });

  it('fail the check without the table', () => {
    const problems = checkEditorProvenance(papers, TABLE, null);
    expect(problems.map((p) => `${p.path} ${'field' in p.where ? p.where.field : p.where.line}`)).toContain('tests/fixtures/papers/editors-probe.mdx body');
  });
});
