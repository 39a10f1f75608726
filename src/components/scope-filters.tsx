import { startTransition, useOptimistic, type ReactNode } from 'react';
import type { TrendScope } from '../contract/filter-params';
import { CountryCombobox } from './country-combobox';
import { PeriodPicker } from './period-picker';

/**
 * A control's value that shows a choice at once, while `onChange` navigates in a transition: the
 * choice is shown until that transition ends, then the value the page passes in wins again.
 */
export function useOptimisticChoice<T>(value: T, onChange: (next: T) => void): [shown: T, choose: (next: T) => void] {
  const [shown, setShown] = useOptimistic(value);
  const choose = (next: T) =>
    startTransition(() => {
      setShown(next);
      onChange(next);
    });
  return [shown, choose];
}

/**
 * Country and Period of a page that writes them into its URL (hashtag page, compare, watchlist), with
 * any further controls of that page after them.
 *
 * The router applies a new URL in a transition, and the page follows it in a background render (a
 * hashtag page redraws four charts). Until that transition ends, the controls show the choice just
 * made (`useOptimistic`), so a radio does not snap back; only they render in the click.
 * The explorer renders its whole page at once instead: its new rows should paint in the next frame.
 */
export function ScopeFilters({
  scope,
  onChange,
  className = '',
  children,
}: {
  scope: TrendScope;
  onChange: (scope: TrendScope) => void;
  className?: string;
  children?: ReactNode;
}) {
  const [shown, choose] = useOptimisticChoice(scope, onChange);
  return (
    <div className={`flex flex-wrap items-end gap-x-4 gap-y-3 ${className}`}>
      <CountryCombobox
        className="w-56"
        value={shown.country}
        onChange={(country) => choose({ ...shown, country })}
        shortcut
      />
      <PeriodPicker value={shown.period} onChange={(period) => choose({ ...shown, period })} shortcuts />
      {children}
    </div>
  );
}
