/**
 * The message catalogue. Every string a user reads comes from here; Vietnamese is the default and
 * English is loaded only when asked for (--lang en), so it costs nothing otherwise.
 */
import { vi } from './vi/index.js';

export type Catalog = typeof vi;
export type Lang = 'vi' | 'en';
export type ErrorKey = keyof Catalog['errors'];
export type ErrorArgs<K extends ErrorKey> = Parameters<Catalog['errors'][K]>[0];

let current: Catalog = vi;
let currentLang: Lang = 'vi';

export const msg = (): Catalog => current;
export const lang = (): Lang => currentLang;

export async function setLang(l: Lang): Promise<void> {
  currentLang = l;
  current = l === 'en' ? (await import('./en/index.js')).en : vi;
}

export function errorText<K extends ErrorKey>(key: K, args: ErrorArgs<K>): string {
  return (current.errors[key] as (a: ErrorArgs<K>) => string)(args);
}
