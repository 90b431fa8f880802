import { formatNumber } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import type { RepositoryStrings } from '@/i18n/strings/repository/en'
import type { FacetValue, PracticeSearchResult } from '@/lib/practices/search/types'

type Props = { facets: PracticeSearchResult['facets']; locale: Locale; strings: RepositoryStrings['filters'] }

function Checkbox({ name, value, label, locale }: { name: 'evaluated' | 'label'; value: FacetValue | undefined; label: string; locale: Locale }) {
  const id = `filter-${name}-1`
  return (
    <li className="facet-option">
      <input type="checkbox" id={id} name={name} value="1" defaultChecked={value?.selected ?? false} />
      <label htmlFor={id}>
        {label} <span className="facet-option__count">({formatNumber(value?.count ?? 0, locale)})</span>
      </label>
    </li>
  )
}

/**
 * The filter form's "Evaluation" group: evaluated practices only, a minimum overall score, and a
 * current "Evaluated best practice" label, each with the number of results it would give. Always
 * shown (unlike a facet without results): evaluation is what the repository is about.
 */
export function EvaluationFilters({ facets, locale, strings }: Props) {
  const evaluation = strings.evaluation
  const evaluated = facets.evaluated[0]
  const label = facets.label[0]
  const minScore = facets.minScore.find((value) => value.selected)
  const selected = [evaluated?.selected, minScore, label?.selected].filter(Boolean).length
  return (
    <details className="facet" open={selected > 0}>
      <summary className="facet__summary">
        {evaluation.heading}
        {selected > 0 && <span className="facet__selected"> ({formatNumber(selected, locale)})</span>}
      </summary>
      <fieldset className="facet__options" aria-describedby="filter-evaluation-hint">
        <legend className="visually-hidden">{evaluation.heading}</legend>
        <p id="filter-evaluation-hint" className="facet__hint">
          {evaluation.hint}
        </p>
        <ul>
          <Checkbox name="evaluated" value={evaluated} label={evaluation.evaluatedOnly} locale={locale} />
        </ul>
        <div className="min-score">
          <label htmlFor="filter-minScore">{evaluation.minScore}</label>
          <select id="filter-minScore" name="minScore" defaultValue={minScore?.value ?? ''}>
            <option value="">{evaluation.anyScore}</option>
            {facets.minScore.map((value) => (
              <option key={value.value} value={value.value}>
                {value.label} ({formatNumber(value.count, locale)})
              </option>
            ))}
          </select>
        </div>
        <ul>
          <Checkbox name="label" value={label} label={evaluation.labelOnly} locale={locale} />
        </ul>
      </fieldset>
    </details>
  )
}
