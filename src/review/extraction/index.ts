/** Data extraction: studies, outcomes, characteristics and arm-level values, checked and compared (src/review/extraction). */
export * from './types.js';
export { checkOutcome } from './check-outcome.js';
export { checkCharacteristics } from './check-characteristics.js';
export { checkArm, checkReported } from './check-arm.js';
export { armSummary, type ArmConversion, type ArmSummary } from './arm-summary.js';
export { groupArms, type ArmNote, type GroupedArms, type GroupSummary } from './group-arms.js';
export { discrepancies, itemKeyString, type Discrepancy } from './discrepancies.js';
export { chooseValues, type ChosenValue, type Source } from './choose-values.js';
export { canonicalJson } from './canonical-json.js';
export { agreedCharacteristics, characteristicCells, checkCharacteristicNames, NO_CHARACTERISTIC, type CharacteristicCell, type TextCharacteristic } from './characteristic-cells.js';
