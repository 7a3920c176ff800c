import type { Catalog } from '../i18n/catalog';

/** The reports screen's strings. */
export const catalog: Catalog = {
  en: {},
  es: {},
};
