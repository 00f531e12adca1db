// `npm run add`: a new paper from the arXiv API (here a recorded-format fixture), a paper
// already present, and no network: a clear error and nothing written.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addPaper } from '../../scripts/add-paper.ts';
import { splitPaperFile } from '../../src/lib/paper-file.ts';
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
