import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { isEventTeam } from '@/lib/events/team/access'
import { editionCounts } from '@/lib/events/team/counts'
import { currentOrNextEdition, teamEditions } from '@/lib/events/team/editions'
import { ATTENDANCE_MODES } from '@/lib/events/options'
import { adminLanguage } from '../language'
import { CheckInDesk, type DeskMode } from './CheckInDesk.client'
import { CHECK_IN_PATH } from './paths'
import { eventTeamTexts } from './texts'
import { AdminViewFrame } from '../AdminViewFrame'

const day = (iso: string, language: string, timeZone: string) => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone }).format(new Date(iso))

/**
 * /admin/event-check-in: the desk at the door, for the event team. Pick the edition (by default the
 * one under way or the next), then scan or type each registrant's code. A scanner that types the
 * code and Enter needs nothing more than the focused field; where the browser can, the camera
 * scans too. Custom admin views are not guarded by Payload: signed out → the login.
 */
export async function CheckInView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user || !permissions.canAccessAdmin) {
    redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}${CHECK_IN_PATH}`)}`)
  }
  const language = adminLanguage(req.i18n.language)
  const t = eventTeamTexts[language]
  const allowed = isEventTeam(req.user)
  const editions = allowed ? await teamEditions(req.payload, language) : []
  const asked = Number(searchParams?.edition)
  const edition = editions.find((one) => one.id === asked) ?? currentOrNextEdition(editions)
  const counts = edition ? await editionCounts(req.payload, edition.id, language) : null
  const modes: DeskMode[] = (counts?.byMode ?? []).map((row) => ({ mode: row.mode, label: ATTENDANCE_MODES[row.mode][language], checkedIn: row.checkedIn, withSeat: row.seatsTaken }))

  return (
    <AdminViewFrame initPageResult={initPageResult} params={params} searchParams={searchParams} title={t.checkInTitle}>
        <div style={{ maxWidth: '44rem', margin: '1.5rem 0 3rem' }} data-testid="event-check-in">
          <h1>{t.checkInTitle}</h1>
          {!allowed ? (
            <p role="alert">{t.forbidden}</p>
          ) : !edition ? (
            <p>{t.noEditions}</p>
          ) : (
            <>
              <form method="get" action={`${adminRoute}${CHECK_IN_PATH}`} style={{ display: 'flex', gap: '0.75rem', alignItems: 'flex-end', flexWrap: 'wrap' }}>
                <div>
                  <label htmlFor="check-in-edition" style={{ display: 'block' }}>
                    {t.edition}
                  </label>
                  <select id="check-in-edition" name="edition" defaultValue={edition.id}>
                    {editions.map((one) => (
                      <option key={one.id} value={one.id}>
                        {one.title} — {day(one.startsAt, language, one.timeZone)}
                      </option>
                    ))}
                  </select>
                </div>
                <button type="submit" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }}>
                  {t.chooseEdition}
                </button>
              </form>
              <p style={{ marginTop: '1.5rem' }}>{t.checkInIntro}</p>
              <CheckInDesk
                key={edition.id}
                action={`${req.payload.config.routes.api}/registrations/check-in`}
                editionId={edition.id}
                language={language}
                texts={t}
                modes={modes}
              />
            </>
          )}
        </div>
    </AdminViewFrame>
  )
}
