import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog.js';

interface Props {
  title: string;
  body: string;
  confirm: string;
  onConfirm(): void;
  onClose(): void;
}

export function ConfirmDialog({ title, body, confirm, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog title={title} onClose={onClose} describedBy="confirm-body">
      <p id="confirm-body">{body}</p>
      <div className="dialog-actions">
        {/* The safe choice comes first and takes the focus. */}
        <button type="button" className="btn" onClick={onClose} autoFocus>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => {
            onConfirm();
            onClose();
          }}
        >
          {confirm}
        </button>
      </div>
    </Dialog>
  );
}
