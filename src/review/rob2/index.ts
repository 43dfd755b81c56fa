/** RoB 2 (Sterne et al. 2019): signalling questions, the guidance's algorithms, overrides and comparison (src/review/rob2). */
export * from './types.js';
export { questions, type Question } from './questions.js';
export { domain1 } from './domain-1.js';
export { domain2Assignment } from './domain-2-assignment.js';
export { domain2Adhering } from './domain-2-adhering.js';
export { domain3 } from './domain-3.js';
export { domain4 } from './domain-4.js';
export { domain5 } from './domain-5.js';
export { overallJudgement } from './overall.js';
export { checkRob2Input } from './check-input.js';
export { assessRob2 } from './assess.js';
export { compareRob2, type Rob2Difference } from './compare.js';
export { robStudy } from './rob-study.js';
