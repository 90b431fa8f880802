'use client'

/** Placeholder until the submit / declare-conflict / reopen controls land (same session). */
export function EvaluationControls() {
  return null
}
