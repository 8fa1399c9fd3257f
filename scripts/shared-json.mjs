// The generated modules that dist/ ships once for both formats, as JSON behind a one-line .cjs module:
// file name in src/generated/ → the export name the sources import. Read by tsup.config.ts (which resolves
// the imports to the .cjs) and scripts/emit-lexicon.mjs (which writes them).
export const SHARED_JSON = [
  ["lexicon", "COMPILED_LEXICON"],
  ["link-data", "LINK_DATA"],
  ["date-data", "DATE_DATA"],
];
