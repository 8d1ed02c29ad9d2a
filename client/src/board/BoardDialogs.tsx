// Whichever dialog the board has open.
import { useTranslation } from 'react-i18next';
import { CONSENT_DATA_RECORDERS, POLICE_115_RECORDERS } from '../legalAdmin/roles.js';
import { useBoard, type DialogState } from './context.js';
import type { ApiError } from '../api/errors.js';
import { PersonDialog } from './dialogs/PersonDialog.js';
import { TieDialog } from './dialogs/TieDialog.js';
import { MembershipDialog } from './dialogs/MembershipDialog.js';
import { GroupDialog } from './dialogs/GroupDialog.js';
import { GroupLinkDialog } from './dialogs/GroupLinkDialog.js';
import { ConfirmDialog } from './dialogs/ConfirmDialog.js';
import type { Position } from './model.js';

interface Props {
  dialog: DialogState;
  agencies: { id: string; name: string; kind?: string }[];
  askName: boolean;
  defaultPosition(): Position;
  onError(err: ApiError): void;
  onClose(): void;
  onLeaveMeeting(): void;
  onLayout(): void;
  onCreatedPerson(id: string): void;
}

export function BoardDialogs({ dialog, agencies, askName, defaultPosition, onError, onClose, onLeaveMeeting, onLayout, onCreatedPerson }: Props) {
  const { t } = useTranslation();
  const b = useBoard();
  const people = b.board.people.map((p) => ({ id: p.id, label: b.nameOf(p.id) })).sort((x, y) => x.label.localeCompare(y.label));
  const groups = b.board.groups.map((g) => ({ id: g.id, name: g.name }));
  switch (dialog.kind) {
    case 'addPerson':
      return (
        <PersonDialog
          askName={askName && !b.meeting}
          onSave={async (v) => onCreatedPerson(await b.actions.addPerson({ kind: v.kind, alias: v.alias, name: v.name || null }, dialog.at ?? defaultPosition()))}
          onError={onError}
          onClose={onClose}
        />
      );
    case 'editPerson': {
      const person = b.board.people.find((p) => p.id === dialog.personId);
      if (!person) return null;
      return <PersonDialog person={person} askName={false} onSave={(v) => b.actions.updatePerson(person.id, { alias: v.alias, kind: v.kind })} onError={onError} onClose={onClose} />;
    }
    case 'tie':
      return (
        <TieDialog
          sourceId={dialog.sourceId}
          targetId={dialog.targetId}
          people={people}
          agencies={agencies}
          mayRecordPolice115={POLICE_115_RECORDERS.has(b.role ?? '')}
          mayRestOnConsent={CONSENT_DATA_RECORDERS.has(b.role ?? '')}
          meeting={b.meeting}
          onCreate={async (s, target, v) => {
            const id = await b.actions.createTie(s, target, v);
            b.select({ kind: 'tie', id });
          }}
          onUpdate={(id, patch) => b.actions.updateTie(id, patch)}
          onEnd={(id, to) => b.actions.endTie(id, to)}
          onError={onError}
          onClose={onClose}
        />
      );
    case 'editTie': {
      const tie = b.board.ties.find((x) => x.id === dialog.tieId);
      if (!tie) return null;
      return (
        <TieDialog
          sourceId={tie.sourceId}
          targetId={tie.targetId}
          tie={tie}
          people={people}
          agencies={agencies}
          mayRecordPolice115={POLICE_115_RECORDERS.has(b.role ?? '')}
          mayRestOnConsent={CONSENT_DATA_RECORDERS.has(b.role ?? '')}
          meeting={b.meeting}
          onCreate={async () => undefined}
          onUpdate={(id, patch) => b.actions.updateTie(id, patch)}
          onEnd={async (id, to) => {
            await b.actions.endTie(id, to);
            b.select(null);
          }}
          onError={onError}
          onClose={onClose}
        />
      );
    }
    case 'membership':
      return <MembershipDialog personId={dialog.personId} groupId={dialog.groupId} people={people} groups={groups} onSave={(p, g, r) => b.actions.addMember(p, g, r)} onError={onError} onClose={onClose} />;
    case 'group':
      return <GroupDialog onSave={async (name) => void (await b.actions.createGroup(name, defaultPosition()))} onError={onError} onClose={onClose} />;
    case 'groupLink': {
      const source = groups.find((g) => g.id === dialog.sourceId);
      const target = groups.find((g) => g.id === dialog.targetId);
      if (!source || !target) return null;
      return <GroupLinkDialog source={source} target={target} onSave={(type) => b.actions.createGroupLink(source.id, target.id, type)} onError={onError} onClose={onClose} />;
    }
    case 'leaveMeeting':
      return <ConfirmDialog title={t('meeting.leaveTitle')} body={t('meeting.leaveBody')} confirm={t('meeting.leaveConfirm')} onConfirm={onLeaveMeeting} onClose={onClose} />;
    case 'layout':
      return <ConfirmDialog title={t('layout.title')} body={t('layout.body')} confirm={t('layout.confirm')} onConfirm={onLayout} onClose={onClose} />;
  }
}
