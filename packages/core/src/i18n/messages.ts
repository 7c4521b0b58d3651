import type { Locale, LocalizedText } from "./locale";

/**
 * Message catalogue for errors and server-made texts. `{name}` placeholders are filled by `translate`.
 * Keys are stable codes that clients may also switch on.
 */
export const messages = {
  "error.validation": {
    vi: "Dữ liệu gửi lên chưa hợp lệ. Vui lòng kiểm tra các trường được đánh dấu.",
    en: "The submitted data is not valid. Please check the highlighted fields.",
  },
  "error.malformedJson": {
    vi: "Nội dung gửi lên không phải JSON hợp lệ.",
    en: "The request body is not valid JSON.",
  },
  "error.notFound": {
    vi: "Không tìm thấy {what}.",
    en: "{what} was not found.",
  },
  "error.routeNotFound": {
    vi: "Không có địa chỉ API {path}.",
    en: "There is no API endpoint {path}.",
  },
  "error.methodNotAllowed": {
    vi: "Địa chỉ {path} không hỗ trợ phương thức {method}. Phương thức được phép: {allowed}.",
    en: "{path} does not support {method}. Allowed: {allowed}.",
  },
  "error.tenantNotFound": {
    vi: "Không tìm thấy liên đoàn lao động có mã “{tenant}”.",
    en: "No federation with the code “{tenant}” exists.",
  },
  "error.tenantSuspended": {
    vi: "Liên đoàn lao động “{tenant}” đang tạm ngừng sử dụng hệ thống.",
    en: "The federation “{tenant}” is suspended.",
  },
  "error.moduleDisabled": {
    vi: "Mô-đun “{module}” chưa được bật cho {tenant}.",
    en: "The module “{module}” is not enabled for {tenant}.",
  },
  "error.conflict": {
    vi: "Thao tác không thực hiện được vì dữ liệu đã tồn tại hoặc vừa thay đổi: {detail}",
    en: "The operation conflicts with existing or changed data: {detail}",
  },
  "error.versionMismatch": {
    vi: "Dữ liệu này vừa được người khác cập nhật. Vui lòng tải lại trang rồi thử lại.",
    en: "Someone else has just updated this record. Please reload and try again.",
  },
  "error.badRequest": {
    vi: "Yêu cầu không hợp lệ: {detail}",
    en: "Bad request: {detail}",
  },
  "error.unauthorized": {
    vi: "Bạn cần đăng nhập để thực hiện thao tác này.",
    en: "You need to sign in to do this.",
  },
  "error.forbidden": {
    vi: "Bạn không có quyền thực hiện thao tác này.",
    en: "You are not allowed to do this.",
  },
  "error.payloadTooLarge": {
    vi: "Dữ liệu gửi lên quá lớn (tối đa {limit}).",
    en: "The request body is too large (at most {limit}).",
  },
  "error.unsupportedFileType": {
    vi: "Loại tệp này không được nhận; hãy gửi tệp PDF, ảnh (PNG, JPEG, WebP), Word, Excel hoặc CSV.",
    en: "This type of file is not accepted; send a PDF, a picture (PNG, JPEG, WebP), Word, Excel or CSV file.",
  },
  "error.unsupportedMediaType": {
    vi: "Định dạng nội dung không được hỗ trợ; hãy gửi JSON (Content-Type: application/json).",
    en: "Unsupported content type; send JSON (Content-Type: application/json).",
  },
  "error.invalidCursor": {
    vi: "Con trỏ phân trang không hợp lệ.",
    en: "The pagination cursor is not valid.",
  },
  "error.internal": {
    vi: "Đã có lỗi phía máy chủ. Vui lòng thử lại sau; nếu lỗi lặp lại, hãy báo mã yêu cầu {requestId}.",
    en: "Something went wrong on the server. Please try again later; if it persists, quote request id {requestId}.",
  },
  "error.unavailable": {
    vi: "Hệ thống tạm thời không truy cập được cơ sở dữ liệu.",
    en: "The database is temporarily unavailable.",
  },
  "error.loginFailed": {
    vi: "Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khoá do nhập sai nhiều lần.",
    en: "Wrong username or password, or the account is temporarily locked after repeated failures.",
  },
  "error.tooManyAttempts": {
    vi: "Có quá nhiều lần đăng nhập từ địa chỉ này. Vui lòng thử lại sau {minutes} phút.",
    en: "Too many sign-in attempts from this address. Please try again in {minutes} minutes.",
  },
  "error.wrongPassword": {
    vi: "Mật khẩu hiện tại không đúng.",
    en: "The current password is wrong.",
  },
  "error.sessionExpired": {
    vi: "Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.",
    en: "Your session has expired. Please sign in again.",
  },
  "error.grantOutsideScope": {
    vi: "Không thể cấp vai trò tại đơn vị “{unit}”: đơn vị này không có hoặc nằm ngoài phạm vi quản lý của bạn.",
    en: "Cannot grant a role at “{unit}”: it does not exist or lies outside what you manage.",
  },
  "error.unitMoveIntoSubtree": {
    vi: "Không thể chuyển “{unit}” vào chính nó hoặc vào một đơn vị trực thuộc nó.",
    en: "“{unit}” cannot be moved into itself or into one of its own sub-units.",
  },
  "error.unitIsRoot": {
    vi: "Đơn vị gốc của liên đoàn không thể chuyển, sáp nhập hay đóng.",
    en: "The federation's root unit cannot be moved, merged or closed.",
  },
  "error.unitHasActiveChildren": {
    vi: "“{unit}” còn {count} đơn vị trực thuộc đang hoạt động; hãy chuyển hoặc đóng các đơn vị đó trước.",
    en: "“{unit}” still has {count} active sub-units; move or close them first.",
  },
  "error.unitClosed": {
    vi: "Đơn vị “{unit}” đã đóng; không thể thêm, chuyển hay sáp nhập vào đơn vị này.",
    en: "“{unit}” is closed; nothing can be added, moved or merged into it.",
  },
  "error.unitMergeIntoItself": {
    vi: "Không thể sáp nhập một đơn vị vào chính nó hoặc vào đơn vị trực thuộc nó.",
    en: "A unit cannot be merged into itself or into one of its own sub-units.",
  },
  "entity.user": { vi: "tài khoản", en: "Account" },
  "entity.member": { vi: "đoàn viên", en: "Member" },
  "entity.tenant": { vi: "liên đoàn lao động", en: "Federation" },
  "entity.unit": { vi: "đơn vị công đoàn", en: "Union unit" },
  "entity.item": { vi: "bản ghi", en: "Record" },
} as const satisfies Record<string, Record<Locale, string>>;

export type MessageKey = keyof typeof messages;
/** A value is either the same in every language (a name, a number) or given in both. */
export type MessageParams = Record<string, string | number | LocalizedText>;

export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const template: string = messages[key][locale];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === "object" ? value[locale] : String(value);
  });
}
