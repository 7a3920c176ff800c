/**
 * One screen's strings: English, the source, and Spanish for every English key. A missing or extra Spanish key
 * fails `tsc`, and the keys stay literal so `MessageId` (i18n/messages.ts) is their union.
 */
export interface Catalog<K extends string = string> {
  en: Record<K, string>;
  es: Record<K, string>;
}

/** A catalog whose Spanish covers English exactly. */
export function defineCatalog<const E extends Record<string, string>>(catalog: {
  en: E;
  es: { [K in keyof E]: string };
}): Catalog<keyof E & string> {
  return catalog;
}
