// The lineage of ideas: the validator's refusals (unknown target, later target, cycle, evidence
// not in the abstract), each with file, field and fix; the proposal rules; the real edges.
import { describe, expect, it } from 'vitest';
import { formatProblem, validateContent } from '../../src/lib/validate-content.ts';
import { findCycle, isNotAfter, lineageIndex, reachable } from '../../src/lib/lineage.ts';
import { methodName, proposeLineage, versionBase } from '../../src/lib/lineage-proposals.ts';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { splitPaperFile } from '../../src/lib/paper-file.ts';

function paperFile(slug: string, date: string, buildsOn = '', abstract = 'We extend FooNet to video.') {
  const precision = date.length === 7 ? 'month' : 'day';
  return {
    path: `content/papers/${slug}.mdx`,
    text: `---\ntitle: "Paper ${slug}"\nslug: "${slug}"\ndate: "${date}"\ndatePrecision: "${precision}"\ndateSource: "listing"\nupvotes: null\nauthorCount: null\nlistings: []\narxivId: null\nauthors: []\nprimary: "quantization"\nrelated: []\ngist: ""\nnotes: ""\n${buildsOn}---\n\n${abstract}\n`,
  };
}
const edge = (paper: string, evidence = 'title names it') => `buildsOn:\n  - paper: "${paper}"\n    evidence: "${evidence}"\n`;
const problemsOf = (...papers: ReturnType<typeof paperFile>[]) => validateContent({ papers, techniques: [] }).problems.map(formatProblem);

describe('the validator on buildsOn', () => {
  it('accepts an edge to an earlier paper, and one within the same month when a date is month-only', () => {
    expect(problemsOf(paperFile('foonet', '2023-01-05'), paperFile('foonet-2', '2023-06-01', edge('foonet')))).toEqual([]);
    expect(problemsOf(paperFile('foonet', '2023-06-20'), paperFile('foonet-2', '2023-06', edge('foonet')))).toEqual([]);
  });

  it('refuses an unknown target, naming file, field and fix', () => {
    expect(problemsOf(paperFile('foonet-2', '2023-06-01', edge('no-such-paper')))).toEqual([
      "content/papers/foonet-2.mdx:16: field `buildsOn.0.paper`: no paper has the slug 'no-such-paper' (use the slug field of a file in content/papers/)",
    ]);
  });

  it('refuses a target dated after the paper', () => {
    const [problem] = problemsOf(paperFile('foonet', '2023-07-01'), paperFile('foonet-2', '2023-06-01', edge('foonet')));
    expect(problem).toBe(
      "content/papers/foonet-2.mdx:16: field `buildsOn.0.paper`: 'foonet' is dated 2023-07-01, after this paper (2023-06-01); a paper builds only on earlier ones (swap the edge into that paper's buildsOn, or fix a date)",
    );
  });

  it('refuses a cycle (papers of the same day may otherwise point at each other)', () => {
    const problems = problemsOf(paperFile('a', '2023-06-01', edge('b')), paperFile('b', '2023-06-01', edge('c')), paperFile('c', '2023-06-01', edge('a')));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/papers\/a\.mdx:16: field `buildsOn`: the lineage goes round in a cycle \(a -> b -> c -> a\); remove the edge/);
  });

  it('refuses evidence that is not a phrase of the abstract, and a malformed entry', () => {
    expect(problemsOf(paperFile('foonet', '2023-01-05'), paperFile('foonet-2', '2023-06-01', edge('foonet', 'builds on FooNet')))).toEqual([
      "content/papers/foonet-2.mdx:16: field `buildsOn.0.evidence`: \"builds on FooNet\" is not in this paper's abstract (quote a phrase of it exactly, or write 'title names it')",
    ]);
    expect(problemsOf(paperFile('foonet', '2023-01-05'), paperFile('foonet-2', '2023-06-01', edge('foonet', 'We extend FooNet')))).toEqual([]);
    expect(problemsOf(paperFile('x', '2023-06-01', 'buildsOn:\n  - paper: "Not A Slug"\n'))[0]).toMatch(/field `buildsOn.0.paper`: must be the slug/);
  });
});

