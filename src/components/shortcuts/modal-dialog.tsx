import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A modal `<dialog>` named by its heading: opened with showModal() (the page behind is inert, focus
 * stays inside), closed by Escape, a click on the backdrop or the caller. Keys pressed inside never
 * reach the page's listeners (the app's shortcuts, the deck's keys). On close, focus returns to
 * where it was before, if that element is still there.
 */
export function ModalDialog({
  title,
  onClose,
  children,
  className = '',
  titleClassName = 'text-lg font-semibold',
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
  titleClassName?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement;
    // jsdom has no showModal: the open attribute shows it there.
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else dialog.setAttribute('open', '');
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
    };
  }, []);
  return (
    // The backdrop click is the pointer's way to close; Escape is the keyboard's (onKeyDown).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      className={`m-auto mt-[10vh] max-h-[80vh] w-[min(36rem,calc(100%-2rem))] overflow-hidden rounded-xl border border-line bg-surface p-0 text-ink shadow-xl backdrop:bg-black/50 ${className}`}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <h2 id={titleId} className={titleClassName}>
        {title}
      </h2>
      {children}
    </dialog>
  );
}
