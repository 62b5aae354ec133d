// Durations in schedules and grace periods: ISO 8601 (`PT6H`, `P7D`) or shorthand (`6h`, `7d`, `30m`).

const UNIT_MS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

export function parseDuration(text: string): number | undefined {
  const t = text.trim();
  const short = /^(\d+(?:\.\d+)?)\s*([smhdw])$/i.exec(t);
  if (short) return Number(short[1]) * (UNIT_MS[short[2]!.toLowerCase()] ?? 0);
  const iso = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(t);
  if (!iso || t.toUpperCase() === 'P' || t.toUpperCase().endsWith('T')) return undefined;
  const [, w, d, h, m, s] = iso;
  return (
    Number(w ?? 0) * UNIT_MS.w! +
    Number(d ?? 0) * UNIT_MS.d! +
    Number(h ?? 0) * UNIT_MS.h! +
    Number(m ?? 0) * UNIT_MS.m! +
    Number(s ?? 0) * UNIT_MS.s!
  );
}
