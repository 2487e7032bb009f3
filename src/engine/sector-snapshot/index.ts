// The sector snapshot's engine in one import: contributions (build, schema, checks), aggregation into a
// benchmark under the suppression rule, its CSV rows, and an agency's comparison with a benchmark.
export * from './aggregate-snapshot';
export * from './benchmark-csv';
export * from './benchmark-index';
export * from './benchmark-schema';
export * from './build-contribution';
export * from './check-benchmark';
export * from './check-contribution';
export * from './comparable-measures';
export * from './compare-with-benchmark';
export * from './contribution-schema';
export * from './definition-lookup';
export * from './profile';
export { quantile, bins, type Histogram } from './quantiles';
export * from './read-content';
export * from './regions';
export * from './result-entry';
export { MINIMUM_COUNT, publishedViews, type ViewCounts } from './suppression';
export * from './views';
