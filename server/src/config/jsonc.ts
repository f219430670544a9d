// jsonc-parser, imported from its ES-module build: its default (UMD) build hides its own
// require() calls from esbuild, and the bundled server then fails at run time with
// "Cannot find module './impl/format'". The ES-module build bundles cleanly and tsx runs it.

export { parseTree, findNodeAtLocation, getNodeValue, printParseErrorCode } from 'jsonc-parser/lib/esm/main.js';
export type { Node as JsonNode, ParseError, JSONPath } from 'jsonc-parser/lib/esm/main.js';
