import type { Locale } from '@/i18n/locales'
import type { EventsStrings } from '@/i18n/strings/events/en'
import { canonicalZone, zoneOptions } from '@/lib/events/time'
import { BrowserZoneLink } from './BrowserZoneLink.client'

type SelectProps = { id: string; at: string; eventZone: string; value: string | null; locale: Locale; strings: EventsStrings['time'] }

/** The time-zone select (GET parameter `tz`): every IANA zone, grouped by area, with its offset at the event. */
export function ZoneSelect({ id, at, eventZone, value, locale, strings }: SelectProps) {
  return (
    <div className="event-field">
      <label htmlFor={id}>{strings.zoneLabel}</label>
      <select id={id} name="tz" defaultValue={value ?? ''}>
        <option value="">{strings.zoneNone}</option>
        {zoneOptions(at, locale).map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.zones
              .filter((zone) => zone.value !== canonicalZone(eventZone))
              .map((zone) => (
                <option key={zone.value} value={zone.value}>
                  {zone.label}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </div>
  )
}

type FormProps = Omit<SelectProps, 'id'> & { path: string }

/**
 * A small GET form that shows a page's times in another zone too: it works without JavaScript; with
 * it, a link offers the browser's own zone.
 */
export function ZoneForm({ path, at, eventZone, value, locale, strings }: FormProps) {
  return (
    <form method="get" action={path} className="event-zone" aria-labelledby="event-zone-heading">
      <h2 id="event-zone-heading" className="event-zone__heading">
        {strings.zoneHeading}
      </h2>
      <p className="event-zone__hint">{strings.zoneHint}</p>
      <div className="event-zone__row">
        <ZoneSelect id="event-zone" at={at} eventZone={eventZone} value={value} locale={locale} strings={strings} />
        <button type="submit" className="button">
          {strings.zoneApply}
        </button>
      </div>
      <BrowserZoneLink path={path} query="" current={value} eventZone={eventZone} label={strings.useBrowserZone} />
    </form>
  )
}
