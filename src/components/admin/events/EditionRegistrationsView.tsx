import { Gutter } from '@payloadcms/ui'
import type { DocumentViewServerProps } from 'payload'

import { isEventTeam } from '@/lib/events/team/access'
import { editionCounts } from '@/lib/events/team/counts'
import { teamEdition } from '@/lib/events/team/editions'
import { adminLanguage, fill } from '../language'
import { CountsTables } from './CountsTables'
import { CHECK_IN_PATH } from './paths'
import { eventTeamTexts } from './texts'

/**
 * The edition's "Registrations" tab, for the event team: its registrations in figures, the CSV
 * export of its registrants and the way to the check-in desk. The tab is hidden from other staff,
 * and the view refuses them too (the address can be typed).
 */
export async function EditionRegistrationsView({ doc, initPageResult }: DocumentViewServerProps) {
  const { req } = initPageResult
  const language = adminLanguage(req.i18n.language)
  const t = eventTeamTexts[language]
  const id = Number(doc?.id)
  const edition = isEventTeam(req.user) && id ? await teamEdition(req.payload, id, language) : null
  const counts = edition ? await editionCounts(req.payload, edition.id, language) : null

  return (
    <Gutter>
      <div style={{ margin: '1.5rem 0 3rem', maxWidth: '60rem' }} data-testid="edition-registrations">
        {!isEventTeam(req.user) ? (
          <p role="alert">{t.forbidden}</p>
        ) : !edition || !counts ? null : (
          <>
            <h2 style={{ marginTop: 0 }}>{t.countsTitle}</h2>
            {edition.purgedAt ? <p data-testid="edition-purged">{fill(t.purged, { date: new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date(edition.purgedAt)) })}</p> : null}
            {counts.total ? <CountsTables counts={counts} language={language} /> : <p>{t.nothingYet}</p>}
            <p style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem', alignItems: 'center' }}>
              <a
                className="btn btn--style-secondary btn--size-small"
                style={{ margin: 0 }}
                href={`${req.payload.config.routes.api}/event-editions/${edition.id}/registrants.csv`}
                download
                aria-describedby="edition-export-hint"
                data-testid="edition-export-csv"
              >
                {t.exportCsv}
              </a>
              <a href={`${req.payload.config.routes.admin}${CHECK_IN_PATH}?edition=${edition.id}`} data-testid="edition-open-check-in">
                {t.openCheckIn}
              </a>
            </p>
            <p id="edition-export-hint">
              <small>{t.exportHint}</small>
            </p>
          </>
        )}
      </div>
    </Gutter>
  )
}
