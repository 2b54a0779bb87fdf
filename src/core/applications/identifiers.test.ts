import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isCreditCode, isResidentIdNumber, maskIdNumber, maskPhone } from './identifiers.js';

describe('identifiers', () => {
  it('checks the resident ID check character and date of birth', () => {
    // GB 11643-1999's worked example.
    assert.equal(isResidentIdNumber('11010519491231002X'), true);
    assert.equal(isResidentIdNumber('11010519491231002x'), true);
    assert.equal(isResidentIdNumber('110105194912310021'), false, 'wrong check character');
    assert.equal(isResidentIdNumber('110105194902310027'), false, 'no 31 February');
    assert.equal(isResidentIdNumber('11010519491231002'), false, 'too short');
    assert.equal(isResidentIdNumber('1101051949123100２X'), false, 'full-width digit');
  });

  it('checks the 统一社会信用代码 check character', () => {
    // The example code used in GB 32100-2015 explanations.
    assert.equal(isCreditCode('91350100M000100Y43'), true);
    assert.equal(isCreditCode('91350100M000100Y44'), false);
    assert.equal(isCreditCode('91350100M000100YI3'), false, 'I is not in the alphabet');
    assert.equal(isCreditCode(''), false);
  });

  it('masks without revealing the date of birth or the middle of a phone number', () => {
    assert.equal(maskIdNumber('11010519491231002X'), '110105********002X');
    assert.equal(maskPhone('13812345678'), '138****5678');
    assert.equal(maskPhone('010-12345678'), '********5678');
    assert.equal(maskPhone('12'), '**');
  });
});
