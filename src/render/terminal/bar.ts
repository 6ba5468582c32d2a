export interface BarPart {
  count: number;
  glyph: string;
  style?: (s: string) => string;
}

/**
 * A proportional bar: each part gets cells by the largest-remainder method, so the cells add up to
 * `width` exactly and any part with a count gets at least one cell (when there is room).
 */
export function renderBar(parts: readonly BarPart[], width: number): string {
  const total = parts.reduce((a, p) => a + p.count, 0);
  if (total === 0 || width <= 0) return '';
  const present = parts.filter((p) => p.count > 0);
  const floor = Math.max(0, width - present.length);
  const exact = present.map((p) => (p.count / total) * floor);
  const cells = exact.map((x) => Math.floor(x) + 1);
  let left = width - cells.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0; left > 0 && k < order.length; k++, left--) cells[order[k]![1]]!++;
  return present
    .map((p, i) => {
      const s = p.glyph.repeat(Math.max(0, cells[i]!));
      return p.style ? p.style(s) : s;
    })
    .join('');
}
