// `npm run add`: a new paper from the arXiv API (here a recorded-format fixture), a paper
// already present, and no network: a clear error and nothing written. `--facts`: papers the
// editors add from cited facts, offline.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addFromFacts, addPaper } from '../../scripts/add-paper.ts';
import { editorPaperDraft, type EditorFact } from '../../src/lib/editor-facts.ts';
import { renderPaperFile, splitPaperFile } from '../../src/lib/paper-file.ts';
import { slugifyTitle } from '../../src/lib/titles.ts';
import { unescapeMdxText } from '../../src/lib/mdx-text.ts';
import { paperSchema } from '../../src/lib/schemas.ts';
import { tempDir } from './temp-dir.ts';

const FIXTURE = readFileSync('tests/fixtures/arxiv-api/2401.99999.xml', 'utf8');
const emptyFolder = () => tempDir('atlas-add-');

describe('npm run add', () => {
  it('writes a valid entry from the API answer, asking for the id in the right place', async () => {
    const dir = emptyFolder();
    const asked: string[] = [];
    const result = await addPaper('https://arxiv.org/abs/2401.99999v2', dir, async (url) => {
      asked.push(url);
      return FIXTURE;
    });
    expect(result.status).toBe('added');
    expect(asked).toEqual(['https://export.arxiv.org/api/query?id_list=2401.99999']);
    const { data, body } = splitPaperFile(readFileSync(join(dir, result.file!), 'utf8'));
    expect(data).toMatchObject({
      title: 'Sparse Fixture Experts: A Test Paper with a Wrapped Title',
      arxivId: '2401.99999',
      authors: ['Ada Fixture', 'Björn Testcase'],
      date: '2024-01-30',
      datePrecision: 'day',
      dateSource: 'arxiv',
      // The keyword rules find no technique here, so none is guessed: the build will ask for one.
      primary: null,
    });
    expect(result.message).toMatch(/set `primary` by hand/);
    expect(paperSchema.safeParse(data).error?.issues.map((i) => i.path.join('.'))).toEqual(['primary']);
    expect(unescapeMdxText(body).trim()).toBe(
      'We route each token to {two} experts and show that $O(n^2)$ attention & a <b>fixture</b> are enough for testing.',
    );
  });

  it('reports a paper that is already there instead of adding it twice', async () => {
    const dir = emptyFolder();
    await addPaper('2401.99999', dir, async () => FIXTURE);
    const again = await addPaper('arXiv:2401.99999', dir, async () => {
      throw new Error('must not be asked');
    });
    expect(again.status).toBe('exists');
    expect(again.message).toMatch(/already in the survey/);
    expect(readdirSync(dir)).toHaveLength(1);
  });

  it('without network: a clear error and nothing written', async () => {
    const dir = emptyFolder();
    writeFileSync(join(dir, 'keep.mdx'), readFileSync('content/papers/matformer-nested-transformer-for-elastic-inference.mdx'));
    const result = await addPaper('2401.99999', dir, async () => {
      throw new Error('getaddrinfo ENOTFOUND export.arxiv.org');
    });
    expect(result).toEqual({
      status: 'error',
      message: 'cannot reach the arXiv API (getaddrinfo ENOTFOUND export.arxiv.org); nothing was written. Run it again when the machine is online.',
    });
    expect(readdirSync(dir)).toEqual(['keep.mdx']);
  });

  it('rejects something that is not an arXiv id', async () => {
    const result = await addPaper('not-an-id', emptyFolder(), async () => FIXTURE);
    expect(result.status).toBe('error');
    expect(result.message).toMatch(/is not an arXiv id or URL/);
  });

  it('turns an API error answer into a message and writes nothing', async () => {
    const dir = emptyFolder();
    const result = await addPaper('2401.00001', dir, async () => readFileSync('tests/fixtures/arxiv-api/error.xml', 'utf8'));
    expect(result.status).toBe('error');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('npm run add -- --facts (editor-added papers from cited facts, offline)', () => {
  const source = (fact: string) => ({
    fact,
    url: 'https://arxiv.org/abs/2401.88888',
    tool: 'search/pages',
    query: 'fixture paper',
    evidence: `the page shows the ${fact}`,
    looked_up: '2026-12-03',
  });
  const FACT = {
    arxivId: '2401.88888',
    title: 'Fixture Attention: Exact and <Fast> {Tiles}',
    date: '2024-01-15',
    authors: ['Ada Fixture', 'Björn Testcase'],
    abstract: 'We tile {Q, K, V} so that a <b>kernel</b> & $O(n)$ memory suffice.\n# Not a heading',
    primary: 'attention-kernels',
    related: ['efficient-attention'],
    gist: 'Tiles attention so it fits in fast memory.',
    sources: ['arxivId', 'title', 'date', 'authors', 'abstract'].map(source),
  };
  const HEADER = 'slug\tfact\tvalue\tsource_url\ttool\tquery\tevidence\tlooked_up\n';
  const EARLIER_ROW = 'earlier-paper\ttitle\tEarlier\thttps://example.org/x\tsearch/pages\tq\tshown\t2026-12-01\n';

  function setup(facts: unknown, papers: Record<string, string> = {}) {
    const dir = tempDir('atlas-facts-');
    const papersDir = join(dir, 'papers');
    const table = join(dir, 'editors.tsv');
    const factsFile = join(dir, 'themes9.json');
    mkdirSync(papersDir);
    for (const [name, text] of Object.entries(papers)) writeFileSync(join(papersDir, name), text);
    writeFileSync(table, HEADER + EARLIER_ROW);
    writeFileSync(factsFile, JSON.stringify(facts));
    return { papersDir, table, factsFile };
  }

  it('writes the entry with origin editors, the facts as given, the escaped abstract, and one row per source', () => {
    const { papersDir, table, factsFile } = setup([FACT]);
    const result = addFromFacts(factsFile, papersDir, table);
    expect(result.status).toBe('done');
    const slug = slugifyTitle(FACT.title);
    expect(result.added).toEqual([`${slug}.mdx`]);
    const { data, body } = splitPaperFile(readFileSync(join(papersDir, `${slug}.mdx`), 'utf8'));
    expect(paperSchema.parse(data)).toEqual({
      title: FACT.title,
      slug,
      origin: 'editors',
      date: '2024-01-15',
      datePrecision: 'day',
      dateSource: 'arxiv',
      upvotes: null,
      authorCount: 2,
      listings: [],
      arxivId: '2401.88888',
      authors: FACT.authors,
      primary: 'attention-kernels',
      related: ['efficient-attention'],
      gist: FACT.gist,
      notes: '',
      code: null,
      buildsOn: [],
    });
    expect(body).toContain('\\{Q, K, V\\}');
    expect(body).toContain('\\<b\\>');
    expect(unescapeMdxText(body).trim()).toBe(FACT.abstract);
    const after = readFileSync(table, 'utf8');
    expect(after.startsWith(HEADER + EARLIER_ROW)).toBe(true);
    const rows = after
      .slice((HEADER + EARLIER_ROW).length)
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split('\t'));
    expect(rows.map((r) => [r[0], r[1]])).toEqual(FACT.sources.map((s) => [slug, s.fact]));
    expect(rows.find((r) => r[1] === 'authors')![2]).toBe('Ada Fixture; Björn Testcase');
    expect(rows.find((r) => r[1] === 'abstract')![2]).toBe(FACT.abstract.replace(/\s+/g, ' '));
  });

  it('a month-only date and a null abstract: month precision and an empty body, no abstract row needed', () => {
    const { papersDir, table, factsFile } = setup([{ ...FACT, date: '2024-01', abstract: null, sources: FACT.sources.slice(0, 4) }]);
    const result = addFromFacts(factsFile, papersDir, table);
    expect(result.status).toBe('done');
    const { data, body } = splitPaperFile(readFileSync(join(papersDir, result.added[0]!), 'utf8'));
    expect(data).toMatchObject({ date: '2024-01', datePrecision: 'month' });
    expect(body.trim()).toBe('');
  });

  it('skips a paper already there by id or by title, and never overwrites a file', () => {
    const byId = renderPaperFile({ ...editorPaperDraft({ ...FACT, title: 'Another Title' } as EditorFact, 'kept-by-id') }, 'curated');
    const byTitle = renderPaperFile({ ...editorPaperDraft({ ...FACT, arxivId: '2401.77777' } as EditorFact, 'kept-by-title') }, 'curated');
    for (const [name, existing] of [
      ['kept-by-id.mdx', byId],
      ['kept-by-title.mdx', byTitle],
    ] as const) {
      const { papersDir, table, factsFile } = setup([FACT], { [name]: existing });
      const result = addFromFacts(factsFile, papersDir, table);
      expect(result.status).toBe('done');
      expect(result.added).toEqual([]);
      expect(result.messages.join('\n')).toMatch(new RegExp(`skipped "Fixture Attention.*already in the survey as .*${name}`));
      expect(readdirSync(papersDir)).toEqual([name]);
      expect(readFileSync(join(papersDir, name), 'utf8')).toBe(existing);
      expect(readFileSync(table, 'utf8')).toBe(HEADER + EARLIER_ROW);
    }
  });

  it('running the same file twice adds nothing the second time', () => {
    const { papersDir, table, factsFile } = setup([FACT]);
    addFromFacts(factsFile, papersDir, table);
    const tableAfterFirst = readFileSync(table, 'utf8');
    const again = addFromFacts(factsFile, papersDir, table);
    expect(again.added).toEqual([]);
    expect(readFileSync(table, 'utf8')).toBe(tableAfterFirst);
  });

  const bad: [string, unknown, RegExp][] = [
    [
      'a fact without a source row',
      { ...FACT, sources: FACT.sources.filter((s) => s.fact !== 'date') },
      /themes9\.json: entry \[1\] "Fixture Attention: Exact and <Fast> \{Tiles\}": field `sources`: has no row for fact `date`: add \{ "fact": "date"/,
    ],
    [
      'an unknown technique',
      { ...FACT, primary: 'flash-attention' },
      /entry \[1\] "Fixture Attention[^"]*": field `primary`: 'flash-attention' is not a technique id \(use one of: /,
    ],
    ['an impossible date', { ...FACT, date: '2024-02-30' }, /entry \[1\] "[^"]+": field `date`: '2024-02-30' is not a date \(use YYYY-MM-DD or YYYY-MM/],
    ['a versioned arXiv id', { ...FACT, arxivId: '2401.88888v2' }, /entry \[1\] "[^"]+": field `arxivId`: must be an arXiv id without version/],
    [
      'a source that is not a web address',
      { ...FACT, sources: [...FACT.sources.slice(1), { ...source('arxivId'), url: 'my notes' }] },
      /field `sources\.4\.url`: must be the http\(s\) address/,
    ],
    ['a missing field', (({ gist: _gist, ...rest }) => rest)(FACT), /entry \[1\] "[^"]+": field `gist`: is missing/],
  ];
  for (const [what, entry, message] of bad) {
    it(`fails on ${what}: names file, entry, field and fix, and writes nothing`, () => {
      const good = { ...FACT, arxivId: '2401.66666', title: 'A Good First Entry' };
      const { papersDir, table, factsFile } = setup([good, entry]);
      const result = addFromFacts(factsFile, papersDir, table);
      expect(result.status).toBe('error');
      expect(result.messages.join('\n')).toMatch(message);
      expect(result.messages.at(-1)).toBe('nothing was written.');
      expect(readdirSync(papersDir)).toEqual([]);
      expect(readFileSync(table, 'utf8')).toBe(HEADER + EARLIER_ROW);
    });
  }

  it('from the command line: exit 1 with the message on bad input, no stack trace', () => {
    const { factsFile } = setup({ not: 'an array' });
    const result = spawnSync(process.execPath, ['scripts/add-paper.ts', '--facts', factsFile], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/add: .*themes9\.json: must be a JSON array with one object per paper/);
    expect(result.stderr).toMatch(/add: nothing was written\./);
    expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});
