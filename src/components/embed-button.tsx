import { useState, type ReactNode } from 'react';

/**
 * "Embed" beside Copy link: opens the dialog with the `<iframe>` snippet of the current view. The dialog
 * is its own chunk, fetched on the first press: the pages carry only this button. `chartChoice`: the
 * hashtag page, whose embed shows one of its charts.
 */
export function EmbedButton({ chartChoice = false }: { chartChoice?: boolean }) {
  const [dialog, setDialog] = useState<ReactNode>(null);
  const open = () =>
    void import('./embed-dialog').then(({ EmbedDialog }) =>
      setDialog(<EmbedDialog chartChoice={chartChoice} onClose={() => setDialog(null)} />),
    );
  return (
    <>
      <button type="button" className="btn" aria-haspopup="dialog" onClick={open}>
        Embed
      </button>
      {dialog}
    </>
  );
}
