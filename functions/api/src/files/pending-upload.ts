import { BadRequestError } from "@congdoan/core";
import { FILE_KEY } from "./file-rules";

/**
 * Adopting a browser upload names it by key only, so whatever is wrong with the key — malformed,
 * never uploaded, posted for another tenant or module (it is looked up under this tenant's and
 * module's pending prefix only), already adopted, or cleaned up after expiry — reads the same.
 */
export const uploadNotFound = () =>
  new BadRequestError({
    vi: "không tìm thấy tệp vừa tải lên (có thể đã quá hạn hoặc đã được dùng); hãy tải tệp lên lại",
    en: "the uploaded file was not found (it may have expired or been used already); upload it again",
  });

/** The key of an upload to adopt, checked before it is used in a path or an object key. */
export function adoptableKey(key: string): string {
  if (!FILE_KEY.test(key)) throw uploadNotFound();
  return key;
}
