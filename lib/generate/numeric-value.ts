/** The number in a year, number or amount; years before the common era are negative ("44 BC" = -44). */
export const ERA_SUFFIX = /\s*(BC|BCE|AD|CE|B\.C\.|A\.D\.)$/;
const ERA_PREFIX = /^(AD|A\.D\.)\s*/;

export function numericValue(text: string): number {
  const era = ERA_SUFFIX.exec(text)?.[1];
  const n = Number(text.replace(ERA_SUFFIX, "").replace(ERA_PREFIX, "").replace(/[^\d.-]/g, ""));
  return era && /^B/.test(era) ? -n : n;
}
