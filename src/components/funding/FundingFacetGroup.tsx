import { formatNumber, plural } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import type { FundingStrings } from '@/i18n/strings/funding/en'
import type { FundingFacet } from '@/lib/funding/search/conditions'
import type { FacetOption } from '@/lib/funding/view/types'

type Props = { facet: FundingFacet; legend: string; options: FacetOption[]; locale: Locale; strings: FundingStrings['filters'] }

/** Past this many options a group shows the first ones and folds the rest away. */
const VISIBLE_OPTIONS = 8

function Option({ facet, option, locale }: { facet: FundingFacet; option: FacetOption; locale: Locale }) {
  const id = `funding-filter-${facet}-${option.value}`
  return (
    <li className="facet-option">
      <input type="checkbox" id={id} name={facet} value={option.value} defaultChecked={option.selected} />
      <label htmlFor={id}>
        {option.label} <span className="facet-option__count">({formatNumber(option.count, locale)})</span>
      </label>
    </li>
  )
}

/** One facet of the filter form: checkboxes with the number of results each gives. Folded unless one is chosen. */
export function FundingFacetGroup({ facet, legend, options, locale, strings }: Props) {
  if (options.length === 0) return null
  const selected = options.filter((option) => option.selected)
  const visible = options.length > VISIBLE_OPTIONS ? [...selected, ...options.filter((option) => !option.selected)].slice(0, VISIBLE_OPTIONS) : options
  const folded = options.filter((option) => !visible.includes(option))
  return (
    <details className="facet" open={selected.length > 0}>
      <summary className="facet__summary">
        {legend}
        {selected.length > 0 && <span className="facet__selected"> ({formatNumber(selected.length, locale)})</span>}
      </summary>
      <fieldset className="facet__options">
        <legend className="visually-hidden">{legend}</legend>
        <ul>
          {visible.map((option) => (
            <Option key={option.value} facet={facet} option={option} locale={locale} />
          ))}
        </ul>
        {folded.length > 0 && (
          <details className="facet__more">
            <summary>{plural(strings.showMore, folded.length, locale)}</summary>
            <ul>
              {folded.map((option) => (
                <Option key={option.value} facet={facet} option={option} locale={locale} />
              ))}
            </ul>
          </details>
        )}
      </fieldset>
    </details>
  )
}
