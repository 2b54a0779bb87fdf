import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { agencyKind, type AgencyKind } from './agency.js';

const CASES: [string | null, AgencyKind][] = [
  ['棉洋镇人民政府', 'township'],
  ['盐池县青山乡', 'township'],
  ['阿拉善左旗巴彦诺日公苏木人民政府', 'township'],
  ['灌南县李集镇人民政府', 'township'],
  ['某某民族乡人民政府', 'township'],
  ['城关街道办事处', 'township'],
  ['东湖街道', 'township'],
  ['东湖街道办', 'township'],
  ['李集镇人民政府办公室', 'township'],
  ['青山乡政府', 'township'],
  ['白沙镇党政综合办公室', 'township'],
  [' 棉洋镇 人民政府 ', 'township'],
  ['凤翔区人民政府', 'localGovernment'],
  ['宝鸡市人民政府', 'localGovernment'],
  ['嘉县人民政府', 'localGovernment'],
  ['阿拉善左旗人民政府', 'localGovernment'],
  ['广东省人民政府', 'localGovernment'],
  ['凤翔区人民政府办公室', 'department'],
  ['嘉县教育局', 'department'],
  ['凤翔区住房和城乡建设局', 'department'],
  ['某县乡村振兴局', 'department'],
  ['某市人民政府国有资产监督管理委员会', 'department'],
  ['', 'unknown'],
  [null, 'unknown'],
];

describe('agencyKind', () => {
  for (const [name, kind] of CASES) {
    it(`${JSON.stringify(name)} is ${kind}`, () => assert.equal(agencyKind(name), kind));
  }
});
