/** Strips Vietnamese diacritics: "Đắk Nông" → "Dak Nong". Used for search and for readable ids. */
export function stripDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, (c) => (c === "đ" ? "d" : "D"))
    .normalize("NFC");
}

/** "LĐLĐ quận Thanh Xuân" → "ldld-quan-thanh-xuan". */
export function slugify(text: string): string {
  return stripDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Case- and accent-insensitive text for search: "Trần Phú" matches "tran phu". */
export function searchable(text: string): string {
  return stripDiacritics(text).toLowerCase().replace(/\s+/g, " ").trim();
}
