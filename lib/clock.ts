// The service's clock. Tests may shift it (E2E_TEST_HOOKS=1 only) to check 24-hour lockouts and
// 3-hour idle timeouts without waiting; production never reads an offset.
const state = globalThis as unknown as { __clockOffsetMs?: number };

export function now(): Date {
  return new Date(Date.now() + (state.__clockOffsetMs ?? 0));
}

export function setClockOffset(ms: number) {
  if (process.env.E2E_TEST_HOOKS !== "1") throw new Error("clock offset is for tests only");
  state.__clockOffsetMs = ms;
}
