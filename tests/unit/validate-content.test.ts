// Content errors a contributor can make by hand, each with the message they will see:
// file, line where known, field and fix. Runs the real `npm run validate` script on fixtures.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './temp-dir.ts';
import { GOOD_PAPER, paperWith } from './paper-fixture.ts';

/** A content folder with every real technique and one or two paper files. */
function fixture(papers: Record<string, string>, techniqueEdit?: (text: string) => string): string {
  const root = tempDir('atlas-content-');
  cpSync('content/techniques', join(root, 'content/techniques'), { recursive: true });
  mkdirSync(join(root, 'content/papers'));
  for (const [name, text] of Object.entries(papers)) writeFileSync(join(root, 'content/papers', name), text);
  if (techniqueEdit) {
    const file = join(root, 'content/techniques/quantization.mdx');
    writeFileSync(file, techniqueEdit(readFileSync(file, 'utf8')));
  }
  return root;
}

function validate(root: string) {
  return spawnSync(process.execPath, ['scripts/validate-content.ts', root], { encoding: 'utf8' });
}

/** Every cross-reference in the real overviews needs its paper; keep the fixtures small by
 * pointing them, in turn, at five small papers. */
const SUPPORT = ['p1', 'p2', 'p3', 'p4', 'p5'];
const supportPapers = Object.fromEntries(SUPPORT.map((slug) => [`${slug}.mdx`, paperWith(slug)]));
const withRefsToSupport = (text: string) => {
  let n = 0;
  return text.replace(/\]\(paper:[^)]+\)/g, () => `](paper:${SUPPORT[n++ % SUPPORT.length]})`);
};

function fixtureOf(papers: Record<string, string>, techniqueEdit: (text: string) => string = (t) => t) {
  const root = fixture({ ...supportPapers, ...papers });
  for (const name of spawnSync('ls', [join(root, 'content/techniques')], { encoding: 'utf8' })
    .stdout.trim()
    .split('\n')) {
    const file = join(root, 'content/techniques', name);
    let text = withRefsToSupport(readFileSync(file, 'utf8'));
    if (name === 'quantization.mdx') text = techniqueEdit(text);
    writeFileSync(file, text);
  }
  return root;
}

