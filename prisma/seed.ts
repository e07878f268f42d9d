// Demo and test seed: notices (ja + en, dated, one long) and the demo accounts. Idempotent.
import { db } from "../lib/db/client";
import { seedNotices } from "../lib/notices/seed-data";
import { seedAccounts } from "../lib/accounts/seed-data";

const prisma = db();
console.log(`seed: ${await seedNotices(prisma)} notices created`);
console.log(`seed: ${await seedAccounts(prisma)} accounts created`);
await prisma.$disconnect();
