import { requireApplyContext } from "@/app/_server/guards";

export const applyPath = (locale: string, code: string, step = "") => `/${locale}/procedures/${code}/apply${step}`;

/** The 申込 screens' context: see requireApplyContext; the way back after a login is this step. */
export const applyContext = (locale: string, code: string, step: string) =>
  requireApplyContext(locale, code, `/${locale}/procedures/${code}${step}`);
