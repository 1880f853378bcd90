import { Button } from './Button';
/** "Load more" for cursor-paginated lists, and a polite loading status. */
export function ListFooter({ loading, hasMore, onMore }: { loading: boolean; hasMore: boolean; onMore: () => void }) {
  return (
    <div class="list-footer">
      <span role="status" class="muted">
        {loading ? 'Loading…' : ''}
      </span>
      {hasMore && (
        <Button onClick={onMore} disabled={loading}>
          Load more
        </Button>
      )}
    </div>
  );
}
