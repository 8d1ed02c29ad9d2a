import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { mutate, query } from '../api/client.js';
import { op } from '../api/documents.js';
import { toApiError, fieldMessage, type ApiError } from '../api/errors.js';
import type { BoardsQuery, BoardsQueryVariables, CreateBoardMutation, CreateBoardMutationVariables } from '../generated/graphql.js';
import { formatDateTime } from '../i18n/format.js';
import { boardPath, navigate } from '../app/router.js';
import { preloadBoardPage } from '../app/pages.js';
import type { Me } from '../app/App.js';

const BOARDS = op<BoardsQuery, BoardsQueryVariables>('Boards');
const CREATE = op<CreateBoardMutation, CreateBoardMutationVariables>('CreateBoard');

type Board = BoardsQuery['boards'][number];

export function BoardsPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [boards, setBoards] = useState<Board[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [createError, setCreateError] = useState<ApiError | null>(null);
  const canCreate = me.role === 'COORDINATOR' || me.role === 'MEMBER' || me.role === 'ANALYST';

  useEffect(() => {
    document.title = `${t('boards.title')} · ${t('app.title')}`;
  }, [t]);

  useEffect(() => {
    query(BOARDS, {}).then((r) => setBoards(r.boards), (e) => setLoadError(toApiError(e).message));
  }, []);

  // Opening a board from here should not wait for the board's code.
  const hasBoards = !!boards?.length;
  useEffect(() => (hasBoards ? preloadBoardPage() : undefined), [hasBoards]);

  const create = async (e: FormEvent) => {
    e.preventDefault();
    setCreateError(null);
    try {
      const r = await mutate(CREATE, { input: { title } });
      navigate(boardPath(r.createBoard.id));
    } catch (err) {
      setCreateError(toApiError(err));
    }
  };

  const open = (id: string) => (e: React.MouseEvent) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    navigate(boardPath(id));
  };

  const titleError = fieldMessage(createError, 'title') ?? (createError && !createError.fields.length ? createError.message : undefined);

  return (
    <main className="page" id="main">
      <h1>{t('boards.title')}</h1>
      {loadError && <p role="alert" className="form-error">{loadError}</p>}
      {boards === null && !loadError && <p aria-busy="true">{t('app.loading')}</p>}
      {boards && boards.length === 0 && <p>{t('boards.empty')}</p>}
      {boards && boards.length > 0 && (
        <ul className="board-list">
          {boards.map((b) => (
            <li key={b.id} className="card">
              <h2>
                <a href={boardPath(b.id)} onClick={open(b.id)}>
                  {b.title}
                </a>
              </h2>
              {b.description && <p>{b.description}</p>}
              <p className="muted">{t('boards.updated', { when: formatDateTime(b.updatedAt) })}</p>
            </li>
          ))}
        </ul>
      )}
      {canCreate && (
        <form className="card create-board" onSubmit={create} noValidate>
          <h2>{t('boards.create')}</h2>
          <label htmlFor="new-board-title">{t('boards.newTitle')}</label>
          <input id="new-board-title" value={title} onChange={(e) => setTitle(e.target.value)} required aria-invalid={!!titleError} aria-describedby={titleError ? 'new-board-error' : undefined} />
          {titleError && <p id="new-board-error" className="form-error">{titleError}</p>}
          <button type="submit" className="btn btn-primary">{t('boards.createSubmit')}</button>
        </form>
      )}
    </main>
  );
}
