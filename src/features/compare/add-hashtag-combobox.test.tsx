import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AddHashtagCombobox, matchSuggestions } from './add-hashtag-combobox';

const TOP = ['chatgpt', 'catsoftiktok', 'ラーメン', 'cafécheck', 'mychat'];

describe('matchSuggestions', () => {
  it('puts names starting with the query first, ignores case, accents and "#", and leaves out added ones', () => {
    expect(matchSuggestions('CHAT', TOP, [])).toEqual(['chatgpt', 'mychat']);
    expect(matchSuggestions('#cafe', TOP, [])).toEqual(['cafécheck']);
    expect(matchSuggestions('', TOP, ['ChatGPT'])).toEqual(['catsoftiktok', 'ラーメン', 'cafécheck', 'mychat']);
  });
});

describe('AddHashtagCombobox', () => {
  function setup(props: Partial<Parameters<typeof AddHashtagCombobox>[0]> = {}) {
    const onAdd = vi.fn();
    render(<AddHashtagCombobox suggestions={TOP} exclude={['mychat']} onAdd={onAdd} {...props} />);
    return { onAdd, input: screen.getByRole('combobox', { name: 'Add hashtag' }) };
  }

  it('filters while typing without choosing, so Enter adds the typed text', async () => {
    const { onAdd, input } = setup();
    await userEvent.type(input, '#cha');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['#chatgpt']);
    expect(input).not.toHaveAttribute('aria-activedescendant');
    await userEvent.keyboard('{Enter}');
    expect(onAdd).toHaveBeenCalledWith('cha');
    expect(input).toHaveValue('');
  });

  it('adds the highlighted suggestion with ArrowDown + Enter, and takes the chart spelling for typed names', async () => {
    const { onAdd, input } = setup();
    await userEvent.type(input, 'ca{ArrowDown}');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('option', { name: '#catsoftiktok' })).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Enter}');
    expect(onAdd).toHaveBeenLastCalledWith('catsoftiktok');
    await userEvent.type(input, 'ChatGPT{Enter}');
    expect(onAdd).toHaveBeenLastCalledWith('chatgpt');
  });

  it('does not add a hashtag twice and says why', async () => {
    const { onAdd, input } = setup();
    await userEvent.type(input, 'MyChat{Enter}');
    expect(onAdd).not.toHaveBeenCalled();
    expect(input).toHaveAccessibleDescription('#mychat is already in the comparison');
  });

  it('is disabled with its reason at the limit', () => {
    const { input } = setup({ disabledReason: 'Five is the most.' });
    expect(input).toBeDisabled();
    expect(input).toHaveAccessibleDescription('Five is the most.');
    expect(screen.getByRole('button', { name: 'Add' })).toBeDisabled();
  });

  it('closes on Escape and clears on a second Escape', async () => {
    const { input } = setup();
    await userEvent.type(input, 'c');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveValue('c');
    await userEvent.keyboard('{Escape}');
    expect(input).toHaveValue('');
  });
});
