/**
 * Accent- and case-insensitive text for matching: "Nhân Chính" → "nhan chinh". Vietnamese đ/Đ
 * do not decompose under NFD, so they are mapped by hand.
 */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** Every word of the query appears in the text, in any order: "nhan chinh" finds "CĐCS THCS Nhân Chính". */
export function matchesQuery(text: string, query: string): boolean {
  const words = foldText(query).split(" ").filter(Boolean);
  if (words.length === 0) return true;
  const haystack = foldText(text);
  return words.every((word) => haystack.includes(word));
}
