import { hash, verify, type Algorithm } from '@node-rs/argon2';

/** argon2id (Algorithm.Argon2id = 2; the enum is a const enum that isolated modules cannot import). */
const ARGON2ID = 2 as Algorithm;

export type Argon2Cost = { memoryCost: number; timeCost: number };

/** Hashes a password with argon2id (OWASP minimum: 19 MiB, 2 iterations by default; see config). */
export const hashPassword = (password: string, cost: Argon2Cost) =>
  hash(password, { algorithm: ARGON2ID, memoryCost: cost.memoryCost, timeCost: cost.timeCost });

/** Constant-time verification; false on any malformed hash. */
export const verifyPassword = (passwordHash: string, password: string) =>
  verify(passwordHash, password).catch(() => false);
