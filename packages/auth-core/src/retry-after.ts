/**
 * Parses an HTTP `Retry-After` value into milliseconds from `now`: delta-seconds (`"42"`, fractional values are
 * accepted) or an HTTP-date (`"Wed, 21 Oct 2015 07:28:00 GMT"`; a date in the past yields 0).
 * Returns `undefined` when the header is absent or unparseable.
 */
export function retryAfterMs(headerValue: string | null | undefined, now: number = Date.now()): number | undefined {
  if (headerValue === null || headerValue === undefined) return undefined;
  const value = headerValue.trim();
  if (value === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  if (/^-/.test(value) || !/[a-z]/i.test(value)) return undefined;
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
