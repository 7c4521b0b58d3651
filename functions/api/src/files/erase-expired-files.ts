import { pluginPartitionOwner, tableShape } from "@congdoan/db";
import type { FileStore } from "@congdoan/plugin-sdk";
import { FILE_KEY } from "./file-rules";

/** The part of a DynamoDB stream record this needs (OLD_IMAGE view), in the stream's own JSON. */
export interface RemovedItemRecord {
  eventID?: string;
  eventName?: string;
  userIdentity?: { type?: string; principalId?: string };
  dynamodb?: { OldImage?: Record<string, { S?: string; L?: { S?: string }[] }> };
}

export interface ErasureReport {
  erased: number;
  /** Keys that are not file keys: left alone, never turned into a path. */
  skipped: number;
  /** Records (event ids) whose files could not all be erased: the function then fails, so the batch is retried. */
  failed: string[];
  /** Those records' files, so an operator can remove them by hand if the retries run out. */
  notErased: { tenant: string; plugin: string; key: string }[];
}

/** DynamoDB's own deletions when an item's TTL passes carry this identity; a user's delete does not. */
function removedByTimeToLive(record: RemovedItemRecord): boolean {
  return (
    record.eventName === "REMOVE" &&
    record.userIdentity?.type === "Service" &&
    record.userIdentity.principalId === "dynamodb.amazonaws.com"
  );
}

/**
 * Erases the files an expired item listed in `expiringFiles` (e.g. a scholarship file's evidence,
 * when its personal data reaches the end of its retention). The tenant and module come from the
 * item's own partition key, so an item can only ever erase files of its own tenant and module.
 * Deleting a file already gone is not an error, so a retried batch is harmless.
 */
export async function eraseFilesOfExpiredItems(
  records: readonly RemovedItemRecord[],
  filesOf: (tenant: string, plugin: string) => FileStore,
): Promise<ErasureReport> {
  const report: ErasureReport = { erased: 0, skipped: 0, failed: [], notErased: [] };
  for (const record of records) {
    if (!removedByTimeToLive(record)) continue;
    const image = record.dynamodb?.OldImage;
    const files = image?.[tableShape.expiringFilesAttribute]?.L;
    const pk = image?.[tableShape.partitionKey]?.S;
    if (!files?.length || !pk) continue;
    const owner = pluginPartitionOwner(pk);
    if (!owner) continue;
    const store = filesOf(owner.tenant, owner.plugin);
    try {
      for (const file of files) {
        if (!file.S || !FILE_KEY.test(file.S)) {
          report.skipped++;
          continue;
        }
        await store.remove(file.S);
        report.erased++;
      }
    } catch {
      report.failed.push(record.eventID ?? "");
      for (const file of files)
        if (file.S && FILE_KEY.test(file.S)) report.notErased.push({ ...owner, key: file.S });
    }
  }
  return report;
}
