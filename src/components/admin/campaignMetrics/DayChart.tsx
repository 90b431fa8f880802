import type { DayFigures } from '@/lib/campaigns/metrics/report'

type Props = { days: DayFigures[]; label: string; describe: (day: DayFigures) => string }

const HEIGHT = 120
const BAR = 10

/** Page views per day as bars: an inline SVG (no JavaScript); the table below holds the same figures. */
export function DayChart({ days, label, describe }: Props) {
  const max = Math.max(1, ...days.map((day) => day.views))
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${days.length * BAR} ${HEIGHT}`}
      preserveAspectRatio="none"
      style={{ width: '100%', height: '8rem', background: 'var(--theme-elevation-50)', display: 'block' }}
      data-testid="campaign-metrics-chart"
    >
      {days.map((day, index) => {
        const height = Math.round((day.views / max) * (HEIGHT - 4))
        return (
          <rect key={day.day} x={index * BAR + 1} y={HEIGHT - height} width={BAR - 2} height={height} fill="var(--theme-success-500, #2f8f5b)">
            <title>{describe(day)}</title>
          </rect>
        )
      })}
    </svg>
  )
}
