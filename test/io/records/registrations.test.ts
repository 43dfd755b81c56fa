import { describe, expect, it } from 'vitest';
import { findRegistrations } from '../../../src/io/records/index.js';

describe('findRegistrations', () => {
  it('findRegistrations(texts) finds each registry in its canonical spelling', () => {
    const text =
      'nct01234567; ChiCTR-IOR-17011234, chictr2000029990; ISRCTN12345678; CTRI/2019/05/019123; ACTRN12617000123456; DRKS00012345; ' +
      'JPRN-UMIN000012345; KCT0001234; IRCT2015010120487N1; PACTR201901123456789; EudraCT No: 2004-000123-45';
    expect(findRegistrations([text])).toEqual([
      'NCT01234567', 'ChiCTR-IOR-17011234', 'ChiCTR2000029990', 'ISRCTN12345678', 'CTRI/2019/05/019123', 'ACTRN12617000123456',
      'DRKS00012345', 'JPRN-UMIN000012345', 'KCT0001234', 'IRCT2015010120487N1', 'PACTR201901123456789', 'EudraCT 2004-000123-45',
    ]);
  });

  it('findRegistrations(near misses) ignores nine-digit NCT numbers and unnamed dates', () => {
    expect(findRegistrations(['NCT012345678 and 2004-000123-45'])).toEqual([]);
  });

  it('findRegistrations(one id in two fields) returns it once', () => {
    expect(findRegistrations(['NCT01234567', 'see NCT01234567.'])).toEqual(['NCT01234567']);
  });
});
