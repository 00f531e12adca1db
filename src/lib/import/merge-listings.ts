// Merges listing entries that are the same paper (same normalised title) into one record,
// keeping every fact any copy knows and reporting where copies disagree.
import type { ListingDate, ListingEntry } from './listing-parser.ts';
import { normaliseTitle } from '../content/titles.ts';

export interface ListingPaper {
  key: string;
  title: string;
  abstract: string;
  listings: string[];
  date: ListingDate | null;
  upvotes: number | null;
  authorCount: number | null;
  /** Where each copy came from, for messages. */
  origins: string[];
}

export interface Conflict {
  title: string;
  field: string;
  /** What was kept, and where it came from. */
  kept: string;
  /** The other values, each with its origin. */
  others: string[];
}

export function originOf(entry: Pick<ListingEntry, 'listing' | 'line'>): string {
  return `${entry.listing}:${entry.line}`;
}

type MergedField = 'title' | 'abstract' | 'date' | 'upvotes' | 'authorCount';

function show(field: MergedField, value: unknown): string {
  if (field === 'date') return (value as ListingDate).value;
  if (typeof value === 'string' && value.length > 60) return `"${value.slice(0, 57)}..."`;
  return JSON.stringify(value);
}

export function mergeListingEntries(entries: readonly ListingEntry[]): { papers: ListingPaper[]; conflicts: Conflict[] } {
  const byKey = new Map<string, { paper: ListingPaper; seen: Map<MergedField, { value: unknown; origin: string }[]> }>();
  for (const entry of entries) {
    const key = normaliseTitle(entry.title);
    const origin = originOf(entry);
    let slot = byKey.get(key);
    if (!slot) {
      slot = {
        paper: { key, title: entry.title, abstract: entry.abstract, listings: [], date: null, upvotes: null, authorCount: null, origins: [] },
        seen: new Map(),
      };
      byKey.set(key, slot);
    }
    const { paper, seen } = slot;
    if (!paper.listings.includes(entry.listing)) paper.listings.push(entry.listing);
    paper.origins.push(origin);
    for (const field of ['title', 'abstract', 'date', 'upvotes', 'authorCount'] as const) {
      const value = entry[field];
      if (value === null) continue;
      const values = seen.get(field) ?? [];
      if (!values.some((v) => show(field, v.value) === show(field, value) && JSON.stringify(v.value) === JSON.stringify(value))) {
        values.push({ value, origin });
      }
      seen.set(field, values);
    }
  }

  const papers: ListingPaper[] = [];
  const conflicts: Conflict[] = [];
  for (const { paper, seen } of byKey.values()) {
    for (const [field, values] of seen) {
      // The first copy (file order) wins; any other value is reported, not silently dropped.
      (paper as unknown as Record<string, unknown>)[field] = values[0]!.value;
      if (values.length > 1) {
        conflicts.push({
          title: paper.title,
          field,
          kept: `${show(field, values[0]!.value)} (${values[0]!.origin})`,
          others: values.slice(1).map((v) => `${show(field, v.value)} (${v.origin})`),
        });
      }
    }
    paper.listings.sort();
    papers.push(paper);
  }
  return { papers, conflicts };
}
