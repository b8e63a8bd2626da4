/** Document ids are lower-case ASCII words joined by "-" (README § Document ids); anything else names nothing. */
export const isDocumentId = (id: string) => /^[a-z0-9]+(?:-[a-z0-9]+){0,8}$/.test(id) && id.length <= 120;
