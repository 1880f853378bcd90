/** "Load more" for cursor-paginated lists, and a polite loading status. */
export function ListFooter({ loading, hasMore, onMore }: { loading: boolean; hasMore: boolean; onMore: () => void }) {
  return (
    <div class="list-footer">
      <span role="status" class="muted">
        {loading ? 'Loading…' : ''}
      </span>
      {hasMore && (
        <button type="button" class="button" onClick={onMore} disabled={loading}>
          Load more
        </button>
      )}
    </div>
  );
}
