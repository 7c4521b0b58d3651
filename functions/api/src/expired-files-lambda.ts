import { eraseFilesOfExpiredItems, type RemovedItemRecord } from "./files/erase-expired-files";
import { s3FileStore } from "./files/s3-file-store";

/**
 * Reads the table's stream (OLD_IMAGE) and erases the files of items DynamoDB deleted at the end of
 * their time to live (infra: api-stack.ts, "ExpiredFiles"). Its role may only delete under `t/*` of
 * the uploads bucket; the tenant and module of each file come from the expired item's own key.
 */
const bucket = process.env.UPLOADS_BUCKET ?? "";
const region = process.env.AWS_REGION ?? "ap-southeast-1";

// The function's own role, as the Lambda runtime puts it in the environment for the container's life.
const ownRole = async () => ({
  accessKeyId: process.env.AWS_ACCESS_KEY_ID ?? "",
  secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY ?? "",
  sessionToken: process.env.AWS_SESSION_TOKEN ?? "",
  expiration: new Date(Date.now() + 15 * 60_000),
});

export async function handler(event: { Records?: RemovedItemRecord[] }) {
  const report = await eraseFilesOfExpiredItems(event.Records ?? [], (tenant, plugin) =>
    s3FileStore({ bucket, region, tenant, plugin, credentials: ownRole }),
  );
  const level = report.failed.length > 0 ? "error" : "info";
  // File keys are random ids, never names: the log carries no personal data.
  console.log(JSON.stringify({ level, msg: "expired files erased", ...report }));
  // Failing makes the stream retry the batch (split in halves; deleting twice is harmless) and counts
  // as an error for the alarm; once the records are given up, the log line above names the files.
  if (report.failed.length > 0) throw new Error(`${report.notErased.length} expired file(s) not erased`);
  return { erased: report.erased, skipped: report.skipped };
}
