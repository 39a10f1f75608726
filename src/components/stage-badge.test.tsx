import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StageBadge } from './stage-badge';
import { classifyTrendStage } from '../contract/trend-stage';

const DAY = 86_400;
const curve = (values: number[]) => values.map((value, i) => ({ time: 1_740_355_200 + i * DAY, value }));

describe('StageBadge', () => {
  it('shows the stage as text and explains it with the numbers behind it', async () => {
    const user = userEvent.setup();
    const result = classifyTrendStage({
      trend: curve([0.3, 0.5, 0.8, 0.95, 1, 0.98, 0.97]),
      rankDiffType: 1,
      rankDiff: 3,
    });
    render(<StageBadge result={result} />);

    expect(screen.getByText('Peaking')).toBeInTheDocument();
    const why = screen.getByRole('button', { name: 'Why Peaking?' });
    expect(why).toHaveAttribute('aria-expanded', 'false');
    const panel = document.getElementById(why.getAttribute('aria-controls') ?? '');
    expect(panel).not.toBeVisible();

    await user.click(why);
    expect(why).toHaveAttribute('aria-expanded', 'true');
    expect(panel).toBeVisible();
    const facts = within(panel as HTMLElement);
    expect(facts.getByText('Share of peak now').nextElementSibling).toHaveTextContent('97%');
    expect(facts.getByText('Days since peak').nextElementSibling).toHaveTextContent('2');
    expect(facts.getByText('Rank change').nextElementSibling).toHaveTextContent('Up 3');
    expect(facts.getByText('Recent slope').nextElementSibling).toHaveTextContent(/% of peak per point/);
    expect(facts.getByText(/At 97% of its peak/)).toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(why).toHaveAttribute('aria-expanded', 'false');
    expect(panel).not.toBeVisible();
    expect(why).toHaveFocus();
  });

  it('closes on a click outside', async () => {
    const user = userEvent.setup();
    render(
      <>
        <StageBadge result={classifyTrendStage({ trend: curve([1, 0.5, 0.3, 0.2]) })} />
        <p>Elsewhere</p>
      </>,
    );
    const why = screen.getByRole('button', { name: 'Why Cooling?' });
    await user.click(why);
    expect(why).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByText('Elsewhere'));
    expect(why).toHaveAttribute('aria-expanded', 'false');
  });

  it('says "not enough data" without numbers for an empty curve', async () => {
    const user = userEvent.setup();
    render(<StageBadge result={classifyTrendStage({ trend: [] })} />);
    await user.click(screen.getByRole('button', { name: 'Why Steady?' }));
    expect(screen.getByText('Not enough data')).toBeVisible();
    expect(screen.queryByText('Share of peak now')).not.toBeInTheDocument();
  });
});
