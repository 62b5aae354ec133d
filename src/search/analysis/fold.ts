// Accent and case folding, applied before stemming so that `hôpitaux` and `hopitaux` meet.

// Only the Latin combining diacritics go: marks of other scripts (Indic vowel signs...) carry
// meaning and stay.
const LATIN_DIACRITICS = /[\u0300-\u036f]/g;
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ı: 'i' };
const LIGATURE_PATTERN = /[œæßøłđı]/g;

export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Pure ASCII (most words) needs no Unicode work.
  if (!/[^\u0000-\u007f]/.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(LATIN_DIACRITICS, '')
    .replace(LIGATURE_PATTERN, (c) => LIGATURES[c] ?? c)
    .normalize('NFC');
}
