import type { Nomination, Review } from "./model";

/** Weighted score out of 100 from the rubric: each criterion's share is weight × score / max. */
export function weightedTotal(
  rubric: { key: string; weight: number; max: number }[],
  scores: Record<string, number>,
): number {
  const total = rubric.reduce((sum, c) => sum + (c.weight * (scores[c.key] ?? 0)) / c.max, 0);
  return Math.round(total * 100) / 100;
}

export function averageOf(reviews: Pick<Review, "total">[]): number | undefined {
  const done = reviews.filter((r) => r.total !== undefined);
  if (done.length === 0) return undefined;
  return Math.round((done.reduce((s, r) => s + r.total!, 0) / done.length) * 100) / 100;
}

/**
 * Ranking inside one category: nominations still in play (submitted or waiting) with at least one
 * completed review, by average descending; ties by more completed reviews, then by pseudonym.
 */
export function rank<T extends Pick<Nomination, "status" | "review" | "pseudonym" | "category">>(
  nominations: T[],
  category: T["category"],
): T[] {
  return nominations
    .filter(
      (n) =>
        n.category === category &&
        (n.status === "submitted" || n.status === "waiting") &&
        n.review.average !== undefined,
    )
    .sort(
      (a, b) =>
        b.review.average! - a.review.average! ||
        b.review.completed - a.review.completed ||
        a.pseudonym.localeCompare(b.pseudonym),
    );
}
