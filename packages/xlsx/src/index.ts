export { dateToSerial, isDateFormat, serialToDate } from "./dates";
export { XlsxError, type XlsxProblem } from "./errors";
export {
  type ReadOptions,
  type ReadRow,
  type ReadSheet,
  readFirstVisibleSheet,
  type XlsxErrorValue,
  type XlsxValue,
} from "./read";
export { sheetName } from "./sheet-name";
export {
  writeXlsx,
  type XlsxCell,
  type XlsxColumn,
  type XlsxRow,
  type XlsxSheet,
  type XlsxWorkbook,
} from "./write";
