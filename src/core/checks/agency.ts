// What kind of body issued a report, judged from its name. Rules about who may make 规章 and by when a
// report is due depend on it.
import { toHalfWidth } from '../text.js';

/**
 * township: 乡、民族乡、镇、苏木、街道 (街道办事处 are 派出机关 of 区/县 governments, treated alike);
 * localGovernment: a 县级以上地方人民政府 itself ("凤翔区人民政府", "XX市人民政府");
 * department: any other named body (部门、办公室、委员会 …); unknown: no name.
 */
export type AgencyKind = 'township' | 'localGovernment' | 'department' | 'unknown';

/** Endings that name the government or its office rather than the place; removed before looking at the place. */
const OFFICE_SUFFIXES = [
  '人民政府办公室',
  '人民政府',
  '政府办公室',
  '党政综合办公室',
  '党政办公室',
  '党政办',
  '政府',
  '办事处',
  '办',
];

const TOWNSHIP_PLACE = /(?:乡|镇|苏木|街道)$/;
const GOVERNMENT = /(?:人民政府|政府)$/;

export function normalizeAgency(agency: string): string {
  return toHalfWidth(agency).replace(/[\s\u00a0\u200b\ufeff]+/g, '');
}

function stripOfficeSuffix(name: string): string {
  const suffix = OFFICE_SUFFIXES.find((s) => name.endsWith(s) && name.length > s.length);
  return suffix ? name.slice(0, -suffix.length) : name;
}

export function agencyKind(agency: string | null): AgencyKind {
  if (agency === null) return 'unknown';
  const name = normalizeAgency(agency);
  if (name === '') return 'unknown';
  if (TOWNSHIP_PLACE.test(stripOfficeSuffix(name))) return 'township';
  if (GOVERNMENT.test(name)) return 'localGovernment';
  return 'department';
}

export function isTownship(agency: string | null): boolean {
  return agencyKind(agency) === 'township';
}
