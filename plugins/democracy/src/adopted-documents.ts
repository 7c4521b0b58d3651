/**
 * The adopted-documents form (văn bản thông qua) as pure data, shared by the page and its tests: one
 * row per item of the campaign's checklist, ticked with its saved action (new / revised / kept) when
 * the conference adopted it, then any saved document outside the checklist. Saving keeps each
 * document's attached file.
 */

export type DocumentAction = "new" | "revised" | "reviewed";
export const documentActions: readonly DocumentAction[] = ["reviewed", "revised", "new"];

export interface ChecklistEntry {
  id: string;
  title: string;
}

export interface SavedDocument<F = unknown> {
  checklistId?: string;
  title: string;
  action: string;
  file?: F;
}

export interface DocumentRow {
  /** Form key: the checklist id, or `extra-<n>` for a saved document outside the checklist. */
  key: string;
  checklistId?: string;
  title: string;
  adopted: boolean;
  action: DocumentAction;
  hasFile: boolean;
}

const asAction = (action: string | undefined): DocumentAction =>
  action === "new" || action === "revised" ? action : "reviewed";

export function documentRows(
  checklist: readonly ChecklistEntry[],
  saved: readonly SavedDocument[],
): DocumentRow[] {
  const listed = new Set(checklist.map((d) => d.id));
  const rows: DocumentRow[] = checklist.map((d) => {
    const doc = saved.find((s) => s.checklistId === d.id);
    return {
      key: d.id,
      checklistId: d.id,
      title: d.title,
      adopted: doc !== undefined,
      action: asAction(doc?.action),
      hasFile: doc?.file !== undefined,
    };
  });
  saved.forEach((doc, i) => {
    if (doc.checklistId && listed.has(doc.checklistId)) return;
    rows.push({
      key: `extra-${i}`,
      ...(doc.checklistId ? { checklistId: doc.checklistId } : {}),
      title: doc.title,
      adopted: true,
      action: asAction(doc.action),
      hasFile: doc.file !== undefined,
    });
  });
  return rows;
}

/** The documents to save from the form's choices (`key` → ticked and action), files kept. */
export function documentsToSave<F>(
  rows: readonly DocumentRow[],
  saved: readonly SavedDocument<F>[],
  choice: (key: string) => { adopted: boolean; action: string },
): SavedDocument<F>[] {
  const out: SavedDocument<F>[] = [];
  for (const row of rows) {
    const picked = choice(row.key);
    if (!picked.adopted) continue;
    const before = row.key.startsWith("extra-")
      ? saved[Number(row.key.slice(6))]
      : saved.find((s) => s.checklistId === row.checklistId);
    out.push({
      ...(row.checklistId ? { checklistId: row.checklistId } : {}),
      title: before?.title ?? row.title,
      action: asAction(picked.action),
      ...(before?.file !== undefined ? { file: before.file } : {}),
    });
  }
  return out;
}
