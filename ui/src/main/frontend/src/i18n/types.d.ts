import type { MessageId } from './messages';

// react-intl checks every message id against the catalogs: a typo fails `tsc` (formatjs.github.io, "TypeScript").
declare global {
  namespace FormatjsIntl {
    interface Message {
      ids: MessageId;
    }
  }
}
