/** A value as an ICU select key (box-item → boxItem, unknown_facet_value → unknownFacetValue): ICU selectors are plain words. */
export const selectKey = (value: string) => value.replace(/[-_](\w)/g, (_, c: string) => c.toUpperCase());
