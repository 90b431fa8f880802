import Link from 'next/link'

import type { Locale } from '@/i18n/locales'
import type { EventsStrings } from '@/i18n/strings/events/en'
import { formatDayKey } from '@/lib/events/time'
import { languageName, sessionTypeName } from '@/lib/events/view/labels'
import { eventPaths, withZone } from '@/lib/events/view/paths'
import { isFiltered, type ProgrammeOptions, type ProgrammeParams, programmeQuery } from '@/lib/events/view/programme'
import { BrowserZoneLink } from './BrowserZoneLink.client'
import { ZoneSelect } from './ZoneForm'

type Props = {
  editionSlug: string
  eventZone: string
  startsAt: string
  options: ProgrammeOptions
  params: ProgrammeParams
  locale: Locale
  strings: EventsStrings
}

type Choice = { value: string; label: string }

function Filter({ name, label, any, choices, value }: { name: string; label: string; any: string; choices: Choice[]; value: string | null }) {
  if (choices.length < 2 && !value) return null
  const id = `programme-${name}`
  return (
    <div className="event-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ''}>
        <option value="">{any}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  )
}

/**
 * The programme's filters and the visitor's time zone: one plain GET form, so every view of the
 * programme has its address and works without JavaScript.
 */
export function ProgrammeFilters({ editionSlug, eventZone, startsAt, options, params, locale, strings }: Props) {
  const text = strings.programme
  const path = eventPaths.programme(locale, editionSlug)
  return (
    <form method="get" action={path} className="event-filters" aria-labelledby="programme-filters-heading">
      <h2 id="programme-filters-heading" className="event-filters__heading">
        {text.filters}
      </h2>
      <div className="event-filters__fields">
        <Filter
          name="day"
          label={text.day}
          any={text.any}
          value={params.day}
          choices={options.days.map((day) => ({ value: day, label: formatDayKey(day, locale, { year: false }) }))}
        />
        <Filter name="track" label={text.track} any={text.any} value={params.track} choices={options.tracks} />
        <Filter
          name="type"
          label={text.type}
          any={text.any}
          value={params.type}
          choices={options.types.map((type) => ({ value: type, label: sessionTypeName(type, locale) }))}
        />
        <Filter
          name="lang"
          label={text.language}
          any={text.any}
          value={params.lang}
          choices={options.languages.map((code) => ({ value: code, label: languageName(code, locale) }))}
        />
        <Filter
          name="theme"
          label={text.theme}
          any={text.any}
          value={params.theme}
          choices={options.themes.map((theme) => ({ value: theme.slug, label: theme.name }))}
        />
      </div>
      <p className="event-zone__hint">{strings.time.zoneHint}</p>
      <ZoneSelect id="programme-tz" at={startsAt} eventZone={eventZone} value={params.tz} locale={locale} strings={strings.time} />
      <BrowserZoneLink path={path} query={programmeQuery(params)} current={params.tz} eventZone={eventZone} label={strings.time.useBrowserZone} />
      <p className="event-filters__actions">
        <button type="submit" className="button">
          {text.apply}
        </button>
        {isFiltered(params) && (
          <Link href={withZone(path, params.tz)} prefetch={false}>
            {text.clear}
          </Link>
        )}
      </p>
    </form>
  )
}
