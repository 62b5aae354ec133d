// Deterministic ids for community records, so re-importing a file updates rather than duplicates.

/** `AP_CAN04` for Canada's 4th plan. */
export function planId(member: string, number: number): string {
  return `AP_${member.toUpperCase()}${String(number).padStart(2, '0')}`;
}

/** `AP_CAN04:C10.5` for a code inside a plan (commitment, milestone or indicator). */
export function planQualified(plan: string, code: string): string {
  return `${plan}:${code}`;
}

/** Splits `AP_CAN04:C10.5.1` into plan and code; undefined when not plan-qualified. */
export function splitPlanQualified(id: string): { plan: string; code: string } | undefined {
  const match = /^(AP_[A-Z0-9]+):(.+)$/.exec(id);
  return match ? { plan: match[1]!, code: match[2]! } : undefined;
}

/** An OGP commitment id: member prefix and 4 digits (`CA0073`, `ONT0001`). */
export function isOgpCommitmentId(id: string): boolean {
  return /^[A-Z]{2,5}\d{4}$/.test(id);
}

/** The parent code: `C10.5.1` → `C10.5`, `C10.5` → `C10`. */
export function parentCode(code: string): string | undefined {
  const at = code.lastIndexOf('.');
  return at > 0 ? code.slice(0, at) : undefined;
}

/** A lower-case ASCII slug for ids built from names: `Ville de Québec` → `ville-de-quebec`. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}
