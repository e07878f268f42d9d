import data from "./results.json";
import type { Results } from "./results";

/** The 試験結果 committed with this release (npm run a11y:results writes it). */
export const published = data as Results;
