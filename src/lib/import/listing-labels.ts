// Names for the source listings, which are files named like 000_096b4051f1ab0c68.txt.

/** "Listing 000" for 000_096b4051f1ab0c68.txt: short, stable, and matches the file. */
export function listingLabel(fileName: string): string {
  const number = /^(\d+)_/.exec(fileName)?.[1];
  return number ? `Listing ${number}` : fileName;
}
