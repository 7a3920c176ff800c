import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Button } from './Button';
import styles from './ConfirmDialog.module.css';

/**
 * Asks before something that cannot be undone (an alert dialog): the confirming button is the danger one, and Cancel
 * has the focus, so Enter or Escape keeps things as they are.
 */
export function ConfirmDialog(props: {
  isOpen: boolean;
  title: string;
  text: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <ModalOverlay
      isOpen={props.isOpen}
      onOpenChange={(open) => {
        if (!open) {
          props.onCancel();
        }
      }}
      isDismissable
      className={styles.overlay}
    >
      <Modal className={styles.modal}>
        <Dialog role="alertdialog" className={styles.dialog}>
          <Heading slot="title" className={styles.title}>
            {props.title}
          </Heading>
          <p>{props.text}</p>
          <div className={styles.actions}>
            <Button variant="danger" onPress={props.onConfirm}>
              {props.confirmLabel}
            </Button>
            <Button variant="secondary" onPress={props.onCancel} autoFocus>
              {props.cancelLabel}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
