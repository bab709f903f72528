/** The package entry point: every component, model type and network helper. */
export * from "./components";
