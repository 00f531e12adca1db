// A valid paper file for content tests, to edit into each mistake or payload under test.
export const GOOD_PAPER = `---
title: "A Good Paper"
slug: "a-good-paper"
date: "2024-05-06"
datePrecision: "day"
dateSource: "listing"
upvotes: 2
authorCount: 3
listings:
  - "000_test.txt"
arxivId: "2405.01234"
authors: []
primary: "quantization"
related: []
gist: ""
notes: ""
---

An abstract with \\{braces\\} escaped.
`;

/** GOOD_PAPER under another slug and title, with `extra` appended to its body. */
export function paperWith(slug: string, extra = ''): string {
  return GOOD_PAPER.replace('"a-good-paper"', `"${slug}"`).replace('A Good Paper', `Paper ${slug}`) + extra;
}
