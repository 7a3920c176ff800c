/**
 * Desktop notifications of new replies, when the user allowed them and the inbox is not in sight (in sight, the
 * list itself changes and screen readers hear it).
 */
export function notificationsSupported(): boolean {
  return typeof window !== 'undefined' && 'Notification' in window;
}

export function notifyReply(title: string, body: string, onOpen: () => void): void {
  if (!notificationsSupported() || Notification.permission !== 'granted' || !document.hidden) {
    return;
  }
  const notification = new Notification(title, { body, tag: 'campus-sms-reply' });
  notification.onclick = () => {
    window.focus();
    onOpen();
    notification.close();
  };
}
