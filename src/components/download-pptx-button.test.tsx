import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DownloadPptxButton } from './download-pptx-button';

function deferred() {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('DownloadPptxButton', () => {
  it('is busy with a status while the file builds, once per press, and says when it failed', async () => {
    const user = userEvent.setup();
    const runs: ReturnType<typeof deferred>[] = [];
    render(
      <DownloadPptxButton
        make={() => {
          const run = deferred();
          runs.push(run);
          return run.promise;
        }}
      />,
    );
    const button = screen.getByRole('button', { name: 'Download PowerPoint' });
    expect(screen.getByRole('status')).toHaveTextContent('');

    await user.click(button);
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Building PowerPoint…');
    await user.click(button); // a second press while busy starts nothing
    expect(runs).toHaveLength(1);

    await act(async () => runs[0]!.resolve());
    expect(button).toHaveAttribute('aria-busy', 'false');
    expect(screen.getByRole('status')).toHaveTextContent('');

    await user.click(button);
    await act(async () => runs[1]!.reject(new Error('no')));
    expect(screen.getByRole('status')).toHaveTextContent('The PowerPoint could not be created.');
  });

  it('shows what it is given, and keeps its name', () => {
    render(
      <DownloadPptxButton make={() => Promise.resolve()}>
        <span className="sr-only">PowerPoint</span>
      </DownloadPptxButton>,
    );
    expect(screen.getByRole('button', { name: 'Download PowerPoint' })).toBeInTheDocument();
  });
});
