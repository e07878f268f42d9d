// Session and account limits (manual §2.2, §2.6, §3.2); durations overridable for tests.
const num = (v: string | undefined, d: number) => (v && Number.isFinite(Number(v)) ? Number(v) : d);

export const authConfig = {
  /** 3 h without activity ends the session. */
  idleSeconds: num(process.env.SESSION_IDLE_SECONDS, 3 * 60 * 60),
  /** The warning dialog shows 10 min before. */
  warningSeconds: num(process.env.SESSION_WARNING_SECONDS, 10 * 60),
  maxFailedLogins: 5,
  lockHours: 24,
  /** Registration and reset links. */
  linkHours: 24,
  /** Failed logins from one IP within the window before it must wait. */
  ipFailureLimit: num(process.env.LOGIN_IP_FAILURE_LIMIT, 30),
  ipWindowMinutes: 15,
};
