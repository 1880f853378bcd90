import { useState } from 'preact/hooks';
import type { IssuedKeyInfo, KeyInfo, Role } from '../api';
import type { PagedList } from '../hooks';
import { NewKeyDialog } from './NewKeyDialog';
import { RenameKeyDialog } from './RenameKeyDialog';
import { RevealKeyDialog } from './RevealKeyDialog';
import { RevokeKeyDialog } from './RevokeKeyDialog';
import { RollKeyDialog } from './RollKeyDialog';

type Open =
  | null
  | { kind: 'new' }
  | { kind: 'reveal'; issued: IssuedKeyInfo; previous?: KeyInfo }
  | { kind: 'revoke'; key: KeyInfo }
  | { kind: 'roll'; key: KeyInfo }
  | { kind: 'rename'; key: KeyInfo };

/**
 * The dialogs of a list of keys: new, roll (both ending in the show-once reveal), rename and revoke.
 * `owner` names a service account whose keys these are (new keys are made for it); `onChanged` is told
 * whenever a key was added or revoked (counts to refresh).
 */
export function useKeyDialogs(list: PagedList<KeyInfo>, o: { owner?: { id: string; name: string; role: Role }; onChanged?: () => void } = {}) {
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  /** A key was issued (new or rolled): show its secret once, and list it. */
  const issued = (key: IssuedKeyInfo, previous?: KeyInfo) => {
    setOpen({ kind: 'reveal', issued: key, previous });
    list.reload();
    o.onChanged?.();
  };
  /** A dialog changed one key in place: show the change and close it. */
  const replaced = (key: KeyInfo) => {
    list.replace(key);
    close();
  };
  const dialogs = (
    <>
      {open?.kind === 'new' && <NewKeyDialog owner={o.owner} onClose={close} onCreated={(key) => issued(key)} />}
      {open?.kind === 'reveal' && <RevealKeyDialog issued={open.issued} previous={open.previous} onClose={close} />}
      {open?.kind === 'revoke' && (
        <RevokeKeyDialog
          apiKey={open.key}
          onClose={close}
          onRevoked={(key) => {
            o.onChanged?.();
            replaced(key);
          }}
        />
      )}
      {open?.kind === 'rename' && <RenameKeyDialog apiKey={open.key} onClose={close} onRenamed={replaced} />}
      {open?.kind === 'roll' && <RollKeyDialog apiKey={open.key} onClose={close} onRolled={({ key, previous }) => issued(key, previous)} />}
    </>
  );
  return {
    dialogs,
    newKey: () => setOpen({ kind: 'new' }),
    /** A key table's row actions (`<KeysTable {...rowActions} />`). */
    rowActions: {
      onRevoke: (key: KeyInfo) => setOpen({ kind: 'revoke', key }),
      onRoll: (key: KeyInfo) => setOpen({ kind: 'roll', key }),
      onRename: (key: KeyInfo) => setOpen({ kind: 'rename', key }),
    },
  };
}
