// One table of access-log rows, shared by the review, the sample and the subject-access report.
// Person ids link to that person's subject-access report.
import { useTranslation } from 'react-i18next';
import type * as G from '../generated/graphql.js';
import { currentLang } from '../i18n/index.js';
import { navigate } from '../app/router.js';
import { NS } from './strings.js';
import { subjectPath } from './routes.js';

export type Row = G.AuditRowFragment;

const locales = { sv: 'sv-SE', da: 'da-DK', en: 'en-GB' } as const;

/** Date and time to the second, in the browser's time zone: an audit needs the seconds. */
function when(iso: string): string {
  return new Intl.DateTimeFormat(locales[currentLang()], { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(iso));
}

export function AuditTable({ rows, caption, people = true }: { rows: Row[]; caption: string; people?: boolean }) {
  const { t } = useTranslation();
  const { t: ta } = useTranslation(NS);
  return (
    <div className="audit-table-wrap">
      <table className="data-table audit-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{ta('at')}</th>
            <th scope="col">{ta('action')}</th>
            <th scope="col">{ta('purposeColumn')}</th>
            <th scope="col">{ta('user')}</th>
            <th scope="col">{ta('role')}</th>
            <th scope="col">{ta('agency')}</th>
            {people && <th scope="col">{ta('people')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row"><time dateTime={r.at}>{when(r.at)}</time></th>
              <td>{ta(`actions.${r.action}`, { defaultValue: r.action })}</td>
              <td><code>{r.purpose}</code></td>
              <td>{r.username}</td>
              <td>{r.role ? t(`userRoles.${r.role}`) : ta('none')}</td>
              <td>{r.agencyName ?? ta('none')}</td>
              {people && (
                <td>
                  {r.personIds.length === 0
                    ? ta('none')
                    : r.personIds.map((id) => (
                        <a
                          key={id}
                          className="audit-person"
                          href={subjectPath(id)}
                          aria-label={ta('openSubject', { id })}
                          onClick={(e) => {
                            e.preventDefault();
                            navigate(subjectPath(id));
                          }}
                        >
                          <code>{id}</code>
                        </a>
                      ))}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
