/** The default steps as a user's recognizer list sees them (the public view, recognizer-types.ts). */
import { DEFAULT_RECOGNIZERS as STEPS } from "../pipeline";
import type { Recognizer } from "./recognizer-types";

/** The default pipeline, in order: locations, organizations, positions, strong readings, persons, selection, given-name references, holds, tenure. */
export const DEFAULT_RECOGNIZERS: readonly Recognizer[] = STEPS;
