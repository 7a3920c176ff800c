/** Whether the server will search anything: a word of 3 letters or more (shorter ones it ignores). */
export function hasSearchableWord(text: string): boolean {
  return text
    .split(/\s+/)
    .some((word) => word.replace(/[^\p{L}\p{N}]/gu, '').length >= 3);
}
