import { hash, verify } from "@node-rs/argon2";

// argon2id (the library's default algorithm) with OWASP's recommended minimum cost.
const options = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

// Verifying against this when the account does not exist keeps both answers equally slow.
let dummy: Promise<string> | undefined;
export async function verifyAgainstDummy(password: string) {
  dummy ??= hashPassword("Dummy-password-1!");
  await verifyPassword(await dummy, password);
}
