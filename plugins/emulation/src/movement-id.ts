import { slugify } from "@congdoan/core";

/** "nam-hoc-2026-2027", "giai-doan-2022-2025", "2026-2027" inside a slug: the id adds the period itself. */
const YEARS = /(^|-)(?:(?:nam-hoc|giai-doan|nh|gd)-)?\d{4}-\d{4}(?=-|$)/g;

/** A slug without the school years or periods it names (names often carry theirs: “… năm học 2026 – 2027”). */
export function withoutYears(slug: string): string {
  return slug
    .replace(YEARS, "$1")
    .replace(/-{2,}/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * A new movement's id: its name as a slug, then its period once — “Thi đua … năm học 2026 – 2027”
 * of 2026-2027 → `thi-dua-…-2026-2027`, never `…-2026-2027-2026-2027`.
 */
export function movementId(name: string, period: string): string {
  const stem = withoutYears(slugify(name)).slice(0, 50).replace(/-+$/, "");
  return stem ? `${stem}-${period}` : `phong-trao-${period}`;
}

/** The id of a movement's copy for another period: the source's stem with the new period. */
export function copiedMovementId(sourceId: string, period: string): string {
  const stem = withoutYears(sourceId);
  return stem ? `${stem}-${period}` : `phong-trao-${period}`;
}
