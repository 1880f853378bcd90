import { useState } from 'preact/hooks';
import { type Contact, api, ok } from '../api';
import { Button } from '../components/Button';
import { DataTable, actionsColumn } from '../components/DataTable';
import { PageStatus } from '../components/ErrorAlert';
import { ListFooter } from '../components/ListFooter';
import { Time } from '../components/Time';
import { usePagedList, useTitle } from '../hooks';
import { can, useSession } from '../session';
import { ContactDialog, DeleteContactDialog } from './ContactDialogs';
import { PageHeader } from '../components/PageHeader';

type Open = null | { kind: 'add' } | { kind: 'edit'; contact: Contact } | { kind: 'delete'; contact: Contact };

/** Contacts: search, add, edit, delete (each offered only with the permission for it). */
export function ContactsPage() {
  useTitle('Contacts');
  const session = useSession();
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState('');
  const list = usePagedList((cursor) => ok(api.GET('/api/contacts', { params: { query: { q: q || undefined, cursor } } })), [q]);
  const canWrite = can(session, 'contacts:write');
  const canDelete = can(session, 'contacts:delete');
  const close = () => setOpen(null);
  const done = (message: string) => {
    close();
    setNotice(message);
    list.reload();
  };

  return (
    <section>
      <PageHeader title="Contacts" action={canWrite ? { label: 'Add contact', onClick: () => setOpen({ kind: 'add' }) } : undefined}>
        Everyone your team works with.
      </PageHeader>
      <form
        class="toolbar"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setQ(draft.trim());
        }}
      >
        <label class="inline-field grow">
          <span class="visually-hidden">Search contacts</span>
          <input type="search" placeholder="Search name, email or company" maxLength={200} value={draft} onInput={(e) => setDraft(e.currentTarget.value)} />
        </label>
        <Button type="submit">Search</Button>
      </form>
      <PageStatus error={list.error} notice={notice} />
      {list.items.length > 0 && (
        <DataTable
          rows={list.items}
          rowKey={(c) => c.id}
          rowAttrs={(c) => ({ 'data-contact-id': c.id })}
          columns={[
            {
              label: 'Name',
              cell: (c) => (
                <>
                  <span class="strong">{c.name}</span>
                  {c.notes && <span class="muted small block clamp">{c.notes}</span>}
                </>
              ),
            },
            { label: 'Email', cell: (c) => c.email ?? '' },
            { label: 'Phone', cell: (c) => c.phone ?? '' },
            { label: 'Company', cell: (c) => c.company ?? '' },
            {
              label: 'Tags',
              cell: (c) => (
                <span class="badges">
                  {c.tags.map((t) => (
                    <span key={t} class="tag">
                      {t}
                    </span>
                  ))}
                </span>
              ),
            },
            { label: 'Updated', cell: (c) => <Time iso={c.updated_at} dateOnly /> },
            actionsColumn((c: Contact) => (
              <>
                {canWrite && (
                  <Button small aria-label={`Edit ${c.name}`} onClick={() => setOpen({ kind: 'edit', contact: c })}>
                    Edit
                  </Button>
                )}
                {canDelete && (
                  <Button small variant="danger-outline" aria-label={`Delete ${c.name}`} onClick={() => setOpen({ kind: 'delete', contact: c })}>
                    Delete
                  </Button>
                )}
              </>
            )),
          ]}
        />
      )}
      {!list.loading && list.items.length === 0 && !list.error && (
        <div class="empty">
          <p>{q ? `No contacts match “${q}”.` : 'No contacts yet.'}</p>
        </div>
      )}
      <ListFooter loading={list.loading} hasMore={list.hasMore} onMore={list.loadMore} />
      {open?.kind === 'add' && <ContactDialog onClose={close} onSaved={(c) => done(`${c.name} was added.`)} />}
      {open?.kind === 'edit' && <ContactDialog contact={open.contact} onClose={close} onSaved={(c) => done(`${c.name} was saved.`)} />}
      {open?.kind === 'delete' && <DeleteContactDialog contact={open.contact} onClose={close} onDeleted={() => done(`${open.contact.name} was deleted.`)} />}
    </section>
  );
}
