/**
 * Sites the person added are stored as salted SHA-256 codes, never as text, so
 * that reading the extension's storage does not show them. The salt is made
 * once per install. This stops a glance, not a determined guess: someone who
 * has the storage and a list of candidate sites can hash them too (README).
 */
export async function hostCode(salt: string, host: string): Promise<string> {
  const bytes = new TextEncoder().encode(`${salt}:${host.toLowerCase()}`);
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function newSalt(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}
