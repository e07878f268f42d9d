export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const http = await import("node:http");
  const { stampClientAddresses } = await import("./lib/security/client-address");
  stampClientAddresses(http.Server.prototype);
  if (process.env.DATABASE_URL) {
    const { startMailWorker } = await import("./lib/mail/worker");
    startMailWorker();
    const { startJobWorker } = await import("./lib/jobs/worker");
    startJobWorker();
  }
}
