import type { ChangeMarker as Marker } from '../../stores/last-visit-store';
import { formatVisitDate } from './visit-date';

/**
 * "New since 12 Nov", "▲ 7 since 12 Nov", "▼ 7 since 12 Nov": next to a row's name. Arrows are
 * decorative; screen readers hear "Up 7 places since 12 Nov".
 */
export function ChangeMarker({ marker, since, locale }: { marker: Marker; since: number; locale?: string }) {
  const date = formatVisitDate(since, undefined, locale);
  if (marker.kind === 'new') {
    return (
      <span
        className="whitespace-nowrap rounded border border-accent px-1 text-xs font-medium text-accent-ink"
        data-change="new"
      >
        New since {date}
      </span>
    );
  }
  const up = marker.kind === 'climbed';
  const places = `${marker.places} place${marker.places === 1 ? '' : 's'}`;
  return (
    <span className={`whitespace-nowrap text-xs font-medium ${up ? 'text-up' : 'text-down'}`} data-change={marker.kind}>
      <span aria-hidden="true">
        {up ? '▲' : '▼'} {marker.places} since {date}
      </span>
      <span className="sr-only">
        {up ? 'Up' : 'Down'} {places} since {date}
      </span>
    </span>
  );
}
