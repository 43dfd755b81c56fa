export * from './types.js';
export { decodeXml, xmlEncoding } from './decode.js';
export { parseRm5, readRm5 } from './parse-rm5.js';
export { outcomeSettings, type Rm5Settings } from './settings.js';
export { writeRm5 } from './write-rm5.js';
export { parseRevman5Csv } from './revman5-csv.js';
export { readRevmanWebPackage } from './revman-web-package.js';
export { writeRevmanWebCsv } from './write-web-csv.js';
