import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EmbedButton } from './embed-button';

// jsdom has <dialog> but not its modal methods: what the browser does, in short (the e2e spec uses the real one)
beforeAll(() => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
});

afterEach(() => window.history.replaceState(null, '', '/'));

const valueOf = (field: HTMLElement) => (field as HTMLTextAreaElement).value;

describe('Embed button', () => {
  it('on a hashtag page: the iframe of the chosen chart, with the page’s filters, copied on request', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/hashtag/chatgpt?country=FR&period=30');
    render(<EmbedButton chartChoice />);
    await user.click(screen.getByRole('button', { name: 'Embed' }));
    const dialog = await screen.findByRole('dialog', { name: 'Embed this view' });
    const code = within(dialog).getByRole('textbox', { name: /Embed code/ });
    expect(code).toHaveAttribute('readonly');
    expect(code).toHaveValue(
      '<iframe src="http://localhost:3000/embed/hashtag/chatgpt?country=FR&amp;period=30" width="640" height="530" title="#chatgpt: France, last 30 days" loading="lazy" style="border:0"></iframe>',
    );
    await user.click(within(dialog).getByRole('radio', { name: 'Audience age' }));
    expect(valueOf(code)).toContain('/embed/hashtag/chatgpt?country=FR&amp;period=30&amp;chart=age"');
    await user.click(within(dialog).getByRole('button', { name: 'Copy embed code' }));
    expect(await navigator.clipboard.readText()).toBe(valueOf(code));
    expect(within(dialog).getByRole('status')).toHaveTextContent('Embed code copied');
  });

  it('on the explorer: the top 10 with the list’s filters, and no chart choice', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/?country=GB&industry=22000000000&page=3');
    render(<EmbedButton />);
    await user.click(screen.getByRole('button', { name: 'Embed' }));
    const dialog = await screen.findByRole('dialog', { name: 'Embed this view' });
    expect(within(dialog).queryByRole('radiogroup')).toBeNull();
    expect(valueOf(within(dialog).getByRole('textbox', { name: /Embed code/ }))).toMatch(
      /^<iframe src="http:\/\/localhost:3000\/embed\?country=GB&amp;industry=22000000000" width="640" height="500" title="Top 10 TikTok hashtags in United Kingdom, /,
    );
  });

  it('on compare: the comparison', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/compare?tags=a,b&mode=posts');
    render(<EmbedButton />);
    await user.click(screen.getByRole('button', { name: 'Embed' }));
    const code = within(await screen.findByRole('dialog')).getByRole('textbox');
    expect(valueOf(code)).toContain('src="http://localhost:3000/embed/compare?tags=a,b"');
    expect(valueOf(code)).toContain('title="Compare #a and #b: United States, last 7 days"');
  });
});
