// Why a sector file (a contribution or a benchmark) was refused, for the screens to word it.
export type { SectorFileRefusal } from '../../storage/sector';
