import { FormattedMessage, useIntl } from 'react-intl';
import { Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Button } from '../ui/Button';
import styles from './Shell.module.css';

/** The keys the app answers to. None is a single key that could fire while the user types. */
const SHORTCUTS = [
  ['shortcuts.send.keys', 'shortcuts.send'],
  ['shortcuts.enterSetting.keys', 'shortcuts.enterSetting'],
  ['shortcuts.savedReply.keys', 'shortcuts.savedReply'],
  ['shortcuts.lists.keys', 'shortcuts.lists'],
  ['shortcuts.views.keys', 'shortcuts.views'],
  ['shortcuts.tab.keys', 'shortcuts.tab'],
] as const;

/** A button opening the list of keyboard shortcuts, in a dialog that keeps the focus until closed. */
export function Shortcuts() {
  const intl = useIntl();
  return (
    <DialogTrigger>
      <Button variant="onBrand">
        <FormattedMessage id="shortcuts.open" />
      </Button>
      <ModalOverlay className={styles.overlay} isDismissable>
        <Modal className={styles.modal}>
          <Dialog className={styles.dialog} aria-label={intl.formatMessage({ id: 'shortcuts.title' })}>
            {({ close }) => (
              <>
                <Heading slot="title" className={styles.dialogHeading}>
                  <FormattedMessage id="shortcuts.title" />
                </Heading>
                <dl className={styles.shortcuts}>
                  {SHORTCUTS.map(([keys, what]) => (
                    <div key={what}>
                      <dt>
                        <kbd>{intl.formatMessage({ id: keys })}</kbd>
                      </dt>
                      <dd>
                        <FormattedMessage id={what} />
                      </dd>
                    </div>
                  ))}
                </dl>
                <Button variant="primary" onPress={close}>
                  <FormattedMessage id="shortcuts.close" />
                </Button>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
