// The PDF export's public entry, for the screens that offer it (cycle and roadmap).
export { ExportPdf } from './ExportPdf';
