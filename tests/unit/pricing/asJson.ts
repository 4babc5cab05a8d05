/**
 * A report (or any value) as plain JSON data, so that `toEqual` also compares what lives on
 * prototypes: cost lines build their `tiers` on demand (PricedLine), and `toEqual` compares
 * own properties only.
 */
export const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