describe('content validation', () => {
  it('accepts a valid collection', () => {
    const result = validate(fixtureOf({ 'a-good-paper.mdx': GOOD_PAPER }));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  const cases: [string, (text: string) => string, RegExp][] = [
    [
      'a missing title',
      (t) => t.replace(/^title: .*\n/m, ''),
      /content\/papers\/a-good-paper\.mdx: field `title`: is missing: add `title:` to the frontmatter/,
    ],
    [
      'an impossible date',
      (t) => t.replace('date: "2024-05-06"', 'date: "2023-13-01"'),
      /content\/papers\/a-good-paper\.mdx:4: field `date`: '2023-13-01' is not a date \(use YYYY-MM-DD or YYYY-MM, or null when unknown\)/,
    ],
    ['a malformed date', (t) => t.replace('date: "2024-05-06"', 'date: "May 2024"'), /:4: field `date`: 'May 2024' is not a date/],
    ['an unknown field value', (t) => t.replace('datePrecision: "day"', 'datePrecision: "week"'), /:5: field `datePrecision`: must be 'day', 'month' or null/],
    [
      'an unknown technique id',
      (t) => t.replace('primary: "quantization"', 'primary: "quantisation"'),
      /:13: field `primary`: 'quantisation' is not a technique id \(use one of: mixture-of-experts, /,
    ],
    [
      'an author stored as "Last, First"',
      (t) => t.replace('authorCount: 3', 'authorCount: 2').replace('authors: []', 'authors:\n  - "Trockman, Asher"\n  - "J Zico Kolter"'),
      /content\/papers\/a-good-paper\.mdx:12: field `authors`: "Trockman, Asher" has a comma \(write it as "Asher Trockman"; keep the paper's order\)/,
    ],
    ['a misspelt field', (t) => t.replace('notes: ""', 'note: ""'), /field `note`: is not a known field \(check the spelling; known fields: title, slug, /],
    [
      'broken YAML',
      (t) => t.replace('title: "A Good Paper"', 'title: "A Good Paper'),
      /content\/papers\/a-good-paper\.mdx:\d+: the frontmatter is not valid YAML/,
    ],
    [
      'an MDX syntax error',
      (t) => t.replace('An abstract with \\{braces\\} escaped.', 'An abstract with <unclosed tag and {braces.'),
      /content\/papers\/a-good-paper\.mdx:19: MDX syntax error: .*\(write a literal \{ \} < > as \\\{ \\\} \\< \\>, or close the tag\)/,
    ],
  ];
  for (const [what, edit, message] of cases) {
    it(`fails on ${what} with a message naming file, field and fix`, () => {
      const result = validate(fixtureOf({ 'a-good-paper.mdx': edit(GOOD_PAPER) }));
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    });
  }

  it('warns, without failing, when the listing counted a different number of authors', () => {
    const result = validate(fixtureOf({ 'a-good-paper.mdx': GOOD_PAPER.replace('authors: []', 'authors:\n  - "Ada Lovelace"\n  - "Alan Turing"') }));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /warning: content\/papers\/a-good-paper\.mdx:8: field `authorCount`: the listing counted 3 authors, `authors` names 2 \(check which version/,
    );
  });

  it('fails on a duplicate slug, naming both files', () => {
    const result = validate(fixtureOf({ 'a-good-paper.mdx': GOOD_PAPER, 'copy.mdx': GOOD_PAPER.replace('A Good Paper', 'A Copy') }));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/content\/papers\/copy\.mdx:3: field `slug`: 'a-good-paper' is already the slug of content\/papers\/a-good-paper\.mdx/);
  });

  it('fails on a cross-reference to a missing paper, with its line', () => {
    const result = validate(fixtureOf({ 'a-good-paper.mdx': GOOD_PAPER }, (t) => `${t}\nSee [a ghost](paper:no-such-paper).\n`));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/content\/techniques\/quantization\.mdx:\d+: cross-reference `paper:no-such-paper`: no paper has this slug/);
  });

  it('fails on an unknown technique theme', () => {
    const result = validate(fixtureOf({ 'a-good-paper.mdx': GOOD_PAPER }, (t) => t.replace('theme: "compression"', 'theme: "squeezing"')));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/content\/techniques\/quantization\.mdx:3: field `theme`: 'squeezing' is not a theme id/);
  });

  it('fails on an MDX syntax error in a hand-edited overview, with its line', () => {
    const result = validate(fixtureOf({ 'a-good-paper.mdx': GOOD_PAPER }, (t) => t.replace('### The problem', '### The problem\n\nA stray { brace.')));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/content\/techniques\/quantization\.mdx:\d+: MDX syntax error: /);
  });

  it('fails on an overview too short to be a survey section', () => {
    const result = validate(
      fixtureOf({ 'a-good-paper.mdx': GOOD_PAPER }, (t) => t.replace(/\n---\n[\s\S]*$/, '\n---\n\nToo short. [x](paper:a-good-paper)\n')),
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /content\/techniques\/quantization\.mdx: overview: \d+ words and 1 paper cross-reference; write at least 200 words citing at least 5 papers/,
    );
  });

  it('fails on an overview that repeats a run of words from an abstract, naming the paper', () => {
    const copied = GOOD_PAPER.replace(
      'An abstract with \\{braces\\} escaped.',
      'We route every token through two experts chosen by a learned gate, which halves the cost.',
    );
    const result = validate(
      fixtureOf({ 'a-good-paper.mdx': copied }, (t) =>
        t.replace('### The problem', '### The problem\n\nOne paper routes every token through two experts chosen by a learned gate.'),
      ),
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /content\/techniques\/quantization\.mdx:\d+: overview: "every token through two experts chosen by a" repeats 8 words of the abstract in content\/papers\/a-good-paper\.mdx; say it in our own words/,
    );
  });
});

describe('editor-added papers cite every fact in content/provenance/editors.tsv', () => {
  const EDITORS_PAPER = GOOD_PAPER.replace('slug: "a-good-paper"', 'slug: "an-editors-paper"\norigin: "editors"')
    .replace('dateSource: "listing"', 'dateSource: "arxiv"')
    .replace('listings:\n  - "000_test.txt"', 'listings: []')
    .replace('authors: []', 'authors:\n  - "Ada Fixture"\n  - "Björn Testcase"');
  const row = (fact: string, value: string, slug = 'an-editors-paper') =>
    [slug, fact, value, 'https://arxiv.org/abs/2405.01234', 'search/pages', 'q', 'shown on the page', '2026-12-03'].join('\t');
  const ROWS = [
    row('arxivId', '2405.01234'),
    row('title', 'A Good Paper'),
    row('date', '2024-05-06'),
    row('authors', 'Ada Fixture; Björn Testcase'),
    row('abstract', 'An abstract with {braces} escaped.'),
  ];
  const HEADER = 'slug\tfact\tvalue\tsource_url\ttool\tquery\tevidence\tlooked_up';

  function validateWith(rows: string[], paper = EDITORS_PAPER) {
    const root = fixtureOf({ 'an-editors-paper.mdx': paper });
    mkdirSync(join(root, 'content/provenance'));
    writeFileSync(join(root, 'content/provenance/editors.tsv'), [HEADER, ...rows].join('\n') + '\n');
    return validate(root);
  }

  it('accepts an editor-added paper with a cited source for each fact', () => {
    const result = validateWith(ROWS);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('fails on an editor-added paper without provenance rows, naming file, field and fix', () => {
    const result = validateWith([]);
    expect(result.status).toBe(1);
    for (const field of ['arxivId', 'title', 'date', 'authors']) {
      expect(result.stderr).toMatch(
        new RegExp(
          `content/papers/an-editors-paper\\.mdx:\\d+: field \`${field}\`: an editor-added paper needs a source for it, and content/provenance/editors\\.tsv has no '${field}' row for 'an-editors-paper' \\(add it with npm run add -- --facts`,
        ),
      );
    }
    expect(result.stderr).toMatch(/an-editors-paper\.mdx:\d+: abstract: an editor-added paper needs a source for it/);
  });

  it('needs no abstract row when the abstract is not recorded (empty body)', () => {
    const result = validateWith(ROWS.slice(0, 4), EDITORS_PAPER.replace('An abstract with \\{braces\\} escaped.\n', ''));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('fails when the entry no longer says what the source was cited for', () => {
    const result = validateWith(ROWS, EDITORS_PAPER.replace('date: "2024-05-06"', 'date: "2024-05-07"'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/an-editors-paper\.mdx:5: field `date`: '2024-05-07' is not the value cited in content\/provenance\/editors\.tsv/);
  });

  it('fails on a provenance row for a paper that does not exist, with its line', () => {
    const result = validateWith([...ROWS, row('title', 'Ghost', 'no-such-paper')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/content\/provenance\/editors\.tsv:7: slug 'no-such-paper': no paper has this slug/);
  });
});

describe('a technique reading path (startHere)', () => {
  const withStartHere = (steps: string[]) => (text: string) =>
    text.replace('\n---\n', `\nstartHere:\n${steps.map((s) => `  - paper: "${s}"\n    why: "Read it first."`).join('\n')}\n---\n`);

  it('accepts 3 to 7 papers of the collection', () => {
    const result = validate(fixtureOf({ 'a-good-paper.mdx': GOOD_PAPER }, withStartHere(['p1', 'a-good-paper', 'p3'])));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('fails on a step naming a missing paper, with its line and fix', () => {
    const result = validate(fixtureOf({ 'a-good-paper.mdx': GOOD_PAPER }, withStartHere(['p1', 'no-such-paper', 'p3'])));
    expect(result.status).toBe(1);
    const line = readFileSync(join('content/techniques/quantization.mdx'), 'utf8').split('\n').indexOf('---', 1) + 1 + 3;
    expect(result.stderr).toContain(
      `content/techniques/quantization.mdx:${line}: field \`startHere.1.paper\`: no paper has the slug 'no-such-paper' (use the slug field of a file in content/papers/)`,
    );
  });

  it('fails on too short a path and on a paper named twice', () => {
    const short = validate(fixtureOf({ 'a-good-paper.mdx': GOOD_PAPER }, withStartHere(['p1', 'p2'])));
    expect(short.status).toBe(1);
    expect(short.stderr).toMatch(/quantization\.mdx:\d+: field `startHere`: lists too few papers: give 3 to 7 in reading order/);
    const twice = validate(fixtureOf({ 'a-good-paper.mdx': GOOD_PAPER }, withStartHere(['p1', 'p2', 'p1'])));
    expect(twice.status).toBe(1);
    expect(twice.stderr).toMatch(/quantization\.mdx:\d+: field `startHere\.2\.paper`: 'p1' is listed twice/);
  });
});
