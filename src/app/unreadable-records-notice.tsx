import { Notice } from '../components/notice';
import { useUnreadableRecords } from '../stores/unreadable-records';

function list(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * Says, once, that something this browser had saved could not be read (src/stores/unreadable-records.ts):
 * what it was, that it is kept as it was, and that a new one starts.
 */
export function UnreadableRecordsNotice() {
  const records = useUnreadableRecords();
  if (records.length === 0) return null;
  const one = records.length === 1;
  return (
    <div className="mb-4">
      <Notice>
        <p>
          Your saved {list(records)} could not be read: {one ? 'it was' : 'they were'} damaged or saved by a newer
          version of this app. {one ? 'It is' : 'They are'} kept unchanged as a backup in this browser, and{' '}
          {one ? 'a new one starts' : 'new ones start'} here.
        </p>
      </Notice>
    </div>
  );
}
