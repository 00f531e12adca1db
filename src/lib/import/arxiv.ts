// arXiv identifiers: parsing them from ids and URLs, the month they encode, and the links
// a reader wants (abstract, PDF, Hugging Face Papers, Semantic Scholar).

/** New style: YYMM.NNNN (2007-2014) or YYMM.NNNNN (2015-). */
const NEW_STYLE = /^(\d{2})(\d{2})\.(\d{4,5})$/;
/** Old style (before April 2007): archive[.SUBJECT]/YYMMNNN, e.g. hep-th/9901001, math.GT/0309136. */
const OLD_STYLE = /^([a-z-]+(?:\.[A-Z]{2})?)\/(\d{2})(\d{2})(\d{3})$/;

export class ArxivIdError extends Error {}

/**
 * The bare id (no version) in an id or URL: "2106.09685", "arXiv:2106.09685v2",
 * "https://arxiv.org/abs/2106.09685v3", "https://arxiv.org/pdf/2106.09685.pdf", "hep-th/9901001".
 */
export function parseArxivId(input: string): string {
  let text = input.trim();
  const url = /^https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf|html)\/(.+?)(?:\.pdf)?\/?(?:[?#].*)?$/i.exec(text);
  if (url) text = url[1]!;
  text = text.replace(/^arxiv:/i, '').replace(/v\d+$/, '');
  const newStyle = NEW_STYLE.exec(text);
  if (newStyle) {
    const month = Number(newStyle[2]);
    const digits = newStyle[3]!.length;
    const year = 2000 + Number(newStyle[1]);
    if (month < 1 || month > 12 || (digits === 5) !== year >= 2015) {
      throw new ArxivIdError(`'${input}' is not a valid arXiv id (month ${newStyle[2]}, ${digits}-digit number)`);
    }
    return text;
  }
  if (OLD_STYLE.test(text)) return text;
  throw new ArxivIdError(`'${input}' is not an arXiv id or URL (expected e.g. 2106.09685 or https://arxiv.org/abs/2106.09685)`);
}

/** The month of first submission that the id encodes, as YYYY-MM. */
export function monthOfArxivId(id: string): string {
  const newStyle = NEW_STYLE.exec(id);
  if (newStyle) return `20${newStyle[1]}-${newStyle[2]}`;
  const oldStyle = OLD_STYLE.exec(id);
  if (!oldStyle) throw new ArxivIdError(`'${id}' is not an arXiv id`);
  const yy = Number(oldStyle[2]);
  return `${yy >= 91 ? 1900 + yy : 2000 + yy}-${oldStyle[3]}`;
}

export interface PaperLinks {
  abstract: string;
  pdf: string;
  huggingFace: string;
  semanticScholar: string;
}

export function arxivLinks(id: string): PaperLinks {
  return {
    abstract: `https://arxiv.org/abs/${id}`,
    pdf: `https://arxiv.org/pdf/${id}`,
    huggingFace: `https://huggingface.co/papers/${id}`,
    semanticScholar: `https://www.semanticscholar.org/arxiv/${id}`,
  };
}
