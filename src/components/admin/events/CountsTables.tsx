import type { EditionCounts } from '@/lib/events/team/counts'
import { ATTENDANCE_MODES, REGISTRANT_ROLES, REGISTRATION_STATUSES } from '@/lib/events/options'
import type { AdminLanguage } from '../language'
import { eventTeamTexts } from './texts'

const table = { width: '100%', borderCollapse: 'collapse', marginBottom: '1.5rem' } as const
const cell = { padding: '0.35rem 0.5rem', borderTop: '1px solid var(--theme-elevation-100)', textAlign: 'left' } as const
const number = { ...cell, textAlign: 'right', fontVariantNumeric: 'tabular-nums' } as const

function CountTable({ id, caption, head, rows }: { id: string; caption: string; head: string[]; rows: Array<Array<string | number>> }) {
  return (
    <table style={table} data-testid={id}>
      <caption style={{ textAlign: 'left', fontWeight: 600, padding: '0.5rem 0' }}>{caption}</caption>
      <thead>
        <tr>
          {head.map((label, index) => (
            <th key={label} scope="col" style={index ? number : cell}>
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={String(row[0])}>
            {row.map((value, index) =>
              index ? (
                <td key={index} style={number}>
                  {value}
                </td>
              ) : (
                <th key={index} scope="row" style={{ ...cell, fontWeight: 400 }}>
                  {value}
                </th>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** An edition's registrations in figures: by status, by mode against capacity, by country, by role. */
export function CountsTables({ counts, language }: { counts: EditionCounts; language: AdminLanguage }) {
  const t = eventTeamTexts[language]
  return (
    <div>
      <p>{t.countsIntro}</p>
      <CountTable
        id="counts-by-status"
        caption={t.byStatus}
        head={[t.status, t.count]}
        rows={[...counts.byStatus.map(({ status, count }) => [REGISTRATION_STATUSES[status][language], count]), [t.total, counts.total]]}
      />
      <CountTable
        id="counts-by-mode"
        caption={t.byMode}
        head={[t.mode, t.capacity, t.seatsTaken, t.free, t.waitlisted, t.checkedIn]}
        rows={counts.byMode.map((row) => [ATTENDANCE_MODES[row.mode][language], row.capacity, row.seatsTaken, row.free, row.waitlisted, row.checkedIn])}
      />
      <CountTable
        id="counts-by-country"
        caption={t.byCountry}
        head={[t.country, t.count, t.checkedIn]}
        rows={counts.byCountry.map((row) => [row.name ?? row.key ?? t.notGiven, row.count, row.checkedIn])}
      />
      <CountTable
        id="counts-by-role"
        caption={t.byRole}
        head={[t.role, t.count, t.checkedIn]}
        rows={counts.byRole.map((row) => [row.key ? REGISTRANT_ROLES[row.key][language] : t.notGiven, row.count, row.checkedIn])}
      />
    </div>
  )
}
