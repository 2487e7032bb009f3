// The comparison feature's public entry, for other screens: the card that picks two cycles to compare.
export { CompareCyclesCard } from './CompareCyclesCard';
