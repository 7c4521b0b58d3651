export * from "./dynamo";
export * from "./free-port";
export * from "./seed/demo-data";
export * from "./seed/seed";
export * from "./table";