describe('lineage helpers', () => {
  it('compares dates by month when either is month-only, and cannot judge unknown dates', () => {
    const p = (date: string | null) => ({ slug: 'x', date, datePrecision: date ? (date.length === 7 ? ('month' as const) : ('day' as const)) : null });
    expect(isNotAfter(p('2023-06-30'), p('2023-06'))).toBe(true);
    expect(isNotAfter(p('2023-07-01'), p('2023-06'))).toBe(false);
    expect(isNotAfter(p('2023-06-02'), p('2023-06-01'))).toBe(false);
    expect(isNotAfter(p(null), p('2020-01'))).toBe(true);
  });

  it('finds cycles and ancestors', () => {
    expect(
      findCycle([
        { from: 'b', to: 'a' },
        { from: 'c', to: 'b' },
      ]),
    ).toBeNull();
    expect(findCycle([{ from: 'a', to: 'a' }])).toEqual(['a', 'a']);
    const index = lineageIndex([
      { slug: 'c', buildsOn: [{ paper: 'b', evidence: 'e' }] },
      { slug: 'b', buildsOn: [{ paper: 'a', evidence: 'e' }] },
      { slug: 'a', buildsOn: [] },
    ]);
    const up = (s: string) => (index.buildsOn.get(s) ?? []).map((e) => e.to);
    const down = (s: string) => (index.builtUponBy.get(s) ?? []).map((e) => e.from);
    expect([...reachable('c', up)].sort()).toEqual(['a', 'b']);
    expect([...reachable('a', down)].sort()).toEqual(['b', 'c']);
  });
});

describe('lineage proposals', () => {
  it('reads the coined name of a title and the name a version mark extends', () => {
    expect(methodName('GhostNetV2: Enhance Cheap Operation with Long-Range Attention')).toBe('GhostNetV2');
    expect(methodName('A Survey of Transformers')).toBeNull();
    expect(['FlashAttention-2', 'GhostNetV2', 'Mamba2', 'DeiT III', 'Swin++', 'ViDT'].map(versionBase)).toEqual([
      'FlashAttention',
      'GhostNet',
      'Mamba',
      'DeiT',
      'Swin',
      null,
    ]);
  });

  it('proposes the title stem and the abstract naming an earlier method, never a later one', () => {
    const paper = (slug: string, title: string, date: string, abstract = '') => ({ slug, title, date, datePrecision: 'day' as const, abstract });
    const proposals = proposeLineage([
      paper('foonet', 'FooNet: Cheap Features', '2020-01-01'),
      paper('foonet-v2', 'FooNetV2: Cheaper Features', '2022-01-01'),
      paper('bar', 'BarFormer: Video', '2021-01-01', 'We build on FooNet for video. Later FooNetV2 appeared.'),
    ]);
    expect(proposals.map((p) => [p.from, p.to, p.evidence])).toEqual([
      ['foonet-v2', 'foonet', 'title names it'],
      ['bar', 'foonet', 'We build on FooNet for video.'],
    ]);
  });
});

describe('the recorded lineage', () => {
  const papers = readContentFiles().papers.map((f) => splitPaperFile(f.text));
  const edges = papers.flatMap(({ data }) => (Array.isArray(data.buildsOn) ? (data.buildsOn as { paper: string }[]) : []));

  it('holds reviewed edges, among them the follow-up by the same name (FlashAttention-3 builds on FlashAttention-2)', () => {
    expect(edges.length).toBeGreaterThan(0);
    const fa3 = papers.find(({ data }) => String(data.title).startsWith('FlashAttention-3'));
    expect((fa3?.data.buildsOn as { paper: string }[] | undefined)?.map((e) => e.paper)).toContain(
      'flashattention-2-faster-attention-with-better-parallelism-and-work',
    );
  });
});
