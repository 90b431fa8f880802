import { formatNumber, plural } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import type { RepositoryStrings } from '@/i18n/strings/repository/en'
import type { FacetValue } from '@/lib/practices/search/types'
import type { ListFacet } from '@/lib/practices/searchUrl'

type Props = {
  facet: ListFacet
  legend: string
  values: FacetValue[]
  locale: Locale
  strings: RepositoryStrings['filters']
  /** Overrides every value's label (the Mission facet has a single, self-explaining option). */
  optionLabel?: string
}

/** Past this many options a group shows the first ones and folds the rest away. */
const VISIBLE_OPTIONS = 8

function Option({ facet, value, locale, label }: { facet: ListFacet; value: FacetValue; locale: Locale; label?: string }) {
  const id = `filter-${facet}-${value.value}`
  return (
    <li className="facet-option">
      <input type="checkbox" id={id} name={facet} value={value.value} defaultChecked={value.selected} />
      <label htmlFor={id}>
        {label ?? value.label} <span className="facet-option__count">({formatNumber(value.count, locale)})</span>
      </label>
    </li>
  )
}

/**
 * One facet of the filter form: checkboxes with the number of results each would give. Folded
 * unless one of its values is chosen; values without results are left out unless chosen.
 */
export function FacetGroup({ facet, legend, values, locale, strings, optionLabel }: Props) {
  const shown = values.filter((value) => value.selected || value.count > 0)
  if (shown.length === 0) return null
  const selected = shown.filter((value) => value.selected)
  const visible = shown.length > VISIBLE_OPTIONS ? [...selected, ...shown.filter((value) => !value.selected)].slice(0, VISIBLE_OPTIONS) : shown
  const folded = shown.filter((value) => !visible.includes(value))
  return (
    <details className="facet" open={selected.length > 0}>
      <summary className="facet__summary">
        {legend}
        {selected.length > 0 && <span className="facet__selected"> ({formatNumber(selected.length, locale)})</span>}
      </summary>
      <fieldset className="facet__options">
        <legend className="visually-hidden">{legend}</legend>
        <ul>
          {visible.map((value) => (
            <Option key={value.value} facet={facet} value={value} locale={locale} label={optionLabel} />
          ))}
        </ul>
        {folded.length > 0 && (
          <details className="facet__more">
            <summary>{plural(strings.showMore, folded.length, locale)}</summary>
            <ul>
              {folded.map((value) => (
                <Option key={value.value} facet={facet} value={value} locale={locale} label={optionLabel} />
              ))}
            </ul>
          </details>
        )}
      </fieldset>
    </details>
  )
}
