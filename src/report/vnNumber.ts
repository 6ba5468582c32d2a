/**
 * Numbers the Vietnamese way: "." groups thousands, "," marks decimals (1.234; 95,5). Written out by
 * hand rather than with Intl so the output never depends on the ICU data a Node build carries.
 */
export function vnNumber(n: number, maxFractionDigits = 2): string {
  if (!Number.isFinite(n)) return String(n);
  const factor = 10 ** maxFractionDigits;
  const rounded = Math.round(Math.abs(n) * factor) / factor;
  const [int, frac = ''] = rounded.toFixed(maxFractionDigits).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/gu, '.');
  const fraction = frac.replace(/0+$/u, '');
  const sign = n < 0 && rounded !== 0 ? '-' : '';
  return `${sign}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** "95,5%": a share with one decimal at most. */
export const vnPercent = (n: number): string => `${vnNumber(n, 1)}%`;
