import { readdir, rm, stat } from "node:fs/promises";
import { join } from "node:path";

/** As the uploads bucket's lifecycle rule for `tmp/`: a pending upload nobody adopted in 2 days goes. */
export const PENDING_UPLOAD_DAYS = 2;

/**
 * Removes pending local uploads (and their sidecars) older than the cut-off, the local counterpart of
 * the bucket's `tmp/` expiry. Returns how many files went. A missing folder means nothing to sweep.
 */
export async function sweepPendingUploads(
  uploadsRoot: string,
  now: number = Date.now(),
  maxAgeDays = PENDING_UPLOAD_DAYS,
): Promise<number> {
  const cutoff = now - maxAgeDays * 24 * 60 * 60 * 1000;
  let removed = 0;
  const walk = async (dir: string): Promise<void> => {
    let entries: import("node:fs").Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
      throw error;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if ((await stat(path)).mtimeMs < cutoff) {
        await rm(path, { force: true });
        removed++;
      }
    }
  };
  await walk(join(uploadsRoot, "tmp"));
  return removed;
}
