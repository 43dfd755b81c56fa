import { describe, expect, it } from 'vitest';
import { readClinicalTrials } from '../../../src/io/records/index.js';
import { formatError, sample } from './sample.js';

describe('readClinicalTrials', () => {
  const { records } = readClinicalTrials(sample('ctgov.json'), 'ctgov.json');

  it('readClinicalTrials(API v2 page) reads the NCT id, official title, start year and secondary registrations', () => {
    expect(records[0]).toEqual({
      sourceId: 'NCT01234567',
      source: { database: 'ClinicalTrials.gov', file: 'ctgov.json', line: 6 },
      type: 'INTERVENTIONAL',
      title: 'A Randomised Trial of Umbilical Cord Mesenchymal Stem Cells in Décompensated Cirrhosis',
      authors: ['San Zhang, MD'],
      year: 2019,
      abstract: 'Patients receive MSCs or placebo.',
      keywords: ['Liver Cirrhosis', 'MSC'],
      registrations: ['NCT01234567', 'ChiCTR1800015678'],
      url: 'https://clinicaltrials.gov/study/NCT01234567',
      extra: {
        'identificationModule.orgStudyIdInfo.id': 'MSC-2019',
        'identificationModule.secondaryIdInfos[0].id': 'ChiCTR1800015678',
        'identificationModule.secondaryIdInfos[0].type': 'REGISTRY',
        'identificationModule.secondaryIdInfos[0].domain': 'ChiCTR',
        'identificationModule.briefTitle': 'MSCs in Cirrhosis',
        'identificationModule.acronym': 'MSC-LC',
        'statusModule.overallStatus': 'COMPLETED',
        'statusModule.startDateStruct.date': '2019-03',
        'statusModule.startDateStruct.type': 'ACTUAL',
        'sponsorCollaboratorsModule.leadSponsor.name': '第一医院',
        'sponsorCollaboratorsModule.leadSponsor.class': 'OTHER',
        'designModule.phases': 'PHASE1\nPHASE2',
        'contactsLocationsModule.overallOfficials[0].name': 'San Zhang, MD',
        'contactsLocationsModule.overallOfficials[0].role': 'PRINCIPAL_INVESTIGATOR',
        hasResults: 'false',
      },
    });
  });

  it('readClinicalTrials(study with a brief title only) uses it', () => {
    expect(records[1]).toEqual({
      sourceId: 'NCT07654321',
      source: { database: 'ClinicalTrials.gov', file: 'ctgov.json', line: 66 },
      title: 'Cord Blood for Stroke',
      authors: [],
      year: 2021,
      registrations: ['NCT07654321'],
      url: 'https://clinicaltrials.gov/study/NCT07654321',
      extra: { 'statusModule.startDateStruct.date': '2021-11-02' },
    });
  });

  it('readClinicalTrials(one study object) reads it as a one-record page', () => {
    const one = readClinicalTrials('{"protocolSection": {"identificationModule": {"nctId": "NCT00000001", "briefTitle": "x"}}}', 'one.json');
    expect(one.records.map((r) => r.sourceId)).toEqual(['NCT00000001']);
  });

  it('readClinicalTrials(trailing comma) names the line', () => {
    expect(formatError(() => readClinicalTrials(sample('broken.json'), 'broken.json')).line).toBe(3);
  });

  it('readClinicalTrials(study without nctId) says what is missing', () => {
    expect(formatError(() => readClinicalTrials('{"studies": [{"protocolSection": {}}]}', 'n.json')).message).toMatch(
      /^n\.json, line 1: study 1 has no protocolSection\.identificationModule\.nctId/,
    );
  });
});
