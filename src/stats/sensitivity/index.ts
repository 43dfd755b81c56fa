export { baujat, type BaujatPoint } from './baujat.js';
export { cumul, type CumulResult } from './cumul.js';
export { hatvalues } from './hatvalues.js';
export { influence, type InfluenceResult, type InfluenceRow } from './influence.js';
export { leave1out, type Leave1outResult } from './leave1out.js';
export type { PooledRow } from './pooled-row.js';
export { rstudent, type StudentizedRow } from './rstudent.js';
export { sortOrder } from './sort-order.js';
