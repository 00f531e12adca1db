// Parses the plain-text captures of paper listings (both layouts in content/sources/README.md)
// into entries, and says which lines it skipped and why.

export interface ListingDate {
  /** YYYY-MM-DD */
  value: string;
  precision: 'day';
}

export interface ListingEntry {
  title: string;
  abstract: string;
  /** File name of the listing, e.g. 000_096b4051f1ab0c68.txt */
  listing: string;
  /** 1-based line of the title in the listing */
  line: number;
  date: ListingDate | null;
  upvotes: number | null;
  authorCount: number | null;
}

export interface SkippedLine {
  listing: string;
  line: number;
  text: string;
  reason: string;
}

export interface ParsedListing {
  entries: ListingEntry[];
  skipped: SkippedLine[];
  /** Lines recognised as page chrome (headers, badges): not papers, not errors. */
  chrome: number;
}

export interface ParseOptions {
  /** Year of a date shown without one ("Jan 27"): the year the listing was captured. */
  captureYear: number;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DATE_LINE = /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{1,2})(?:, (\d{4}))?(?: (\d+))?$/;
const AUTHOR_LINE = /^•\s*(\d+) authors?$/;
const CHROME_LINES = new Set([
  'new',
  'Subscribe',
  'Daily Papers',
  'byAK and the research community',
  'Get trending papers in your email inbox!',
  'Get trending papers in your email inbox once a day!',
]);
const SEPARATOR = '·';
const MAX_TITLE_LENGTH = 300;
/** Control characters other than tab, or U+FFFD from a failed decode: not a text line. */
const NOT_TEXT = /[\u0000-\u0008\u000b-\u001f\u007f\ufffd]/;

type Token =
  | { kind: 'text'; text: string; line: number }
  | { kind: 'date'; text: string; line: number; date: ListingDate | null; upvotes: number | null }
  | { kind: 'authors'; text: string; line: number; count: number }
  | { kind: 'separator' | 'chrome'; text: string; line: number }
  | { kind: 'garbage'; text: string; line: number };

function parseDateLine(text: string, captureYear: number): Token | null {
  const match = DATE_LINE.exec(text);
  if (!match) return null;
  const [, month, day, year, upvotes] = match;
  const monthIndex = MONTHS.indexOf(month!) + 1;
  const yearNumber = year ? Number(year) : captureYear;
  const dayNumber = Number(day);
  const valid = dayNumber >= 1 && dayNumber <= new Date(Date.UTC(yearNumber, monthIndex, 0)).getUTCDate();
  const value = `${yearNumber}-${String(monthIndex).padStart(2, '0')}-${String(dayNumber).padStart(2, '0')}`;
  return {
    kind: 'date',
    text,
    line: 0,
    date: valid ? { value, precision: 'day' } : null,
    upvotes: upvotes === undefined ? null : Number(upvotes),
  };
}

function tokenize(text: string, captureYear: number): Token[] {
  const tokens: Token[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = index + 1;
    let trimmed = raw.replace(/^\ufeff/, '').trim();
    if (!trimmed) return;
    if (NOT_TEXT.test(trimmed)) return void tokens.push({ kind: 'garbage', text: trimmed, line });
    // Layout B glues the first title to the "Subscribe" button: "SubscribeTarget-point ...".
    if (trimmed.startsWith('Subscribe') && trimmed.length > 'Subscribe'.length) {
      tokens.push({ kind: 'chrome', text: 'Subscribe', line });
      trimmed = trimmed.slice('Subscribe'.length).trim();
    }
    if (CHROME_LINES.has(trimmed)) return void tokens.push({ kind: 'chrome', text: trimmed, line });
    if (trimmed === SEPARATOR) return void tokens.push({ kind: 'separator', text: trimmed, line });
    const authors = AUTHOR_LINE.exec(trimmed);
    if (authors) return void tokens.push({ kind: 'authors', text: trimmed, line, count: Number(authors[1]) });
    const date = parseDateLine(trimmed, captureYear);
    if (date) return void tokens.push({ ...date, line });
    tokens.push({ kind: 'text', text: trimmed, line });
  });
  return tokens;
}

/** An abstract is prose: long, or a sentence of a dozen words or more. */
export function looksLikeAbstract(text: string): boolean {
  return text.length > 200 || (/[.!?)]$/.test(text) && text.split(/\s+/).length >= 12);
}

export function parseListing(text: string, listing: string, options: ParseOptions): ParsedListing {
  const tokens = tokenize(text, options.captureYear);
  const entries: ListingEntry[] = [];
  const skipped: SkippedLine[] = [];
  let chrome = 0;
  let current: ListingEntry | null = null;
  const skip = (token: Token, reason: string) => skipped.push({ listing, line: token.line, text: token.text.slice(0, 120), reason });

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    switch (token.kind) {
      case 'chrome':
      case 'separator':
        chrome++;
        break;
      case 'garbage':
        skip(token, 'not text (control characters or undecodable bytes)');
        break;
      case 'authors':
        if (current && current.authorCount === null) current.authorCount = token.count;
        else skip(token, 'author count outside a paper block');
        break;
      case 'date':
        // A bare date before the first paper is the listing's own date header.
        if (!current) chrome++;
        else if (current.date === null && current.upvotes === null) {
          if (!token.date) skip(token, 'impossible calendar date');
          current.date = token.date;
          current.upvotes = token.upvotes;
        } else skip(token, 'second date line in one paper block');
        break;
      case 'text': {
        // A text line right before a date line is an organisation badge ("nvidia NVIDIA").
        if (current && (next?.kind === 'date' || next?.kind === 'separator')) {
          chrome++;
          break;
        }
        if (token.text.length <= MAX_TITLE_LENGTH && next?.kind === 'text' && looksLikeAbstract(next.text)) {
          current = {
            title: token.text,
            abstract: next.text,
            listing,
            line: token.line,
            date: null,
            upvotes: null,
            authorCount: null,
          };
          entries.push(current);
          i++;
        } else {
          skip(token, looksLikeAbstract(token.text) ? 'abstract without a title line before it' : 'title without an abstract after it');
          current = null;
        }
        break;
      }
    }
  }
  return { entries, skipped, chrome };
}
