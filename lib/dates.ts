const TIME_ZONE = "Europe/Amsterdam";

// Made on first use: building a locale formatter costs the browser time it need not spend on load.
let dutchDate: Intl.DateTimeFormat | undefined;

/** Formats a YYYY-MM-DD date in Dutch: "2025-02-10" → "10 februari 2025". */
export function formatDate(isoDate: string): string {
  dutchDate ??= new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  return dutchDate.format(new Date(`${isoDate}T00:00:00Z`));
}

/** Today's date (YYYY-MM-DD) in the Netherlands, whatever the build machine's time zone. */
export function todayInAmsterdam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
