export * from "./app";
export { registeredPlugins } from "./plugin-host/registry";
