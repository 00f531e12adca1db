// Reads and writes a paper's MDX file as text: YAML frontmatter plus the abstract as body.
// Updates go through yaml's Document so hand-written comments and formatting survive.
import { Document, isMap, parseDocument } from 'yaml';
import { escapeMdxText } from './mdx-text.ts';
import type { Paper, PaperDraft } from './schemas.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;
// Every string double-quoted: an unquoted 2024-11-07 would be read back as a timestamp.
const STRINGIFY = { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' } as const;

/** The field order of a new file: listing facts first, curated fields last. */
const FIELD_ORDER: (keyof Paper)[] = [
  'title',
  'slug',
  'origin',
  'date',
  'datePrecision',
  'dateSource',
  'upvotes',
  'authorCount',
  'listings',
  'arxivId',
  'authors',
  'primary',
  'related',
  'gist',
  'notes',
  'code',
  'buildsOn',
];

/** Later, optional fields are written only when they hold something. */
const isEmptyOptional = (field: keyof Paper, value: unknown) =>
  (field === 'code' || field === 'buildsOn') && (value === undefined || value === null || (Array.isArray(value) && value.length === 0));

export interface PaperFileParts {
  /** The frontmatter as parsed YAML (unvalidated: check it with paperSchema). */
  data: Record<string, unknown>;
  body: string;
  document: Document;
}

export class PaperFileError extends Error {}

export function splitPaperFile(text: string): PaperFileParts {
  const match = FRONTMATTER.exec(text);
  if (!match) throw new PaperFileError('has no frontmatter: the file must start with a line `---`, the YAML fields, and another `---`');
  const document = parseDocument(match[1]!);
  if (document.errors.length > 0) {
    const error = document.errors[0]!;
    const line = (error.linePos?.[0]?.line ?? 0) + 1; // +1 for the opening `---`
    throw new PaperFileError(
      `line ${line}: the frontmatter is not valid YAML (${error.message.split('\n')[0]}); quote values that contain ': ' or start with a special character`,
    );
  }
  if (!isMap(document.contents)) throw new PaperFileError('the frontmatter is not a set of `field: value` lines');
  return { data: document.toJS() as Record<string, unknown>, body: match[2]!, document };
}

export function renderPaperFile(paper: PaperDraft, abstract: string): string {
  // An absent field (origin of a listing capture) is left out rather than written as null, and so
  // are empty optional facts (no code link, no lineage).
  const ordered = Object.fromEntries(
    FIELD_ORDER.filter((field) => paper[field] !== undefined && !isEmptyOptional(field, paper[field])).map((field) => [field, paper[field]]),
  );
  const frontmatter = new Document(ordered).toString(STRINGIFY);
  return `---\n${frontmatter}---\n\n${escapeMdxText(abstract)}\n`;
}

/** Sets the given fields in an existing file, leaving every other byte of it as it was. */
export function updatePaperFile(text: string, changes: Partial<PaperDraft>): string {
  const { document, body } = splitPaperFile(text);
  for (const [field, value] of Object.entries(changes)) document.set(field, value);
  return `---\n${document.toString(STRINGIFY)}---\n${body}`;
}
