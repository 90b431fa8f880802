/**
 * Runs the test files in the order of their paths, on every machine.
 *
 * Jest's default order comes from the timings it cached on earlier runs, so CI and a
 * developer's machine ran the files in different orders against the one database they
 * share. A fixed order makes a red run repeatable; the tests themselves must still not
 * depend on it (the demo seed, for one, may already have run when a file starts).
 */
import Sequencer from '@jest/test-sequencer'

class PathOrderSequencer extends Sequencer {
  sort(tests) {
    return [...tests].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  }
}

export default PathOrderSequencer
