import { PERIODS, countryName, periodLabel } from '../../src/contract/constants';
import { listHref } from '../../src/contract/filter-params';
import { hashtagDescription, hashtagIndustry } from '../../src/contract/hashtag-about-text';
import { safeTikTokUrl } from '../../src/contract/safe-url';
import { escapeHtml } from './html';
import type { DetailPageData } from './page-data';

/**
 * The top of a hashtag page as src/features/hashtag/hashtag-page.tsx renders it, from the detail the
 * server fetched for it (page-data.ts): the back link, the name, the facts and the description, which
 * is the page's largest text. Painted with the stylesheet alone, before any script; the app then draws
 * the same markup in the same place (e2e/page-shell.spec.ts compares the boxes).
 *
 * The app's controls (Compare, Copy link, the star, country and period, Present) are drawn as they
 * look, but inert and hidden from assistive technology: they only work once the app runs, and a
 * control that does nothing when pressed is worse than none. The star is left empty: whether it is
 * filled is stored in the browser.
 */

const CONTROL_HIDDEN = 'aria-hidden="true" inert';

function actions(): string {
  return (
    `<div class="flex flex-wrap items-center gap-2" ${CONTROL_HIDDEN}>` +
    '<span class="btn">Compare</span>' +
    '<span class="inline-flex items-center gap-2 "><span class="btn">Copy link</span><span class="text-sm text-ink-muted"></span></span>' +
    '</div>'
  );
}

function filters({ country, period }: DetailPageData['scope']): string {
  const countryField =
    '<div class="relative w-56"><span class="mb-1 block text-sm font-medium">Country</span><div class="relative">' +
    '<span class="pointer-events-none absolute inset-y-0 left-2 flex items-center">' +
    `<span class="rounded bg-surface-muted px-1 font-mono text-[11px] font-semibold text-ink-muted">${escapeHtml(country)}</span></span>` +
    `<input class="field w-full pr-8 pl-10" type="text" value="${escapeHtml(countryName(country))}" readonly tabindex="-1">` +
    '<span class="absolute inset-y-0 right-0 flex w-8 items-center justify-center text-ink-muted">▾</span>' +
    '</div></div>';
  const choices = PERIODS.map(
    (p) =>
      '<label class="relative rounded px-3 py-1 text-sm whitespace-nowrap text-ink-muted has-checked:bg-surface has-checked:font-semibold has-checked:text-ink has-checked:shadow-sm">' +
      `<input class="absolute inset-0 appearance-none rounded opacity-0" type="radio" name="shell-period" value="${p}"${p === period ? ' checked' : ''} tabindex="-1">` +
      `${periodLabel(p)}</label>`,
  ).join('');
  const periodField =
    '<div><span class="mb-1 block text-sm font-medium">Period</span>' +
    `<div class="inline-flex rounded-md border border-line bg-surface-muted p-0.5">${choices}</div></div>`;
  return `<div class="no-print" ${CONTROL_HIDDEN}><div class="flex flex-wrap items-end gap-x-4 gap-y-3">${countryField}${periodField}</div></div>`;
}

function facts({ detail }: DetailPageData): string {
  const industry = hashtagIndustry(detail);
  const tiktokUrl = safeTikTokUrl(detail.video_url);
  const description = hashtagDescription(detail);
  const row =
    '<div class="flex flex-wrap items-center gap-2 text-sm">' +
    (industry
      ? `<span class="text-ink-muted">Industry: <span class="font-medium text-ink">${escapeHtml(industry)}</span></span>`
      : '') +
    (detail.is_promoted
      ? '<span class="inline-block rounded-full border px-2 py-0.5 text-xs font-medium border-accent text-accent-ink">Promoted</span>'
      : '') +
    (tiktokUrl
      ? `<a href="${escapeHtml(tiktokUrl)}" target="_blank" rel="noopener noreferrer" class="font-medium text-accent-ink underline underline-offset-2">` +
        'Open on TikTok<span class="sr-only"> (opens in a new tab)</span><span aria-hidden="true"> ↗</span></a>'
      : '') +
    `<span class="no-print font-medium text-accent-ink underline underline-offset-2" ${CONTROL_HIDDEN}>Present</span>` +
    '</div>';
  const text = description ? `<p class="max-w-3xl whitespace-pre-line text-ink">${escapeHtml(description)}</p>` : '';
  return `<div class="space-y-6"><div class="space-y-2">${row}${text}</div></div>`;
}

/** The hashtag page's top for `data`, to go in the shell's <main>. */
export function detailTop(data: DetailPageData): string {
  return (
    '<div class="space-y-6"><div class="space-y-3">' +
    '<div class="no-print flex flex-wrap items-center justify-between gap-2">' +
    `<a class="inline-flex items-center gap-1 text-sm font-medium text-accent-ink hover:underline" href="${escapeHtml(listHref(data.scope))}"><span aria-hidden="true">←</span> Back to trending hashtags</a>` +
    actions() +
    '</div>' +
    '<div class="flex flex-wrap items-end justify-between gap-4">' +
    `<div class="flex items-center gap-2"><h1 class="break-all text-3xl font-bold tracking-tight">#${escapeHtml(data.name)}</h1>` +
    `<span class="inline-flex items-center gap-1 no-print" ${CONTROL_HIDDEN}><span class="inline-flex h-7 w-7"></span></span></div>` +
    filters(data.scope) +
    '</div></div>' +
    facts(data) +
    '</div>'
  );
}
