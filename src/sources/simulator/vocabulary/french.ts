// French contractions, so that generated sentences read as a person would write them:
// « de les collisions » is « des collisions », « à le réseau » is « au réseau ».

/** `les X` → `des X`, `le X` → `du X`, `la X` → `de la X`, `l'X` → `de l'X`. */
export function de(withArticle: string): string {
  if (withArticle.startsWith('les ')) return `des ${withArticle.slice(4)}`;
  if (withArticle.startsWith('le ')) return `du ${withArticle.slice(3)}`;
  return `de ${withArticle}`;
}

/** `les X` → `aux X`, `le X` → `au X`, `la X` → `à la X`, `l'X` → `à l'X`. */
export function a(withArticle: string): string {
  if (withArticle.startsWith('les ')) return `aux ${withArticle.slice(4)}`;
  if (withArticle.startsWith('le ')) return `au ${withArticle.slice(3)}`;
  return `à ${withArticle}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** French puts a no-break space before a colon. */
export const FR_COLON = '\u00a0:';
