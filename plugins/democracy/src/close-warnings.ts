/** What is still missing when an officer is about to close (lock) a conference. */
export type CloseWarning = "noMinutes" | "noDocuments" | "noResolution";

interface ClosingConference {
  minutes?: unknown;
  documents: unknown[];
  resolution?: { summary?: string } | undefined;
}

/**
 * The confirmation dialog lists these before the conference is locked: closing is allowed without
 * them (the tenant may require the minutes), but the officer should close knowingly.
 */
export function closeWarnings(conf: ClosingConference): CloseWarning[] {
  const warnings: CloseWarning[] = [];
  if (!conf.minutes) warnings.push("noMinutes");
  if (conf.documents.length === 0) warnings.push("noDocuments");
  if (!conf.resolution?.summary?.trim()) warnings.push("noResolution");
  return warnings;
}
