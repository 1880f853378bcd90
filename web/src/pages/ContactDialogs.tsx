import { useState } from 'preact/hooks';
import { type Contact, api, ok } from '../api';
import { DeleteDialog } from '../components/ConfirmDialog';
import { Dialog, DialogSubmit } from '../components/Dialog';
import { Field, TextField, lengthHint } from '../components/Field';
import { splitErrors } from '../field-errors';
import { useAction } from '../hooks';

interface ContactDialogProps {
  /** Absent: add a contact; present: edit it. */
  contact?: Contact;
  onClose: () => void;
  onSaved: (c: Contact) => void;
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

export function ContactDialog({ contact, onClose, onSaved }: ContactDialogProps) {
  const [form, setForm] = useState({
    name: contact?.name ?? '',
    email: contact?.email ?? '',
    phone: contact?.phone ?? '',
    company: contact?.company ?? '',
    tags: contact?.tags.join(', ') ?? '',
    notes: contact?.notes ?? '',
  });
  const { busy, error, run, setError } = useAction();
  const set = (k: keyof typeof form) => (value: string) => setForm({ ...form, [k]: value });
  const tags = [
    ...new Set(
      form.tags
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
  const { fields, other } = splitErrors(error, {
    name: { label: 'name' },
    email: { label: 'email' },
    phone: { label: 'phone number' },
    company: { label: 'company' },
    notes: { label: 'note' },
    tags: { entry: 'Tag', values: tags },
  });
  const [nameError, setNameError] = useState<string | undefined>();

  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    if (!form.name.trim()) return setNameError('Enter a name: spaces alone are not a name.');
    const body = {
      name: form.name.trim(),
      email: orNull(form.email),
      phone: orNull(form.phone),
      company: orNull(form.company),
      notes: orNull(form.notes),
      tags,
    };
    await run(async () => {
      onSaved(
        contact ? await ok(api.PATCH('/api/contacts/{id}', { params: { path: { id: contact.id } }, body })) : await ok(api.POST('/api/contacts', { body })),
      );
    });
  };

  return (
    <Dialog title={contact ? `Edit ${contact.name}` : 'Add contact'} onClose={onClose} class="dialog-wide">
      <form class="stack" onSubmit={submit}>
        <TextField
          label="Name"
          hint={lengthHint(form.name, 200)}
          error={nameError ?? fields.name}
          required
          maxLength={200}
          value={form.name}
          onValue={(v) => (set('name')(v), setNameError(undefined))}
          autoFocus
        />
        <div class="grid-2">
          <TextField label="Email" error={fields.email} type="email" maxLength={320} value={form.email} onValue={set('email')} />
          <TextField label="Phone" error={fields.phone} type="tel" maxLength={50} value={form.phone} onValue={set('phone')} />
        </div>
        <TextField label="Company" error={fields.company} maxLength={200} value={form.company} onValue={set('company')} />
        <TextField label="Tags" hint="Separate tags with commas." error={fields.tags} value={form.tags} onValue={set('tags')} />
        <Field label="Notes" hint={form.notes.length > 9_000 ? lengthHint(form.notes, 10_000) : undefined} error={fields.notes}>
          {({ id, describedBy, invalid }) => (
            <textarea
              id={id}
              rows={3}
              maxLength={10_000}
              value={form.notes}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onInput={(e) => set('notes')(e.currentTarget.value)}
            />
          )}
        </Field>
        <DialogSubmit error={other} disabled={busy}>
          {contact ? 'Save contact' : 'Add contact'}
        </DialogSubmit>
      </form>
    </Dialog>
  );
}

export function DeleteContactDialog({ contact, onClose, onDeleted }: { contact: Contact; onClose: () => void; onDeleted: () => void }) {
  return (
    <DeleteDialog path="/api/contacts/{id}" id={contact.id} title="Delete contact" action="Delete contact" onDeleted={onDeleted} onClose={onClose}>
      <p>
        Delete <strong>{contact.name}</strong>? This cannot be undone.
      </p>
    </DeleteDialog>
  );
}
