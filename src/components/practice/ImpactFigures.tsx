import { interpolate } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import type { PracticeStrings } from '@/i18n/strings/practice/en'
import type { PracticeView } from '@/lib/practices/practiceView'
import { formatFigure, formatMoney, labelFrom } from './format'
import { VerificationBadge } from './VerificationBadge'

type Props = { practice: PracticeView; locale: Locale; strings: PracticeStrings }

function Figure({ label, value, unit, unitLong, note }: { label: string; value: string; unit?: string; unitLong?: string; note?: string }) {
  return (
    <div className="impact-figure">
      <dt>{label}</dt>
      <dd>
        <span className="impact-figure__value">{value}</span>{' '}
        {unit && (unitLong ? <abbr title={unitLong}>{unit}</abbr> : <span>{unit}</span>)}
        {note && <span className="impact-figure__note">{note}</span>}
      </dd>
    </div>
  )
}

/** Quantified impact with units, baseline and method, how it was checked, and the co-benefits. */
export function ImpactFigures({ practice, locale, strings }: Props) {
  const { impact, budget } = practice
  const { units } = strings
  const hasFigures = impact.emissionsReduced != null || impact.energySaved != null || impact.renewableProduced != null || impact.costPerTonne != null
  const method = labelFrom(strings.methods, impact.method)
  return (
    <>
      {hasFigures ? (
        <dl className="impact-figures">
          {impact.emissionsReduced != null && (
            <Figure label={strings.impact.emissionsReduced} value={formatFigure(impact.emissionsReduced, locale)} unit={units.tco2ePerYear} unitLong={units.tco2ePerYearLong} />
          )}
          {impact.energySaved != null && (
            <Figure label={strings.impact.energySaved} value={formatFigure(impact.energySaved, locale)} unit={units.mwhPerYear} unitLong={units.mwhPerYearLong} />
          )}
          {impact.renewableProduced != null && (
            <Figure label={strings.impact.renewableProduced} value={formatFigure(impact.renewableProduced, locale)} unit={units.mwhPerYear} unitLong={units.mwhPerYearLong} />
          )}
          {impact.costPerTonne != null && (
            <Figure
              label={strings.impact.costPerTonne}
              value={formatMoney(impact.costPerTonne, budget.currency, locale, { precise: true })}
              unit={units.perTonne}
              note={impact.lifetimeYears ? interpolate(strings.impact.costPerTonneNote, { years: String(impact.lifetimeYears) }) : undefined}
            />
          )}
        </dl>
      ) : (
        <p>{strings.impact.noFigures}</p>
      )}
      {(impact.baselineYear || method || impact.lifetimeYears) && (
        <dl className="definition-grid">
          {impact.baselineYear && (
            <div>
              <dt>{strings.impact.baselineYear}</dt>
              <dd>{impact.baselineYear}</dd>
            </div>
          )}
          {method && (
            <div>
              <dt>{strings.impact.method}</dt>
              <dd>
                {method}
                {impact.methodNote && <span className="definition-grid__note">{impact.methodNote}</span>}
              </dd>
            </div>
          )}
          {impact.lifetimeYears && (
            <div>
              <dt>{strings.impact.lifetime}</dt>
              <dd>{interpolate(strings.impact.lifetimeYears, { years: String(impact.lifetimeYears) })}</dd>
            </div>
          )}
        </dl>
      )}
      <VerificationBadge level={impact.verificationLevel} evidence={impact.evidence} strings={strings.verification} />
      {impact.coBenefits.length > 0 && (
        <>
          <h3>{strings.impact.coBenefits}</h3>
          <ul className="tag-list">
            {impact.coBenefits.map((benefit) => (
              <li key={benefit}>{labelFrom(strings.coBenefits, benefit)}</li>
            ))}
          </ul>
        </>
      )}
    </>
  )
}
