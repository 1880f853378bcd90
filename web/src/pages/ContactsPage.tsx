import { useState } from 'preact/hooks';
import { type Contact, api, ok } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { ListFooter } from '../components/ListFooter';
import { Time } from '../components/Time';
import { usePagedList, useTitle } from '../hooks';
import { can, useSession } from '../session';
import { ContactDialog, DeleteContactDialog } from './ContactDialogs';
import { Button } from '../components/Button';

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
      <div class="page-header">
        <div>
          <h1 tabIndex={-1}>Contacts</h1>
          <p class="muted">Everyone your team works with.</p>
        </div>
        {canWrite && (
          <Button variant="primary" onClick={() => setOpen({ kind: 'add' })}>
            Add contact
          </Button>
        )}
      </div>
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
        <Button type="submit">
          Search
        </Button>
      </form>
      <ErrorAlert error={list.error} />
      <p class="notice" role="status">
        {notice}
      </p>
      {list.items.length > 0 && (
        <div class="table-wrap">
          <table class="table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Phone</th>
                <th scope="col">Company</th>
                <th scope="col">Tags</th>
                <th scope="col">Updated</th>
                <th scope="col">
                  <span class="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((c) => (
                <tr key={c.id} data-contact-id={c.id}>
                  <td data-label="Name">
                    <span class="strong">{c.name}</span>
                    {c.notes && <span class="muted small block clamp">{c.notes}</span>}
                  </td>
                  <td data-label="Email">{c.email ?? ''}</td>
                  <td data-label="Phone">{c.phone ?? ''}</td>
                  <td data-label="Company">{c.company ?? ''}</td>
                  <td data-label="Tags">
                    <span class="badges">
                      {c.tags.map((t) => (
                        <span key={t} class="tag">
                          {t}
                        </span>
                      ))}
                    </span>
                  </td>
                  <td data-label="Updated">
                    <Time iso={c.updated_at} dateOnly />
                  </td>
                  <td data-label="Actions" class="actions">
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
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
