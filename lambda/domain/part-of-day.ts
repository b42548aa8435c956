/**
 * The part of the user's day an hour falls in, on the device's clock (the
 * request view's `hour`, local once the time zone is known): what a greeting
 * names ("Good evening") and whether a goodbye can say "see you tomorrow"
 * (not in the small hours, when tomorrow would mean later today).
 */
export type PartOfDay = "morning" | "afternoon" | "evening" | "night";

/** 5-11 morning, 12-16 afternoon, 17-23 evening, 0-4 night (and anything that is not an hour). */
export function partOfDay(hour: number): PartOfDay {
  if (hour >= 5 && hour < 12) return "morning";
  if (hour >= 12 && hour < 17) return "afternoon";
  if (hour >= 17 && hour < 24) return "evening";
  return "night";
}
