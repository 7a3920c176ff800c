import type { Catalog } from '../i18n/catalog';

/** The pools screen's strings. */
export const catalog: Catalog = {
  en: {},
  es: {},
};
