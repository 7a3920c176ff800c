/** One screen's strings: English, the source, and the Spanish translations (a missing one falls back to English). */
export interface Catalog {
  en: Record<string, string>;
  es: Record<string, string>;
}
