// Code links: GitHub repositories read from abstracts, in one canonical form, and the count of
// code facts against the abstracts that name a repository (derived from the content).
import { describe, expect, it } from 'vitest';
import { codeLinkFromAbstract, githubReposInText, isCanonicalGithubRepo, normaliseGithubRepo } from '../../src/lib/code-links.ts';
import { splitPaperFile } from '../../src/lib/paper-file.ts';
import { codeLinkSchema } from '../../src/lib/schemas.ts';
import { readContentFiles } from '../../src/lib/content-files.ts';

describe('reading repositories from an abstract', () => {
  it('trims sentence punctuation, .git and sub-paths, and keeps the first mention of each', () => {
    const text =
      'Code is available at https://github.com/naver-ai/vidt. See also github.com/IST-DASLab/gptq.git, ' +
      'https://github.com/microsoft/Cream/tree/main/EfficientViT and https://github.com/ViTAE-Transformer/QFormer{QFormer}. Again: https://github.com/naver-ai/vidt';
    expect(githubReposInText(text)).toEqual([
      'https://github.com/naver-ai/vidt',
      'https://github.com/IST-DASLab/gptq',
      'https://github.com/microsoft/Cream',
      'https://github.com/ViTAE-Transformer/QFormer',
    ]);
  });

  it('reads a bare address escaped for MDX as the text it shows', () => {
    expect(githubReposInText('at github.com/facebookresearch/Ternary\\_Binary\\_Transformer')).toEqual([
      'https://github.com/facebookresearch/Ternary_Binary_Transformer',
    ]);
  });

  it('refuses what is not an owner/name pair: project pages, an owner alone, GitHub pages, bad owners', () => {
    expect(githubReposInText('see https://dit-policy.github.io and https://github.com/orgs and https://github.com/topics/llm')).toEqual([]);
    expect(normaliseGithubRepo('-bad', 'repo')).toBeNull();
    expect(normaliseGithubRepo('owner', '..')).toBeNull();
    expect(codeLinkFromAbstract('No code here.')).toBeNull();
    expect(codeLinkFromAbstract('Code: https://github.com/a/b.')).toEqual({ url: 'https://github.com/a/b', source: 'abstract' });
  });

  it('accepts only the canonical form in frontmatter, and a source that is the abstract or a URL', () => {
    expect(isCanonicalGithubRepo('https://github.com/a/b')).toBe(true);
    expect(isCanonicalGithubRepo('https://github.com/a/b/')).toBe(false);
    expect(isCanonicalGithubRepo('http://github.com/a/b')).toBe(false);
    expect(codeLinkSchema.safeParse({ url: 'https://github.com/a/b.git', source: 'abstract' }).error?.issues[0]?.message).toMatch(
      /is not a repository address: write it as https:\/\/github.com\/owner\/name/,
    );
    expect(codeLinkSchema.safeParse({ url: 'https://github.com/a/b', source: 'a friend' }).success).toBe(false);
    expect(codeLinkSchema.safeParse({ url: 'https://github.com/a/b', source: 'https://paperswithcode.com/paper/x' }).success).toBe(true);
  });
});

describe('the recorded code facts', () => {
  const papers = readContentFiles().papers.map((f) => ({ path: f.path, ...splitPaperFile(f.text) }));

  it('give every abstract that names a GitHub repository its code fact, and name that repository', () => {
    const naming = papers.filter((p) => githubReposInText(p.body).length > 0);
    const withCode = papers.filter((p) => p.data.code);
    expect(naming.length).toBeGreaterThan(0);
    expect(withCode.filter((p) => (p.data.code as { source: string }).source === 'abstract').map((p) => p.path)).toEqual(naming.map((p) => p.path));
    for (const p of naming) expect(githubReposInText(p.body)).toContain((p.data.code as { url: string }).url);
  });
});
