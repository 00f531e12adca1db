// Author names as readers expect them. Some sources list "Surname, Given"; shown as
// "Given Surname" (BibTeX reads both forms, so exports keep the source's form).

export function displayAuthorName(name: string): string {
  const parts = name.split(',').map((part) => part.trim());
  return parts.length === 2 && parts[0] && parts[1] ? `${parts[1]} ${parts[0]}` : name;
}

export function formatAuthorList(names: readonly string[]): string {
  return names.map(displayAuthorName).join(', ');
}
