// Moving data between devices, as other screens offer it: a cycle's CSV export and response-file
// import (the cycle screen), and one response's export (the review page).
export { CsvExportButton } from './CsvExportButton';
export { ExportResponseButton } from './ExportResponseButton';
export { ImportResponses } from './ImportResponses';
