// Writes listing entries in the block layout of the Hugging Face captures (files 000/002):
// the inverse of parseListing, used to generate listings for tests and fixtures.
import type { ListingEntry } from '../../src/lib/listing.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatListing(entries: readonly Pick<ListingEntry, 'title' | 'abstract' | 'date' | 'upvotes' | 'authorCount'>[], captureYear: number): string {
  const blocks = entries.map((entry) => {
    const lines = [entry.title, '', entry.abstract, ''];
    if (entry.authorCount !== null) lines.push(`  • ${entry.authorCount} author${entry.authorCount === 1 ? '' : 's'}`, '·');
    if (entry.date) {
      const [year, month, day] = entry.date.value.split('-').map(Number) as [number, number, number];
      const shown = `${MONTHS[month - 1]} ${day}${year === captureYear ? '' : `, ${year}`}`;
      lines.push(entry.upvotes !== null ? `${shown} ${entry.upvotes}` : shown);
    }
    return lines.join('\n');
  });
  return `new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\n${blocks.join('\n\n')}\n`;
}
