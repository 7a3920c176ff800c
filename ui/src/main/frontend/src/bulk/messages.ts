import type { Catalog } from '../i18n/catalog';

/** The bulk screen's strings. */
export const catalog: Catalog = {
  en: {},
  es: {},
};
