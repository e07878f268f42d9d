export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NODE_ENV === "production") {
    // A production server with a missing or malformed setting does not start: it says which.
    const { environmentProblems } = await import("./lib/config/environment");
    const problems = environmentProblems(process.env);
    if (problems.length) {
      console.error(`The server cannot start; fix these settings:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
      process.exit(1);
    }
  }
  const http = await import("node:http");
  const { refuseUndecodablePaths } = await import("./lib/security/paths");
  refuseUndecodablePaths(http.Server.prototype);
  const { stampClientAddresses } = await import("./lib/security/client-address");
  stampClientAddresses(http.Server.prototype);
  const { logRequests } = await import("./lib/observability/log");
  logRequests(http.Server.prototype);
  if (process.env.DATABASE_URL) {
    const { startMailWorker } = await import("./lib/mail/worker");
    startMailWorker();
    const { startJobWorker } = await import("./lib/jobs/worker");
    startJobWorker();
  }
}

// A request that met a database outage: the next pages get proxy.ts's 503 page (lib/db/outage.ts).
export async function onRequestError(error: unknown) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { noteRequestError } = await import("./lib/db/outage");
  noteRequestError(error);
}
