export * from "./auth";
export * from "./errors";
export * from "./format";
export * from "./glossary";
export * from "./i18n";
export * from "./schemas";
export * from "./school-year";
export * from "./text";
