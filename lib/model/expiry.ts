/** Exception expiry arithmetic, shared by resolution and review. */

const DAY_MS = 86_400_000;

/**
 * Whole days an exception has left at `now`. An exception is in force
 * through the whole (UTC) day it names, so it has 1 day left on that day and
 * 0 or less once it has expired.
 */
export function daysUntilExpiry(expires: string, now: Date): number {
  const endOfDay = Date.parse(`${expires}T00:00:00Z`) + DAY_MS;
  return Math.ceil((endOfDay - now.getTime()) / DAY_MS);
}
