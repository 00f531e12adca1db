// Proposes lineage edges for a person to review: a title that names an earlier paper's method
// with a version mark (FlashAttention-2 -> FlashAttention), and an abstract that names an
// earlier paper's method. Proposals only: each needs reading both papers before it is kept.
import { isNotAfter, type DatedPaper } from './lineage.ts';

export interface LineagePaper extends DatedPaper {
  title: string;
  abstract: string;
}

export interface LineageProposal {
  from: string;
  to: string;
  kind: 'title' | 'abstract';
  /** 'title names it', or the sentence of the later abstract that names the earlier method. */
  evidence: string;
  /** The method name that matched. */
  name: string;
}

/** The coined name a title opens with ("GhostNetV2: ..." -> "GhostNetV2"), or null. */
export function methodName(title: string): string | null {
  const head = /^([^:]{2,40}):\s/.exec(title)?.[1]?.trim();
  if (!head || head.split(/\s+/).length > 3) return null;
  // A name is coined: it has a capital or digit past its first letter (LoRA, GPT-3, Mamba2), or is one word.
  return /[A-Z0-9]/.test(head.slice(1)) || !/\s/.test(head) ? head : null;
}

/** The base a versioned name extends: FlashAttention-2, GhostNetV2, Mamba2, DeiT III, Swin++ -> the name before the mark. */
export function versionBase(name: string): string | null {
  const base = name.replace(/(?:[-\s]?(?:v|V)?\d+(?:\.\d+)?|\s(?:II|III|IV)|\+\+|\+|[-\s](?:XL|Plus|Next|Pro))$/, '').trim();
  return base && base !== name && base.length >= 3 ? base : null;
}

const COINED = /^(?=.*[A-Z0-9].*)[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*\+{0,2}$/;
/** Words an abstract uses to introduce its own method: "we propose GhostNet", "dubbed LeViT". */
const INTRODUCED =
  /\b(?:we (?:propose|present|introduce|develop|design|call)|called|dubbed|named|termed|coined)\s+(?:a |an |the )?(?:\w+ ){0,3}?["“(]?([A-Z][A-Za-z0-9+-]{1,24})\b/g;

/** Coined names an abstract introduces for its own method (mixed case or digits: LeViT, GPTQ, T2T-ViT). */
export function introducedNames(abstract: string): string[] {
  const names = new Set<string>();
  for (const match of abstract.matchAll(INTRODUCED)) {
    const name = match[1]!.replace(/[-+]+$/, (tail) => (tail.startsWith('+') ? tail : ''));
    if (COINED.test(name) && /[A-Z0-9]/.test(name.slice(1))) names.add(name);
  }
  return [...names];
}

const key = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The sentence of `text` holding `name` as a word, trimmed to at most ~240 characters. */
export function sentenceNaming(text: string, name: string): string | null {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(?<![A-Za-z0-9-])${escaped}(?![A-Za-z0-9])`).exec(text) ?? spelledApart(text, name);
  if (!match) return null;
  const dot = text.lastIndexOf('. ', match.index);
  const start = Math.max(dot === -1 ? 0 : dot + 2, match.index - 160);
  const endDot = text.indexOf('. ', match.index + name.length);
  const end = Math.min(endDot === -1 ? text.length : endDot + 1, match.index + name.length + 120);
  return text.slice(start, end).trim();
}

/** The name written with other spacing or hyphens (Flash Attention for FlashAttention), as a match. */
function spelledApart(text: string, name: string): { index: number } | null {
  const wanted = key(name);
  if (wanted.length < 5) return null;
  const words = [...text.matchAll(/[A-Za-z0-9]+/g)];
  for (let i = 0; i < words.length; i++) {
    let joined = '';
    for (let n = 0; n < 4 && i + n < words.length; n++) {
      joined += words[i + n]![0];
      if (joined.toLowerCase() === wanted && /^[A-Z]/.test(words[i]![0])) return { index: words[i]!.index };
      if (joined.length >= wanted.length) break;
    }
  }
  return null;
}

export function proposeLineage(papers: readonly LineagePaper[], known: ReadonlySet<string> = new Set()): LineageProposal[] {
  const named = papers.flatMap((p) => {
    const name = methodName(p.title);
    return name ? [{ paper: p, name }] : [];
  });
  const byName = new Map<string, LineagePaper[]>();
  for (const { paper, name } of named) byName.set(key(name), [...(byName.get(key(name)) ?? []), paper]);

  const proposals: LineageProposal[] = [];
  const add = (proposal: LineageProposal) => {
    const id = `${proposal.from} ${proposal.to}`;
    if (proposal.from === proposal.to || known.has(id) || proposals.some((p) => `${p.from} ${p.to}` === id)) return;
    proposals.push(proposal);
  };
  const earlier = (a: LineagePaper, b: LineagePaper) => a.slug !== b.slug && isNotAfter(a, b);

  for (const { paper, name } of named) {
    const base = versionBase(name);
    for (const target of base ? (byName.get(key(base)) ?? []) : []) {
      if (earlier(target, paper)) add({ from: paper.slug, to: target.slug, kind: 'title', evidence: 'title names it', name: base! });
    }
  }
  // A later title that names an earlier paper's method anywhere (Gated Delta Networks: Improving Mamba2 ...).
  for (const { paper: target, name } of named) {
    if (name.length < 3) continue;
    for (const paper of papers) {
      if (earlier(target, paper) && sentenceNaming(paper.title, name) && methodName(paper.title) !== name)
        add({ from: paper.slug, to: target.slug, kind: 'title', evidence: 'title names it', name });
    }
  }
  const introduced = papers.flatMap((paper) => introducedNames(paper.abstract).map((name) => ({ paper, name })));
  for (const { paper: target, name } of [...named, ...introduced]) {
    if (name.length < 3) continue;
    for (const paper of papers) {
      if (!earlier(target, paper)) continue;
      const sentence = sentenceNaming(paper.abstract, name);
      if (sentence) add({ from: paper.slug, to: target.slug, kind: 'abstract', evidence: sentence, name });
    }
  }
  return proposals;
}
