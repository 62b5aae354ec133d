// The portal kinds Federa can harvest; each has a folder under src/sources.
export const SOURCE_KINDS = ['ckan'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
