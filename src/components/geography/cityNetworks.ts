import { CITY_NETWORKS } from '@/collections/Cities/networks'

/** A network's proper name, the same in every language. */
export function cityNetworkName(value: string): string {
  return CITY_NETWORKS.find((network) => network.value === value)?.label ?? value
}
