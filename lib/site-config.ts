/**
 * Settings of one deployment that pages show. Read when building: pages are prerendered with them, and
 * next.config.ts inlines them into the code that renders per request, so every page says the same.
 */

/** A plain address: anything else could break out of the mailto: link it goes into. */
const PLAIN_ADDRESS = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;

/** Where readers report a problem with a page (REPORT_EMAIL); null when none is set, and no link is shown. */
export function reportEmail(): string | null {
  const address = process.env.REPORT_EMAIL?.trim() ?? '';
  if (!address) return null;
  if (!PLAIN_ADDRESS.test(address)) throw new Error(`REPORT_EMAIL must be a plain address such as problems@example.com, not "${address}".`);
  return address;
}

/** A mailto: link to the report address with `subject` filled in; null when no address is set. */
export function reportHref(subject: string): string | null {
  const address = reportEmail();
  return address && `mailto:${address}?subject=${encodeURIComponent(subject)}`;
}
