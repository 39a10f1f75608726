import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { parseScope, type ParamProblem } from '../contract/filter-params';
import { LinkProblemsNotice } from './link-problems-notice';

/** The problems the shared scope parser finds in `search`, as every page gets them. */
function problemsOf(search: string): ParamProblem[] {
  const problems: ParamProblem[] = [];
  parseScope(new URLSearchParams(search), problems);
  return problems;
}

describe('LinkProblemsNotice', () => {
  it('says nothing for a link that was understood', () => {
    const { container } = render(<LinkProblemsNotice problems={problemsOf('country=GB&period=30')} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('gives one problem in a sentence', () => {
    render(<LinkProblemsNotice problems={problemsOf('country=XX')} />);
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent('Unknown country “XX”: showing United States');
    expect(notice).not.toHaveTextContent('not understood');
  });

  it('lists several under one heading, and calls onDismiss when dismissed', async () => {
    const onDismiss = vi.fn();
    render(<LinkProblemsNotice problems={problemsOf('country=XX&period=90')} onDismiss={onDismiss} />);
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent('Some parts of this link were not understood:');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Unknown country “XX”: showing United States',
      'Unknown period “90”: showing 7 days',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss notice' }));
    expect(onDismiss).toHaveBeenCalledOnce();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('shows again, after a dismissal, for other problems', async () => {
    const { rerender } = render(<LinkProblemsNotice problems={problemsOf('country=XX')} />);
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss notice' }));
    rerender(<LinkProblemsNotice problems={problemsOf('country=YY')} />);
    expect(screen.getByRole('status')).toHaveTextContent('Unknown country “YY”');
  });
});
