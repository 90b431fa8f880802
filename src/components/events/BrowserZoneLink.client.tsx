'use client'

import { useSyncExternalStore } from 'react'

import { currentZoneName } from '@/lib/events/zoneNames'

type Props = {
  /** The page's path and its other parameters, in their canonical order, without `tz`. */
  path: string
  query: string
  /** The zone the page shows now, and the event's own. */
  current: string | null
  eventZone: string
  /** "Use my time zone ({{zone}})". */
  label: string
}

const subscribe = () => () => {}
const browserZone = () => {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone
  return zone ? currentZoneName(zone) : null
}
const noZone = () => null

/**
 * With JavaScript, offers the visitor's own zone as a link (a GET address like the select's).
 * Without JavaScript nothing is rendered and the select does the same job.
 */
export function BrowserZoneLink({ path, query, current, eventZone, label }: Props) {
  const zone = useSyncExternalStore(subscribe, browserZone, noZone)
  const ownZone = currentZoneName(eventZone)
  if (!zone || zone === current || (zone === ownZone && !current)) return null
  const params = new URLSearchParams(query)
  params.delete('tz')
  if (zone !== ownZone) params.set('tz', zone)
  const search = params.toString()
  return (
    <p className="event-zone__browser">
      <a href={search ? `${path}?${search}` : path}>{label.replace('{{zone}}', zone.replace(/_/g, ' '))}</a>
    </p>
  )
}
