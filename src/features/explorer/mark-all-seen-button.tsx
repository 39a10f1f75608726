/** "Mark all as seen": clears the since-last-visit markers (useChangesSinceLastVisit().markAllSeen). */
export function MarkAllSeenButton({ onClick, disabled }: { onClick: () => void; disabled?: boolean }) {
  return (
    <button type="button" className="btn" onClick={onClick} disabled={disabled}>
      Mark all as seen
    </button>
  );
}
