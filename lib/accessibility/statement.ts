// ウェブアクセシビリティ方針: the facts the statement page states. Dates are ISO days.

/** The day this policy was set (策定日). */
export const POLICY_DATE = "2026-11-27";

/** When a person last reviewed the criteria automated tests cannot decide; null: not yet. */
export const HUMAN_REVIEW: { doneOn: string | null; dueBy: string } = { doneOn: null, dueBy: "2027-02-26" };

/** The sentence that states the human review (done, or when it is due) and its date. */
export const humanReview = HUMAN_REVIEW.doneOn
  ? ({ key: "humanReviewDone", date: HUMAN_REVIEW.doneOn } as const)
  : ({ key: "humanReviewNotYet", date: HUMAN_REVIEW.dueBy } as const);

/** Known problems, each with the date its fix is due; their text is accessibility.problem.<key>. */
export const knownProblems: { key: string; fixBy: string }[] = [
  // PDFs are drawn with pdf-lib, which writes no structure tags, so a screen reader reads them flat.
  { key: "untaggedPdf", fixBy: "2027-03-31" },
  ...(HUMAN_REVIEW.doneOn ? [] : [{ key: "humanReview", fixBy: HUMAN_REVIEW.dueBy }]),
];
