/** A document kind as an ICU select key (box-item → boxItem): ICU selectors cannot hold hyphens. */
export const kindKey = (kind: string) => kind.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
