import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ThemeToggle } from './theme-toggle';

beforeEach(() => document.documentElement.classList.remove('dark'));

describe('ThemeToggle', () => {
  it('keeps one name, its visible text, in both themes and says the state with aria-pressed', async () => {
    render(<ThemeToggle />);
    const toggle = screen.getByRole('button', { name: 'Dark theme' });
    expect(toggle).toHaveAccessibleName('Dark theme');
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(toggle).not.toHaveAttribute('aria-label');

    await userEvent.click(toggle);
    expect(screen.getByRole('button', { name: 'Dark theme' })).toBe(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(toggle).toHaveTextContent('Dark theme');
    expect(document.documentElement).toHaveClass('dark');
    expect(localStorage.getItem('theme')).toBe('dark');
  });
});
