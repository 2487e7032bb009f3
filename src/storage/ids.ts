// Record ids: random UUIDs, so records made on different devices never collide when merged.
export function newId(): string {
  return crypto.randomUUID();
}

export function now(): string {
  return new Date().toISOString();
}
