import { randomBytes } from "node:crypto";
import { AppError, formatNumber } from "@congdoan/core";

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Evidence and minutes: PDF, pictures, Office documents, CSV — nothing a browser would run. */
const ALLOWED_TYPES =
  /^(application\/pdf|image\/(png|jpeg|webp)|text\/csv|application\/vnd\.openxmlformats-officedocument\.(wordprocessingml\.document|spreadsheetml\.sheet)|application\/msword|application\/vnd\.ms-excel)$/;

export function checkUpload(contentType: string, size: number): void {
  if (size > MAX_FILE_BYTES) {
    throw new AppError("payload_too_large", "error.payloadTooLarge", {
      limit: `${formatNumber(MAX_FILE_BYTES / 1024 / 1024)} MB`,
    });
  }
  if (!ALLOWED_TYPES.test(contentType))
    throw new AppError("unsupported_media_type", "error.unsupportedFileType");
}

export const newFileKey = () => `f${randomBytes(12).toString("hex")}`;
export const FILE_KEY = /^f[0-9a-f]{24}$/;
